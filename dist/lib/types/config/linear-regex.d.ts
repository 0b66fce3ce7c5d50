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
export declare class LinearRegExp extends RegExp {
    #private;
    private constructor();
    /**
     * Compiles a JavaScript pattern for the linear-time engine. Throws UnsupportedPattern when RE2 cannot
     * match it, and RegExp's own SyntaxError when it is not a valid JavaScript pattern to begin with.
     */
    static compile(source: string, flags: string): LinearRegExp;
    test(text: string): boolean;
    /** Also what `match`, `replace` and `search` use, so they stay linear too (the flags never include g or y). */
    exec(text: string): RegExpExecArray | null;
    /** `split` would build a backtracking RegExp from this one behind our back: refuse rather than hang. */
    [Symbol.split](): string[];
}
/** A valid JavaScript pattern that the linear-time engine cannot run, and where in it the trouble is. */
export declare class UnsupportedPattern extends Error {
    /** Index in the pattern source of the construct RE2 refused; 0 when it cannot be told. */
    readonly index: number;
    constructor(message: string, 
    /** Index in the pattern source of the construct RE2 refused; 0 when it cannot be told. */
    index: number);
    static from(source: string, error: unknown): UnsupportedPattern;
}
