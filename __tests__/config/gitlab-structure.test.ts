/**
 * The structured-triage rules GitLab cannot run (issue forms, projects; sub-issues, parents and
 * inherited labels with a CI job token) are refused at load time with the rule, its position and why,
 * before any request: the shipped examples, loaded as they are, against the GitLab provider's
 * capabilities. What it can run (the work-item hierarchy with a personal, project or group token) passes.
 */
import { checkCapabilities, loadRules } from '../../src/config/index.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';

const gitlab = createGitLabProvider({ token: 't', project: 'group/app', baseUrl: 'http://127.0.0.1:9' });
const withJobToken = createGitLabProvider({
  token: 't',
  project: 'group/app',
  baseUrl: 'http://127.0.0.1:9',
  tokenKind: 'job',
  allowJobTokenWrites: true,
});
const HIERARCHY =
  "GitLab's child items and parents are in its work-item hierarchy, which only its GraphQL API serves, " +
  'and a CI job token cannot use that API: set GITLAB_TOKEN (a token with the read_api or api scope)';

async function refusals(file: string, provider = gitlab): Promise<string[]> {
  const ruleSet = await loadRules(file);
  return checkCapabilities(ruleSet, provider.capabilities).map((p) => `${p.line}:${p.col}: ${p.message}`);
}

describe('GitLab refuses what it has no data for, saying why', () => {
  test('examples/sub-issues.yml runs on GitLab (the work-item hierarchy, through GraphQL)', async () => {
    expect(await refusals('examples/sub-issues.yml')).toEqual([]);
  });

  test('examples/sub-issues.yml with a CI job token: every rule, at its line, with the reason', async () => {
    expect(await refusals('examples/sub-issues.yml', withJobToken)).toEqual([
      `7:5: rule "close-finished-parent" uses the condition "sub-issues", which the gitlab provider does not support: ${HIERARCHY}`,
      `20:5: rule "reopen-unfinished-parent" uses the condition "sub-issues", which the gitlab provider does not support: ${HIERARCHY}`,
      `34:5: rule "inherit-area" uses the condition "parent", which the gitlab provider does not support: ${HIERARCHY}`,
      `34:5: rule "inherit-area" uses the action "inherit-labels", which the gitlab provider does not support: ${HIERARCHY}`,
      '7:5: rule "close-finished-parent" uses the placeholder "{{sub_issues}}", which needs sub-issues; the gitlab provider cannot read them',
      '20:5: rule "reopen-unfinished-parent" uses the placeholder "{{sub_issues}}", which needs sub-issues; the gitlab provider cannot read them',
    ]);
  });

  test('examples/forms.yml: the form condition, with the reason', async () => {
    // The example also sets issue types, which GitLab has none of either (its own message).
    const messages = (await refusals('examples/forms.yml')).filter((m) => !m.includes('"issue-type"'));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatch(
        /^\d+:5: rule "[a-z-]+" uses (the condition "form", which the gitlab provider does not support: GitLab has no issue forms \(its description templates are free Markdown, with no fields to read\)|the placeholder "\{\{form[._a-z]*\}\}", which needs issue forms; the gitlab provider cannot read them)$/,
      );
    }
    expect(messages.some((m) => m.includes('the condition "form"'))).toBe(true);
  });

  test('examples/projects.yml: every project condition and action, at its rule, with the reason', async () => {
    const why =
      "GitHub Projects (v2) have no GitLab equivalent (GitLab's issue boards are views of labels and milestones); use labels or milestones instead";
    const messages = await refusals('examples/projects.yml');
    expect(messages).toContain(
      `8:5: rule "new-bug-to-board" uses the condition "project", which the gitlab provider does not support: ${why}`,
    );
    expect(messages).toContain(
      `8:5: rule "new-bug-to-board" uses the action "project", which the gitlab provider does not support: ${why}`,
    );
    // Every rule of the example uses a project action: each is refused, none passes.
    expect(new Set(messages.map((m) => /rule "([a-z-]+)"/.exec(m)?.[1])).size).toBe(6);
    for (const message of messages) expect(message).toContain(why);
  });
});
