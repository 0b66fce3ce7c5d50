import type { Change } from '../model/plan.js';
import type { ItemKey, Write } from '../providers/provider.js';

/** A `project` change as writes: the add when the item is not in the project, then one per field. */
export function projectWrites(item: ItemKey, change: Extract<Change, { kind: 'project' }>): Write[] {
  const writes: Write[] = change.add ? [{ kind: 'addToProject', item, project: change.project }] : [];
  for (const { name, value } of change.fields)
    writes.push({ kind: 'setProjectField', item, project: change.project, field: name, value });
  return writes;
}
