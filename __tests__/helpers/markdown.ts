/**
 * Markdown rendered as GitHub renders it (CommonMark plus GFM: tables, autolinks, strikethrough), by
 * micromark, a CommonMark-compliant parser, and what in the HTML a stranger's text could have made.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** Every `<a href>` target, `<img>`, raw HTML tag outside Sift's own, and heading in the HTML. */
export function liveParts(
  html: string,
  ownTags: readonly string[] = [],
): {
  links: string[];
  images: number;
  headings: string[];
  tags: string[];
} {
  const known = new Set([
    'p',
    'code',
    'pre',
    'a',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'br',
    'h3',
    'details',
    'summary',
    'del',
    ...ownTags,
  ]);
  const tags = [...html.matchAll(/<([a-z][a-z0-9-]*)\b/gi)].map((m) => m[1].toLowerCase());
  return {
    links: [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]),
    images: tags.filter((t) => t === 'img').length,
    headings: [...html.matchAll(/<h([1-6])>(.*?)<\/h\1>/g)].map((m) => `h${m[1]}: ${m[2]}`),
    tags: [...new Set(tags.filter((t) => !known.has(t)))],
  };
}

/** The text outside `<code>` elements: where an @mention or `#123` would be live on GitHub. */
export function textOutsideCode(html: string): string {
  return html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '');
}
