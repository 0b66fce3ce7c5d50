/**
 * Byte budgets for what a run writes where GitHub caps the size: the step summary and the step's
 * outputs. Everything here counts UTF-8 bytes (what GitHub measures), never characters, and runs
 * anywhere (no Node API), like the rest of the report.
 */

/** UTF-8 length of a string without encoding it. A lone surrogate counts 3 bytes (U+FFFD on write). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * How many of `chunks`, taken from the start, fit in `budget` bytes when each is written followed by
 * a newline. Stops at the first chunk that does not fit, so what is kept is always a prefix.
 */
export function fitChunks(chunks: readonly string[], budget: number): { kept: number; bytes: number } {
  let bytes = 0;
  let kept = 0;
  for (const chunk of chunks) {
    const cost = utf8Bytes(chunk) + 1;
    if (bytes + cost > budget) break;
    bytes += cost;
    kept++;
  }
  return { kept, bytes };
}

export interface FittedJsonArray {
  /** The JSON text of the array of kept entries, exactly what `JSON.stringify` would give for them. */
  json: string;
  kept: number;
  omitted: number;
}

/**
 * The longest prefix of `entries` whose JSON array fits in `budget` bytes (`[]` at least, even when
 * the budget is smaller than that).
 */
export function fitJsonArray(entries: readonly unknown[], budget: number): FittedJsonArray {
  const parts: string[] = [];
  let bytes = 2; // [ and ]
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    const cost = utf8Bytes(json) + (parts.length > 0 ? 1 : 0); // the comma before it
    if (bytes + cost > budget) break;
    parts.push(json);
    bytes += cost;
  }
  return { json: `[${parts.join(',')}]`, kept: parts.length, omitted: entries.length - parts.length };
}

/**
 * GitHub caps a job's outputs at 1 MB in total (1,000,000 bytes; a step's outputs count toward its
 * job's). All of Sift's outputs together stay under 900,000 bytes: 10% margin for GitHub counting in
 * a way we do not see and for other steps of the same job.
 */
export const OUTPUTS_BUDGET_BYTES = 900_000;

/**
 * What the runner's output file spends on one output besides its name and value: `name<<DELIMITER`,
 * the value, `DELIMITER` and three line ends; `@actions/core`'s delimiter is `ghadelimiter_` and a
 * UUID (49 bytes). 128 leaves room.
 */
export const OUTPUT_FRAMING_BYTES = 128;

/** What one output costs in the runner's output file: its name, its value and the framing. */
export function bytesOfOutput(name: string, value: string): number {
  return utf8Bytes(name) + utf8Bytes(value) + OUTPUT_FRAMING_BYTES;
}

/**
 * Every output of a run, within `budget` bytes in all. `plan` and `checks` grow with the repository:
 * they keep the entries that fit, and `plan-omitted` / `checks-omitted` say how many were left out
 * (0 when whole). `others` (name -> value: `changed`, `deferred`, `plan-file`, ...) are small and kept
 * whole; what they leave is split between `plan` and `checks`: when both fit, both are whole; otherwise
 * each may use at least half, and what one does not need goes to the other.
 */
export function boundedOutputs(
  plan: readonly unknown[],
  checks: readonly unknown[],
  others: Record<string, string>,
  budget: number = OUTPUTS_BUDGET_BYTES,
): Record<string, string> {
  // The omitted counts are at most the lengths, so their widths are known before the split.
  const reserved: Record<string, string> = {
    ...others,
    'plan-omitted': String(plan.length),
    'checks-omitted': String(checks.length),
  };
  let left = budget - utf8Bytes('plan') - utf8Bytes('checks') - 2 * OUTPUT_FRAMING_BYTES;
  for (const [name, value] of Object.entries(reserved)) {
    left -= bytesOfOutput(name, value);
  }
  left = Math.max(0, left);
  const planBytes = utf8Bytes(JSON.stringify(plan));
  const checksBytes = utf8Bytes(JSON.stringify(checks));
  const planShare =
    planBytes + checksBytes <= left
      ? planBytes
      : Math.min(planBytes, Math.max(Math.floor(left / 2), left - checksBytes));
  const fittedPlan = fitJsonArray(plan, planShare);
  const fittedChecks = fitJsonArray(checks, left - utf8Bytes(fittedPlan.json));
  return {
    ...others,
    plan: fittedPlan.json,
    'plan-omitted': String(fittedPlan.omitted),
    checks: fittedChecks.json,
    'checks-omitted': String(fittedChecks.omitted),
  };
}
