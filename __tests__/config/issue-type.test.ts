import { checkCapabilities, parseRules } from '../../src/config/index.js';
import { createGitLabProvider } from '../../src/providers/gitlab/index.js';

const RULES = `version: 1
rules:
  - id: classify
    when:
      issue-type: none
      title: '/crash/i'
    then:
      - issue-type: Bug
  - id: unclassify
    when:
      issue-type: [Question, discussion]
    then:
      - issue-type: none
  - id: typed
    when:
      issue-type: any
    then:
      - issue-type: ~
`;

describe('issue types in the rules file', () => {
  const ruleSet = parseRules(RULES, 'sift.yml');

  test('conditions: none, any, one name or a list; actions: a name, none or null to clear', () => {
    expect(ruleSet.rules.map((r) => [r.when[0], r.then])).toEqual([
      [{ kind: 'issue-type', value: 'none' }, [{ kind: 'issue-type', name: 'Bug' }]],
      [{ kind: 'issue-type', value: ['Question', 'discussion'] }, [{ kind: 'issue-type', name: null }]],
      [{ kind: 'issue-type', value: 'any' }, [{ kind: 'issue-type', name: null }]],
    ]);
  });

  test('GitLab refuses them before any request, naming the rule and the provider', () => {
    const gitlab = createGitLabProvider({ token: 't', project: 'group/app', baseUrl: 'http://127.0.0.1:9' });
    const messages = checkCapabilities(ruleSet, gitlab.capabilities).map(
      (p) => `${p.file}:${p.line}:${p.col}: ${p.message}`,
    );
    expect(messages).toEqual([
      'sift.yml:3:5: rule "classify" uses the condition "issue-type", which the gitlab provider does not support',
      'sift.yml:3:5: rule "classify" uses the action "issue-type", which the gitlab provider does not support',
      'sift.yml:9:5: rule "unclassify" uses the condition "issue-type", which the gitlab provider does not support',
      'sift.yml:9:5: rule "unclassify" uses the action "issue-type", which the gitlab provider does not support',
      'sift.yml:14:5: rule "typed" uses the condition "issue-type", which the gitlab provider does not support',
      'sift.yml:14:5: rule "typed" uses the action "issue-type", which the gitlab provider does not support',
    ]);
  });
});
