/**
 * A GitHub project as the emulator holds it, for assertions: each item's values by field name (an
 * option's name, an iteration's title, the text, number or date).
 */
import type { ProjectRecord } from '../../src/emulator/github/projects.js';

export function boardValues(board: ProjectRecord): Record<number, Record<string, unknown>> {
  const out: Record<number, Record<string, unknown>> = {};
  for (const item of board.items) {
    const values: Record<string, unknown> = {};
    for (const field of board.fields) {
      const v = item.values.get(field.id);
      if (!v) continue;
      if ('optionId' in v) values[field.name] = field.options?.find((o) => o.id === v.optionId)?.name;
      else if ('iterationId' in v)
        values[field.name] = field.iterations?.find((i) => i.id === v.iterationId)?.title;
      else values[field.name] = 'text' in v ? v.text : 'number' in v ? v.number : v.date;
    }
    out[item.number] = values;
  }
  return out;
}
