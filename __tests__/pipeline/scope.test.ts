/**
 * Which listings a walk reads: discussions only when some rule is about them, so a rules file written
 * for issues and pull requests lists exactly what it listed before discussions existed.
 */
import { parseRules } from '../../src/config/index.js';
import { scopesOf } from '../../src/pipeline/scope.js';
import { STALE_RULES } from '../helpers/rules.js';

const rules = (text: string) => parseRules(`version: 1\nrules:\n${text}`, 'sift.yml');

describe('scopesOf', () => {
  it('a rules file without a rule about discussions: one listing of issues and pull requests, as before', () => {
    expect(scopesOf(parseRules(STALE_RULES, 'sift.yml'))).toEqual([{ state: 'open' }]);
    expect(
      scopesOf(rules('  - id: a\n    when: { type: pull_request, state: all }\n    then: [{ label: x }]\n')),
    ).toEqual([{ state: 'all', type: 'pull_request' }]);
  });

  it('rules about discussions add a listing of discussions, in the states they look at', () => {
    expect(
      scopesOf(
        rules(`  - id: issues
    when: { type: issue }
    then: [{ label: x }]
  - id: open-questions
    when: { type: discussion, category: Q&A }
    then: [{ label: q }]
  - id: closed-ideas
    when: { type: discussion, state: closed }
    then: [{ lock: true }]
`),
      ),
    ).toEqual([
      { state: 'open', type: 'issue' },
      { state: 'all', type: 'discussion' },
    ]);
  });

  it('a rules file only about discussions lists nothing else', () => {
    expect(
      scopesOf(
        rules('  - id: d\n    when: { type: discussion, state: closed }\n    then: [{ lock: true }]\n'),
      ),
    ).toEqual([{ state: 'closed', type: 'discussion' }]);
  });
});
