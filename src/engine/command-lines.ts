/**
 * Finding commands in a comment's Markdown: a line that starts with `/name` or `/sift name`, outside
 * code (fenced or indented) and outside quotes. Pure text work; which names count is for the caller.
 */

export interface CommandLine {
  /** Lower case: `label`, `needs-info`. */
  name: string;
  /** What follows the name, trimmed (`bug docs`, `@me`, `duplicate #12`). */
  args: string;
  /** The line as written, trimmed. */
  line: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
/** Up to three spaces may precede a paragraph line; four or a tab make it indented code. */
const INDENTED_CODE = /^(?: {4}|\t)/;
const COMMAND = /^ {0,3}\/(?:sift[ \t]+)?([a-z][a-z0-9_-]*)(?:[ \t]+(.*))?$/i;
/** `/sift` alone, or `/siftx`: not a command. */
const BARE_SIFT = /^ {0,3}\/sift[ \t]*$/i;

/** Every command line of a comment, in order (names unfiltered: the rules file says which count). */
export function commandLines(body: string): CommandLine[] {
  const out: CommandLine[] = [];
  let fence: string | null = null;
  let previousBlank = true;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const opening = FENCE.exec(line);
    if (fence !== null) {
      // A fence closes with a run of the same character at least as long as the one that opened it.
      if (
        opening &&
        opening[1][0] === fence[0] &&
        opening[1].length >= fence.length &&
        /^ {0,3}[`~]+$/.test(line)
      )
        fence = null;
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    const blank = line.trim() === '';
    // Indented code starts only after a blank line (inside a paragraph, indentation is a continuation).
    const code: boolean = previousBlank && INDENTED_CODE.test(line);
    previousBlank = blank || (code && previousBlank);
    if (blank || code || QUOTE.test(line) || BARE_SIFT.test(line)) continue;
    const match = COMMAND.exec(line);
    if (!match) continue;
    out.push({ name: match[1].toLowerCase(), args: (match[2] ?? '').trim(), line: line.trim() });
  }
  return out;
}

/**
 * Arguments split on spaces and commas; `"good first issue"` keeps its spaces. A leading `~` (GitLab's
 * label reference) and `@` (a mention) are the caller's to strip.
 */
export function splitArgs(args: string): string[] {
  const out: string[] = [];
  for (const match of args.matchAll(/"([^"]*)"|'([^']*)'|([^\s,]+)/g)) {
    const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (value !== '') out.push(value);
  }
  return out;
}
