import { RE2JS } from 're2js';

/**
 * Rule patterns come from a rules file and run against text anyone can write: titles, and bodies of
 * up to 65,536 characters. JavaScript's RegExp backtracks, so a pattern like `^(a+)+$` against a long
 * run of `a`s followed by `!` would stall the run for longer than the universe has existed. RE2JS
 * (a pure-JavaScript port of RE2) matches in time linear in the text, whatever the pattern.
 *
 * A LinearRegExp is still a RegExp (same source, flags and printing), so the compiled rules, the
 * engine and the explanations need no change; only matching goes to RE2JS. RE2 has no lookahead and
 * no backreferences (they cannot be matched in linear time): such patterns are rejected when the rules
 * file is loaded, with the place in the pattern, instead of being matched some other way.
 *
 * Known differences from JavaScript on patterns both accept: `\s` is ASCII whitespace only (no
 * no-break space), and `.` without the `s` flag also matches `\r`.
 */
export class LinearRegExp extends RegExp {
  readonly #linear: RE2JS;

  private constructor(source: string, flags: string, linear: RE2JS) {
    super(source, flags);
    this.#linear = linear;
  }

  /**
   * Compiles a JavaScript pattern for the linear-time engine. Throws UnsupportedPattern when RE2 cannot
   * match it, and RegExp's own SyntaxError when it is not a valid JavaScript pattern to begin with.
   */
  static compile(source: string, flags: string): LinearRegExp {
    const native = new RegExp(source, flags);
    const backreference = namedBackreference(source, flags);
    if (backreference >= 0) {
      throw new UnsupportedPattern(
        'named backreference `\\k<...>`: backreferences cannot be matched in linear time',
        backreference,
      );
    }
    try {
      // translateRegExp maps JavaScript syntax onto RE2's: flags, named groups, \u{...}, [^].
      const linear = RE2JS.compile(RE2JS.translateRegExp(native), RE2JS.LOOKBEHINDS);
      return new LinearRegExp(source, flags, linear);
    } catch (error) {
      throw UnsupportedPattern.from(source, error);
    }
  }

  override test(text: string): boolean {
    return this.#linear.test(text);
  }

  /** Also what `match`, `replace` and `search` use, so they stay linear too (the flags never include g or y). */
  override exec(text: string): RegExpExecArray | null {
    return this.#linear.exec(text) as RegExpExecArray | null;
  }

  /** `split` would build a backtracking RegExp from this one behind our back: refuse rather than hang. */
  override [Symbol.split](): string[] {
    throw new TypeError('split is not supported on a LinearRegExp; use test, exec or match');
  }
}

/** A valid JavaScript pattern that the linear-time engine cannot run, and where in it the trouble is. */
export class UnsupportedPattern extends Error {
  constructor(
    message: string,
    /** Index in the pattern source of the construct RE2 refused; 0 when it cannot be told. */
    readonly index: number,
  ) {
    super(message);
    this.name = 'UnsupportedPattern';
  }

  static from(source: string, error: unknown): UnsupportedPattern {
    const { description, fragment } = describe(error);
    const found = fragment ? source.indexOf(fragment) : -1;
    const what = fragment ? `${description} \`${fragment}\`` : description;
    return new UnsupportedPattern(`${what}${hintFor(description, fragment)}`, Math.max(0, found));
  }
}

/**
 * Where `\k<name>` refers back to a named group, or -1. RE2JS's translation would quietly turn it into
 * the plain text `k<name>`, which is what JavaScript itself reads it as only when the pattern has no
 * named group and no `u` flag.
 */
function namedBackreference(source: string, flags: string): number {
  if (!flags.includes('u') && !/\(\?<[\p{L}_$]/u.test(source)) return -1;
  const match = /(?<!\\)(?:\\\\)*\\k</.exec(source);
  return match ? match.index + match[0].length - 3 : -1;
}

function describe(error: unknown): { description: string; fragment: string } {
  const exception = error as { getDescription?: () => string; getPattern?: () => string | null };
  if (typeof exception.getDescription === 'function') {
    return { description: exception.getDescription(), fragment: exception.getPattern?.() ?? '' };
  }
  return { description: error instanceof Error ? error.message : String(error), fragment: '' };
}

/** What the user can do about it, for the constructs people actually write. */
function hintFor(description: string, fragment: string): string {
  if (/^\(\?<?[=!]/.test(fragment) && !fragment.startsWith('(?<=') && !fragment.startsWith('(?<!')) {
    return ': lookahead cannot be matched in linear time; match the text itself, or split the rule with `not`';
  }
  if (/^\\(?:[1-9]|k)/.test(fragment)) return ': backreferences cannot be matched in linear time';
  if (/repeat count/.test(description)) return ': repeat counts go up to 1000';
  if (/lookbehind/i.test(description)) return ': use a non-capturing group `(?:...)` inside a lookbehind';
  return '';
}
