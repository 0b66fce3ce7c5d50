/**
 * Escaping for text that strangers wrote (titles, label names) before it goes into Markdown: it must
 * not break a table, inject HTML, or ping people with @mentions.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/[`*[\]]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n|\r/g, ' ');
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
