/**
 * A command the forge refuses (a 4xx for what it names: a user it cannot assign, an item or milestone
 * it does not have) is the commenter's mistake, not a fault: left failed, the comment would stay
 * unanswered and every later run would send the same write and fail the item again. So the comment
 * is answered as a refused command: 😕 and the reply naming it with the forge's reason (and the
 * commands after it in the same comment, which did not run). Other failures (Sift's token, the
 * forge's health, rate limits) stay failures, retried by the next run.
 */
import { refusalAnswer } from '../engine/commands.js';
import { preparePlan, type Executor, type ItemOutcome } from '../executor/index.js';
import type { CommandAsked, ItemPlan } from '../model/plan.js';
import type { Provider } from '../providers/provider.js';

const NOT_RUN = 'not run: a command before it in this comment was refused';

export async function answerForgeRefusals(
  executor: Executor,
  provider: Provider,
  outcome: ItemOutcome,
): Promise<ItemOutcome> {
  const refusedComments = new Set(
    outcome.rules
      .filter((r) => isCommand(r.command) && r.changes.some((c) => c.refusedByForge))
      .map((r) => r.command!.commentId),
  );
  if (refusedComments.size === 0) return outcome;
  let rules = outcome.rules.map((r) => {
    if (!isCommand(r.command) || !refusedComments.has(r.command.commentId)) return r;
    const forge = r.changes.find((c) => c.refusedByForge);
    if (forge) return { ...r, command: { ...r.command, refused: forge.note ?? 'the forge refused it' } };
    const notRun = r.command.refused === undefined && r.changes.every((c) => c.status === 'not-attempted');
    return notRun ? { ...r, command: { ...r.command, refused: NOT_RUN } } : r;
  });
  const errors: string[] = [];
  for (const commentId of refusedComments) {
    const asked = rules.filter((r) => isCommand(r.command) && r.command.commentId === commentId);
    const refused = asked.flatMap((r) =>
      r.command?.refused ? [{ line: r.command.line, why: r.command.refused }] : [],
    );
    const by = asked[0].command!.by;
    const command = { by, line: '', commentId };
    const plan: ItemPlan = {
      item: outcome.item,
      rules: [{ rule: 'commands', changes: refusalAnswer(by, commentId, refused), command }],
    };
    const answered = await executor.apply(await preparePlan(provider, plan));
    if (answered.error !== undefined || answered.rules[0].changes.some((c) => c.status === 'deferred')) {
      errors.push(answered.error ?? 'answering the refused command was deferred');
      continue;
    }
    // The comment's answer is this one now (the planned 👍, never sent, or the reply it extends).
    rules = [
      ...rules.filter((r) => !(r.rule === 'commands' && r.command?.commentId === commentId)),
      answered.rules[0],
    ];
  }
  // Answered, the item is no longer failed; a refusal that could not be answered leaves it failed.
  const settled: ItemOutcome = { item: outcome.item, rules };
  if (errors.length > 0) settled.error = outcome.error ?? errors.join('; ');
  return settled;
}

function isCommand(command: CommandAsked | undefined): command is CommandAsked {
  return command !== undefined && command.line !== '';
}
