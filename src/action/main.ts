/**
 * The GitHub Action: reads inputs and the event, wires config -> provider -> pipeline -> report, and
 * speaks the runner's language (grouped logs, annotations, job summary, outputs, exit status). No
 * triage logic lives here.
 */
import * as core from '@actions/core';
import * as log from './log.js';
import { ConfigError, loadRules } from '../config/index.js';
import type { Trigger } from '../engine/index.js';
import type { Item } from '../model/item.js';
import { explainItem } from '../pipeline/explain.js';
import { assertSupported, forBackfill } from '../pipeline/rules.js';
import { triage } from '../pipeline/triage.js';
import { selectsDiscussions, type Rule, type RuleSet } from '../model/rules.js';
import { eventSubject, type EventSubject } from '../providers/github/webhook.js';
import type { Provider } from '../providers/provider.js';
import { itemName } from '../report/describe.js';
import { renderExplanation } from '../report/explain.js';
import {
  boundedOutputs,
  changedOutcomes,
  failedChecks,
  failedOutcomes,
  planEntries,
  renderSummary,
  tallyWords,
} from '../report/index.js';
import { OUTPUTS_BUDGET_BYTES } from '../report/budget.js';
import { SUMMARY_BUDGET_BYTES } from '../report/summary.js';
import { commentIdOf, readEventPayload, single } from './event.js';
import { readInputs, repositoryProvider, type ActionInputs } from './inputs.js';
import type { PreviewOutcome } from './preview.js';
import { chooseMode, type Mode } from './mode.js';
import { readTimeLimit, withDeadline } from './deadline.js';
import { openModels } from './models.js';
import { logOutcome, runSweeps } from './sweep.js';
import { writePlanFile } from './plan-file.js';
import { codeBlock } from '../report/markdown.js';
import { annotateErrors, problemAnnotations } from './annotations.js';

const FORK_NOTE =
  'This pull request comes from a fork, so the workflow token is read-only: checks ran, but no change ' +
  'was made. To let Sift label or comment on fork pull requests, run it on `pull_request_target` ' +
  "(which has a write token) and do not check out or run the pull request's code in that workflow.";

export async function run(now: Date = new Date()): Promise<void> {
  // The modes other than a sweep or an event's triage load their code when they run (import()): a
  // start loads only what the run needs (docs/performance.md).
  try {
    // Policy tests need no token and no repository: they run before those are asked for.
    if (core.getInput('mode').trim().toLowerCase() === 'test') {
      const { runTestMode } = await import('./test-mode.js');
      return await withDeadline('test', readTimeLimit(), runTestMode);
    }
    const inputs = readInputs();
    if (inputs.mode.trim().toLowerCase() === 'eval') {
      const { runEvalMode } = await import('./eval-mode.js');
      return await runEvalMode(inputs);
    }
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const mode = inputs.explain ? 'sweep' : chooseMode(inputs.mode, eventName);
    if (mode === 'shards') return await (await import('./org.js')).runShards(inputs);
    if (mode === 'merge') return await (await import('./org.js')).runMerge(inputs);
    // A pull request that changes the rules file gets a preview of the change (see preview.ts): forced
    // by `mode: preview`, or found by `auto` in the pull request's files. It reads the rules through the
    // API, so it comes before the workspace's rules file is loaded.
    if (mode === 'preview' || (mode === 'event' && (await autoPreview(inputs, eventName)))) {
      const { repositoryFiles, runPreview } = await import('./preview.js');
      const files = repositoryFiles(inputs);
      let preview: PreviewOutcome | undefined;
      await withDeadline('preview', readTimeLimit(), async (deadline) => {
        preview = await runPreview(inputs, eventName, readEventPayload(), files, now, deadline);
      });
      // Changing the rules file must not skip a check: the base branch's check rules run on this pull
      // request as a check run would (the pull request's own rules are only previewed, never applied).
      if (preview) await runBaseChecks(inputs, preview, eventName, now);
      return;
    }
    const loaded = await loadRules(inputs.rulesPath);
    const rules = inputs.backfill ? forBackfill(loaded) : loaded;
    if (mode === 'sweep' && !inputs.explain) return await runSweeps(inputs, rules, now, eventName);
    if (inputs.repositories.length > 1) {
      throw new Error(
        `Input \`repository\` names ${inputs.repositories.length} repositories; only a sweep runs over several ` +
          `(mode ${mode} triages the event's item, explain one item of one repository).`,
      );
    }
    await runOnItems(inputs, rules, mode, eventName, now);
  } catch (error) {
    if (error instanceof ConfigError) {
      annotateErrors(problemAnnotations(error, 'Sift rules file'), 'problems');
      log.setFailed(`${error.message}\nThe rules file has problems; nothing was changed.`);
      return;
    }
    log.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** `mode: auto` on a pull-request event: preview when the pull request changes the rules file. */
async function autoPreview(inputs: ActionInputs, eventName: string): Promise<boolean> {
  if (!['', 'auto'].includes(inputs.mode.trim().toLowerCase())) return false;
  const { changesRules, PREVIEW_EVENTS, pullRefs, repositoryFiles } = await import('./preview.js');
  if (!PREVIEW_EVENTS.includes(eventName)) return false;
  const refs = pullRefs(readEventPayload());
  if (refs === null) return false;
  try {
    return await changesRules(repositoryFiles(inputs), refs, inputs.rulesPath);
  } catch (error) {
    // The event's own triage must not depend on this look: without it, the run is what it always was.
    log.warning(
      `Could not list the files of pull request #${refs.number} to see whether it changes the rules file ` +
        `(${error instanceof Error ? error.message : String(error)}); triaging the event as usual. ` +
        'Use mode: preview to preview regardless.',
    );
    return false;
  }
}

/**
 * The item an event asks to triage: the payload's own when it is complete, else read by number (one
 * request: a partial payload, or a discussion, whose payload has no labels), or a notice when there is
 * nothing to triage (deleted, transferred elsewhere, gone by the time it is read).
 */
async function eventItem(
  provider: Provider,
  rules: readonly Rule[],
  subject: EventSubject,
  commandsOnDiscussion = false,
): Promise<{ items: AsyncIterable<Item>; notice?: undefined } | { notice: string }> {
  if (subject.kind === 'none') return { notice: subject.notice };
  if (subject.kind === 'item') return { items: single(subject.item) };
  if (subject.type === 'discussion') {
    // Nothing to walk when no rule is about discussions: a rules file without them costs no request.
    if (!rules.some(selectsDiscussions) && !commandsOnDiscussion) {
      log.info('No rule is about discussions (`type: discussion`): nothing to do for this event.');
      return { items: none() };
    }
    const discussion = await provider.getDiscussion?.(subject.number);
    if (!discussion)
      return {
        notice: `Discussion #${subject.number} is not in ${provider.repository} (deleted or transferred): nothing to triage.`,
      };
    return { items: single(discussion) };
  }
  const noun = subject.type === 'issue' ? 'Issue' : 'Pull request';
  log.info(
    `The event's payload lacks ${subject.missing.join(', ')} of #${subject.number}: reading it (one request).`,
  );
  const item = provider.getItem ? await provider.getItem(subject.number) : null;
  if (!item)
    return {
      notice: `${noun} #${subject.number} is not in ${provider.repository} (deleted or transferred): nothing to triage.`,
    };
  if (subject.prefetched) item.prefetched = { ...subject.prefetched, ...item.prefetched };
  return { items: single(item) };
}

async function* none(): AsyncGenerator<Item> {}

/**
 * A sweep's explain, or the triage of the event's item (`event` and `check` modes): the rules, the
 * summary, the outputs (within `outputBudget` bytes) and the step's status.
 */
async function runOnItems(
  inputs: ActionInputs,
  rules: RuleSet,
  mode: Mode,
  eventName: string,
  now: Date,
  budgets: { outputs: number; summary: number } = {
    outputs: OUTPUTS_BUDGET_BYTES,
    summary: SUMMARY_BUDGET_BYTES,
  },
): Promise<void> {
  const provider = await repositoryProvider(inputs);
  assertSupported(rules, provider.capabilities);

  const models = await openModels(inputs, rules, inputs.repository);
  if (inputs.explain) {
    const explanation = await explainItem(provider, rules, inputs.explain, now, models?.answerer);
    await models?.save();
    const text = renderExplanation(explanation);
    log.info(text);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(codeBlock(text) + '\n').write();
    return;
  }

  let trigger: Trigger = 'sweep';
  let items: AsyncIterable<Item> | undefined;
  let dryRun = inputs.dryRun;
  let eventCommentId: string | undefined;
  const notes: string[] = [];
  if (mode !== 'sweep') {
    const payload = readEventPayload();
    eventCommentId = commentIdOf(payload);
    const subject = eventSubject(eventName, payload, provider.repository);
    if (!subject)
      throw new Error(`The ${eventName} event payload carries no issue, pull request or discussion.`);
    trigger = { name: eventName, action: subject.action };
    // A new discussion comment may hold commands, which run whether or not a rule is about discussions.
    const commandsOnDiscussion =
      eventName === 'discussion_comment' &&
      subject.action === 'created' &&
      (rules.commands?.commands.length ?? 0) > 0;
    const found = await eventItem(provider, rules.rules, subject, commandsOnDiscussion);
    if (found.notice !== undefined) {
      // Deleted, or moved to another repository: nothing to triage, and not a failure.
      log.notice(found.notice);
      return;
    }
    items = found.items;
    if (subject.readOnlyFork && !dryRun) {
      dryRun = true;
      notes.push(FORK_NOTE);
      log.notice(FORK_NOTE);
    }
  }
  log.info(
    `Sift ${mode}: ${rules.rules.length} rules from ${rules.file} on ${inputs.repository}` +
      `${trigger === 'sweep' ? '' : ` for ${eventName}${trigger.action ? `.${trigger.action}` : ''}`}` +
      `${dryRun ? ' (dry run)' : ''}`,
  );

  const result = await triage({
    provider,
    rules,
    now,
    dryRun,
    trigger,
    items,
    eventCommentId,
    checksOnly: mode === 'check',
    ...inputs.limits,
    onOutcome: logOutcome,
    ...(models ? { models: models.answerer } : {}),
  });
  await models?.save();

  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(
        renderSummary(result, {
          trigger: eventName || undefined,
          mode,
          notes,
          budget: budgets.summary,
        }),
      )
      .write();
  }
  const changed = changedOutcomes(result).length;
  const plan = planEntries(result);
  const others: Record<string, string> = {
    changed: String(changed),
    deferred: JSON.stringify(result.deferred),
  };
  try {
    others['plan-file'] = await writePlanFile(plan);
  } catch (error) {
    log.warning(`Could not write the plan file: ${error instanceof Error ? error.message : String(error)}`);
  }
  // GitHub caps a job's outputs at 1 MB in all: `plan` and `checks` keep what fits and say how many
  // they left out; the plan file has everything.
  const outputs = boundedOutputs(plan, result.checks, others, budgets.outputs);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  if (outputs['plan-omitted'] !== '0') {
    log.info(
      `The plan output lists ${plan.length - Number(outputs['plan-omitted'])} of ${plan.length} items ` +
        `(GitHub's 1 MB limit on outputs); the whole plan is in ${others['plan-file'] ?? 'no file'}.`,
    );
  }
  // A run the circuit breaker stopped says what it planned, not "would change 0".
  const tally = tallyWords(result);
  log.info(`${tally[0].toUpperCase()}${tally.slice(1)}.`);

  for (const check of failedChecks(result)) {
    log.error(`${itemName(check.item)}: ${check.message}`, { title: `Sift check ${check.rule}` });
  }
  if (result.stop?.reason === 'circuit-breaker') {
    log.setFailed(result.stop.message);
    return;
  }
  if (result.stop) log.warning(`Sift stopped early: ${result.stop.message}`);
  const failed = failedOutcomes(result);
  const problems = [
    failed.length > 0
      ? `${failed.length} item(s) could not be changed; see the job summary for the reasons.`
      : '',
    failedChecks(result).length > 0 ? `${failedChecks(result).length} check(s) failed.` : '',
  ].filter(Boolean);
  if (problems.length > 0) log.setFailed(problems.join(' '));
}

/** The base branch's check rules on the previewed pull request, when it has any. */
async function runBaseChecks(
  inputs: ActionInputs,
  preview: PreviewOutcome,
  eventName: string,
  now: Date,
): Promise<void> {
  const base = preview.baseRules;
  if (!base || !base.rules.some((r) => r.check)) return;
  log.info(`Running the base branch's check rules on this pull request, as a check run would.`);
  await runOnItems(inputs, base, 'check', eventName, now, {
    outputs: OUTPUTS_BUDGET_BYTES - preview.outputBytes,
    summary: SUMMARY_BUDGET_BYTES - preview.summaryBytes,
  });
}
