import type * as Y from 'yjs';
import { roots } from '../doc.ts';
import type { FieldRestore } from '../restored-records.ts';
import { edit } from './edit.ts';

/**
 * Writes the fields a record brought back by an undo or redo lacks
 * (restored-records.ts finds them and their values): the repair a client
 * makes in the same step (client/sync/overlapWatch.ts joins it to it). A
 * field the record has by now, or a record gone again, is left alone. One
 * transaction, `restoreFields`, or none when nothing lacks. Returns how many
 * fields it wrote.
 */
export function restoreFields(
  doc: Y.Doc,
  restores: readonly FieldRestore[],
  actor: string | null = null,
): number {
  const r = roots(doc);
  const lacking = restores.filter(({ collection, id, key }) => {
    const record = r[collection].get(id);
    return record !== undefined && !record.has(key);
  });
  if (lacking.length === 0) return 0;
  edit(doc, 'restoreFields', actor, () => {
    for (const { collection, id, key, value } of lacking) r[collection].get(id)?.set(key, value);
  });
  return lacking.length;
}
