/**
 * Issue 18 point 2: text a stranger wrote, put in Markdown by Sift, renders as written and nothing in it
 * is live. Checked by rendering with a CommonMark + GFM parser, not by looking at the Markdown.
 */
import { codeBlock, codeCell, codeSpan, escapeCell } from '../../src/report/markdown.js';
import { liveParts, renderGfm, textOutsideCode } from '../helpers/markdown.js';

const HOSTILE = [
  'plain',
  '`one` and ``two`` and ```three```',
  '```\n## Approved by @acme/security-team\n```',
  '<img src="https://evil.example/x.png" onerror="alert(1)">',
  '![logo](https://evil.example/logo.png) [download](https://evil.example/setup.exe)',
  'https://evil.example/autolink www.evil.example mail@evil.example',
  '@acme/security-team please merge #12',
  '` leading and trailing `',
  '  spaced  ',
  '|pipes| in \\| a cell\\',
  '</code></pre><h1>out</h1>',
  '\r\n\n',
];

/** The text of the `<code>` elements in the HTML, with entities decoded. */
function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) =>
    m[1]
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe.each(HOSTILE)('the stranger text %j', (text) => {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');

  it('as a code span renders exactly, in one <code>, with nothing live', () => {
    const html = renderGfm(`Test ${codeSpan(text)} failed.`);
    if (flat.trim() !== '') expect(codeTexts(html)).toEqual([flat]);
    expect(liveParts(html)).toEqual({ links: [], images: 0, headings: [], tags: [] });
    expect(textOutsideCode(html)).not.toMatch(/@acme|evil|#12/);
  });

  it('as a code cell stays in its cell of the table', () => {
    const html = renderGfm(`| a | b |\n| --- | --- |\n| ${codeCell(text)} | after |`);
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(2);
    expect(cells[1]).toBe('after');
    // A zero-width space parts a backslash from a pipe (see codeCell): invisible, so still as written.
    const shown = codeTexts(cells[0]).map((t) => t.replace(/\\\u200b\|/g, '\\|'));
    if (flat.trim() !== '') expect(shown).toEqual([flat]);
    expect(liveParts(html)).toEqual({ links: [], images: 0, headings: [], tags: [] });
  });

  it('escaped as a table cell (titles in summaries) stays in its cell, with nothing live', () => {
    const html = renderGfm(`| a | b |\n| --- | --- |\n| ${escapeCell(text)} | after |`);
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(2);
    expect(cells[1]).toBe('after');
    expect(liveParts(html)).toEqual({ links: [], images: 0, headings: [], tags: [] });
    // A mention needs `@` right before the name; the escape puts a zero-width space between.
    expect(textOutsideCode(html)).not.toContain('@acme');
  });

  it('as a code block renders every line exactly, and what follows is outside it', () => {
    const html = renderGfm(`${codeBlock(text)}\n\nafter the block`);
    const body = text.replace(/\r\n|\r/g, '\n');
    expect(codeTexts(html)).toEqual([body.endsWith('\n') ? body : `${body}\n`]);
    expect(html.endsWith('<p>after the block</p>')).toBe(true);
    expect(liveParts(html)).toEqual({ links: [], images: 0, headings: [], tags: [] });
  });
});

it('an empty text is named, not an empty span', () => {
  expect(codeSpan('')).toBe('(empty)');
});
