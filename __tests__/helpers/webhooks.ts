/** Real webhook payloads recorded by GitHub (@octokit/webhooks-examples), read from the package. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WebhookDefinition {
  name: string;
  examples: { action?: string }[];
}

const require = createRequire(import.meta.url);
const definitions = JSON.parse(
  readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8'),
) as WebhookDefinition[];

/** The first recorded payload of `event` with `action` (a deep copy, free to modify). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const found = definitions.find((d) => d.name === event)?.examples.find((x) => x.action === action);
  if (!found)
    throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} payload`);
  return structuredClone(found) as Record<string, unknown>;
}

/** Every recorded payload of `event`, every action, in the package's order (deep copies). */
export function webhookExamples(event: string): Record<string, unknown>[] {
  const found = definitions.find((d) => d.name === event);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} payloads`);
  return found.examples.map((x) => structuredClone(x) as Record<string, unknown>);
}
