/**
 * The pull-request conditions on the engine alone: whose move it is, the review decision, the checks'
 * state, and that issues never match nor cost a request.
 */
import { planItem } from '../../src/engine/index.js';
import { checksState, reviewDecision, waitingOn } from '../../src/engine/pull-state.js';
import type { ItemFacts, PullReviews, PullState } from '../../src/model/item.js';
import type { Condition } from '../../src/model/rules.js';
import { NOW, daysAgo, makeItem, rule, ruleSet } from './fixtures.js';

const HEAD = 'head';
const pull = (over: Partial<PullState> = {}): PullState => ({
  mergeable: true,
  lines: 10,
  files: 1,
  requestedReviewers: [],
  headSha: HEAD,
  ...over,
});
const verdict = (reviewer: string, v: 'approved' | 'changes_requested', days: number, commit = HEAD) => ({
  reviewer,
  verdict: v,
  at: daysAgo(days),
  commit,
});
const reviews = (latest: PullReviews['latest'] = [], required = 0): PullReviews => ({ latest, required });

describe('waiting on', () => {
  test('a failing check is the author’s move, whatever the reviews say', () => {
    expect(
      waitingOn(pull({ requestedReviewers: ['bob'] }), reviews(), [{ name: 'ci', state: 'failure' }]),
    ).toBe('author');
  });
  test('changes asked for on the head commit: the author; pushed since: the reviewers again', () => {
    expect(waitingOn(pull(), reviews([verdict('bob', 'changes_requested', 1)]), [])).toBe('author');
    expect(waitingOn(pull(), reviews([verdict('bob', 'changes_requested', 1, 'older')]), [])).toBe(
      'reviewers',
    );
  });
  test('a standing request for changes outweighs a later approval by someone else', () => {
    const latest = [verdict('bob', 'changes_requested', 3), verdict('carol', 'approved', 1)];
    expect(waitingOn(pull(), reviews(latest), [])).toBe('author');
  });
  test('requested and not given: the reviewers; required and not met: the reviewers until they review the head', () => {
    expect(waitingOn(pull({ requestedReviewers: ['bob'] }), reviews(), [])).toBe('reviewers');
    expect(waitingOn(pull(), reviews([], 1), [])).toBe('reviewers');
  });
  test('approved and green, or nobody asked: none', () => {
    expect(
      waitingOn(pull(), reviews([verdict('bob', 'approved', 1)], 1), [{ name: 'ci', state: 'success' }]),
    ).toBe('none');
    expect(waitingOn(pull(), reviews(), [])).toBe('none');
  });
});

describe('review decision and checks', () => {
  test('derived from verdicts and required approvals, unless the forge decided', () => {
    expect(reviewDecision(reviews())).toBe('none');
    expect(reviewDecision(reviews([], 2))).toBe('review-required');
    expect(reviewDecision(reviews([verdict('bob', 'approved', 1)], 2))).toBe('review-required');
    expect(reviewDecision(reviews([verdict('bob', 'approved', 1)]))).toBe('approved');
    expect(reviewDecision(reviews([verdict('bob', 'changes_requested', 1)]))).toBe('changes-requested');
    expect(reviewDecision({ ...reviews(), decision: 'approved' })).toBe('approved');
  });
  test('the checks’ overall state', () => {
    expect(checksState([])).toBe('none');
    expect(
      checksState([
        { name: 'a', state: 'success' },
        { name: 'b', state: 'pending' },
      ]),
    ).toBe('pending');
    expect(
      checksState([
        { name: 'a', state: 'failure' },
        { name: 'b', state: 'pending' },
      ]),
    ).toBe('failure');
  });
});

describe('conditions', () => {
  const outcome = (cond: Condition, facts: ItemFacts, type: 'issue' | 'pull_request' = 'pull_request') => {
    const item = makeItem({ type, labels: [] });
    const evaluation = planItem(item, facts, ruleSet(rule('r', [cond])), NOW);
    return evaluation.kind === 'needs' ? evaluation.facts : evaluation.plan !== null;
  };

  test('ask only for the facts they read, and never on an issue', () => {
    expect(outcome({ kind: 'mergeable', value: false }, {})).toEqual(['pull']);
    expect(outcome({ kind: 'checks', value: 'failure' }, {})).toEqual(['checks']);
    expect(outcome({ kind: 'waiting-on', value: 'author' }, {})).toEqual(['pull', 'reviews', 'checks']);
    expect(outcome({ kind: 'mergeable', value: false }, {}, 'issue')).toBe(false);
  });
  test('mergeable unknown, size bounds, failing checks by name, requested reviewers by glob', () => {
    expect(outcome({ kind: 'mergeable', value: 'unknown' }, { pull: pull({ mergeable: null }) })).toBe(true);
    expect(outcome({ kind: 'mergeable', value: false }, { pull: pull({ mergeable: null }) })).toBe(false);
    expect(
      outcome(
        { kind: 'size', value: { lines: { min: 100 }, files: { max: 3 } } },
        { pull: pull({ lines: 120 }) },
      ),
    ).toBe(true);
    const checks = [
      { name: 'build (ubuntu)', state: 'failure' as const },
      { name: 'lint', state: 'success' as const },
    ];
    expect(outcome({ kind: 'checks', value: { failing: ['build*'] } }, { checks })).toBe(true);
    expect(outcome({ kind: 'checks', value: { failing: ['lint'] } }, { checks })).toBe(false);
    expect(
      outcome(
        { kind: 'requested-reviewers', value: ['team-*'] },
        { pull: pull({ requestedReviewers: ['Team-Docs'] }) },
      ),
    ).toBe(true);
  });
});
