/**
 * Conditions on a pull request's state: `review-decision`, `mergeable`, `checks`, `size`,
 * `requested-reviewers`, `waiting-on`. Each is false on an issue without a request, and asks only for
 * the facts it reads: the pull request itself (`pull`), its reviews, its head commit's checks.
 */
import type { FactName } from '../model/item.js';
import type { Condition, ConditionKind } from '../model/rules.js';
import { inBounds, someMatch } from './field-tests.js';
import { globMatcher } from './matchers.js';
import type { Projection } from './projection.js';
import { checksState, reviewDecision, waitingOn } from './pull-state.js';
import { UNKNOWN, type Truth } from './truth.js';

type PullCondition = Extract<
  Condition,
  { kind: 'review-decision' | 'mergeable' | 'checks' | 'size' | 'requested-reviewers' | 'waiting-on' }
>;

export const PULL_FACTS: Partial<Record<ConditionKind, readonly FactName[]>> = {
  'review-decision': ['reviews'],
  mergeable: ['pull'],
  checks: ['checks'],
  size: ['pull'],
  'requested-reviewers': ['pull'],
  'waiting-on': ['pull', 'reviews', 'checks'],
};

export function pullTest(cond: PullCondition): (p: Projection) => Truth {
  const decide = decider(cond);
  return (p) => (p.item.type === 'pull_request' ? decide(p) : false);
}

function decider(cond: PullCondition): (p: Projection) => Truth {
  switch (cond.kind) {
    case 'review-decision': {
      const wanted = cond.value;
      return (p) => {
        const reviews = p.facts.reviews;
        if (reviews === undefined) return UNKNOWN;
        return reviews !== null && wanted.includes(reviewDecision(reviews));
      };
    }
    case 'mergeable': {
      const wanted = cond.value;
      return (p) => {
        const pull = p.facts.pull;
        if (pull === undefined) return UNKNOWN;
        if (pull === null) return false;
        return wanted === 'unknown' ? pull.mergeable === null : pull.mergeable === wanted;
      };
    }
    case 'checks': {
      const value = cond.value;
      const failing = typeof value === 'object' ? globMatcher(value.failing) : null;
      return (p) => {
        const checks = p.facts.checks;
        if (checks === undefined) return UNKNOWN;
        if (checks === null) return false;
        if (failing !== null) return checks.some((c) => c.state === 'failure' && failing.test(c.name));
        return checksState(checks) === value;
      };
    }
    case 'size': {
      const { lines, files } = cond.value;
      return (p) => {
        const pull = p.facts.pull;
        if (pull === undefined) return UNKNOWN;
        if (pull === null) return false;
        return (
          (lines === undefined || inBounds(lines, pull.lines)) &&
          (files === undefined || inBounds(files, pull.files))
        );
      };
    }
    case 'requested-reviewers': {
      const value = cond.value;
      const re = value === 'none' || value === 'any' ? null : globMatcher(value);
      return (p) => {
        const pull = p.facts.pull;
        if (pull === undefined) return UNKNOWN;
        if (pull === null) return false;
        const requested = pull.requestedReviewers;
        if (value === 'none') return requested.length === 0;
        if (value === 'any') return requested.length > 0;
        return re !== null && someMatch(requested, re);
      };
    }
    case 'waiting-on': {
      const wanted = cond.value;
      return (p) => {
        const { pull, reviews, checks } = p.facts;
        if (pull === undefined || reviews === undefined || checks === undefined) return UNKNOWN;
        if (pull === null || reviews === null || checks === null) return false;
        return waitingOn(pull, reviews, checks) === wanted;
      };
    }
  }
}
