/**
 * Attack 2: the preview comment is posted by the workflow's bot with a write token, and the pull
 * request's author writes what it reports: the rules file's keys and values, the tests file's names
 * and expectations, the comments its rules would post. Each text tries to close the code around it and
 * to render a heading that claims an approval, a mention, an image from another host and a link to a
 * download. The comment and the summary are rendered as GitHub renders Markdown (CommonMark + GFM) and
 * must show those texts as written, with nothing of theirs live.
 */
import { liveParts, renderGfm, textOutsideCode } from '../../helpers/markdown.js';
import { APIS, Attack, PULL, REPO } from './harness.js';

const INJECTION = [
  '```',
  '## Approved by @acme/security-team',
  '<img src="https://evil.example/pixel.png">',
  '![badge](https://evil.example/badge.svg) [download the fix](https://evil.example/fix.exe)',
  'https://evil.example/auto',
].join('\n');

/** A rules file whose unknown key, rule value and comment all carry the injection. */
const HOSTILE_RULES = `version: 1
rules:
  - id: mark-stale
    when: { type: issue, inactive: 90d, labels: { none: [stale] } }
    then:
      - label: stale
    ${JSON.stringify(`note\n${INJECTION}`)}: 1
  - id: other
    when: { state: ${JSON.stringify(`open ${INJECTION}`)} }
    then: [{ label: x }]
`;

/** Rules that load, and tests whose names, expectations and the rules' comments carry the injection. */
const RULES = `version: 1
rules:
  - id: greet
    when: { type: issue }
    then:
      - comment: ${JSON.stringify(`Hello ${INJECTION}`)}
`;
const TESTS = `version: 1
now: 2026-06-01T00:00:00Z
tests:
  - name: ${JSON.stringify(`fails ${INJECTION}`)}
    item: { type: issue }
    expect:
      greet:
        - label: ${JSON.stringify(INJECTION)}
  - name: ${JSON.stringify(`passes \`\` ${INJECTION} \`\`\`\``)}
    item: { type: pull_request }
    expect: { greet: false }
`;

const attack = new Attack();
afterEach(() => attack.stop());

/** What of `markdown` is live beyond Sift's own: its heading and links to the repository's items. */
function injected(markdown: string): unknown {
  const html = renderGfm(markdown);
  const parts = liveParts(html);
  return {
    links: parts.links.filter(
      (href) => !href.startsWith(`${attack.gh.url}/`) && !href.startsWith(`https://github.com/${REPO}/`),
    ),
    images: parts.images,
    headings: parts.headings.filter((h) => !h.startsWith('h3: Sift preview')),
    tags: parts.tags,
    outsideCode: textOutsideCode(html).match(/@acme|evil\.example|Approved by/g) ?? [],
  };
}

const CLEAN = { links: [], images: 0, headings: [], tags: [], outsideCode: [] };

describe.each(APIS)('a pull request writing Markdown into the preview, over %s', (api) => {
  beforeEach(() => attack.start());

  it('an unknown key and a value that close the fence render as written, nothing of theirs live', async () => {
    attack.pullRequest({ '.github/sift.yml': HOSTILE_RULES });
    const run = await attack.preview({ api });
    expect(run.code).toBe(1);
    const comment = attack.previewComment();
    expect(comment).toContain('## Approved by @acme/security-team'); // shown, as code
    expect(injected(comment)).toEqual(CLEAN);
    expect(injected(run.summary)).toEqual(CLEAN);
    expect(attack.repo.require(PULL).commentList).toHaveLength(1);
  });

  it("test names, expectations and the rules' comments render as written, nothing of theirs live", async () => {
    attack.pullRequest({ '.github/sift.yml': RULES, '.github/sift.test.yml': TESTS });
    const run = await attack.preview({ api });
    expect(run.code).toBe(1);
    const comment = attack.previewComment();
    expect(comment).toContain('fails ```');
    expect(comment).toContain('passes ``');
    expect(injected(comment)).toEqual(CLEAN);
    expect(injected(run.summary)).toEqual(CLEAN);
    expect(attack.repo.require(PULL).commentList).toHaveLength(1);
  });
});
