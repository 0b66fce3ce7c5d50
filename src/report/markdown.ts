/**
 * Escaping for text that strangers wrote (titles, label names) before it goes into Markdown: it must
 * not break a table, inject HTML or links, or ping people with @mentions.
 */
export function escapeCell(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '&#124;')
      .replace(/[`*[\]]/g, (c) => `\\${c}`)
      .replace(/@/g, '@\u200b')
      // GFM links bare `http://`, `https://` and `www.` text: a zero-width space keeps it text.
      .replace(/:\/\//g, ':\u200b//')
      .replace(/\b(www)\./gi, '$1\u200b.')
      .replace(/\r?\n|\r/g, ' ')
  );
}

/**
 * An id (rule, report) as code in a table cell. Ids that came through the rules file's schema are plain
 * (letters, digits, `_.-/`); anything else (a tampered result file) is escaped like any stranger's text
 * instead, since a code span can neither escape a backtick nor hold a line break.
 */
export function idCell(id: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(id) ? `\`${id}\`` : escapeCell(id);
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Long tables fold away so a summary with thousands of rows stays readable. */
export function collapsible(title: string, body: string, open: boolean): string {
  return `<details${open ? ' open' : ''}><summary>${title}</summary>\n\n${body}\n\n</details>`;
}

/**
 * Text someone else wrote, shown exactly but inert: an inline code span whose fence is longer than any
 * run of backticks in the text, so the text cannot close it. Inside a code span nothing renders: no
 * HTML, images, links, autolinks or @mentions. Line breaks fold to spaces (a span is one line).
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  if (flat.trim() === '') return flat === '' ? '(empty)' : `\`${flat}\``;
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  // CommonMark strips one space from each side when both are there; padding keeps a leading or
  // trailing backtick from joining the fence and keeps the text's own spaces.
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A code span in a GFM table cell: the table splits a row at every unescaped `|`, even inside code,
 * and turns `\|` back into `|` there. A backslash of the text's own before a `|` would escape the
 * escape, so a zero-width space goes between them (it shows as written).
 */
export function codeCell(text: string): string {
  return codeSpan(text)
    .replace(/\\(?=\|)/g, '\\\u200b')
    .replace(/\|/g, '\\|');
}

/** Lines someone else wrote, as a fenced code block that no line of theirs can close. */
export function codeBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  const body = text.replace(/\r\n|\r/g, '\n');
  return `${fence}\n${body}${body.endsWith('\n') ? '' : '\n'}${fence}`;
}

/** At most `max` characters, with an ellipsis when cut (never in the middle of a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
