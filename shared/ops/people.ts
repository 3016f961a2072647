import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { roots } from '../doc.ts';
import { keyAt } from '../order.ts';
import { ok, type Result } from '../result.ts';
import { LIMITS, personSchema } from '../schema.ts';
import { edit, notFound, setChanged, type OpError } from './edit.ts';
import { appendRecord, deleteRecord, orderedIds, updateRecord } from './records.ts';

const personFields = z.omit(personSchema, { id: true }).shape;

const addPersonSchema = z.strictObject({
  id: z.optional(personSchema.shape.id),
  name: personFields.name,
  affiliation: z._default(personFields.affiliation, ''),
  category: z._default(personFields.category, 'other'),
  core: z._default(personFields.core, false),
});
export type AddPersonInput = z.input<typeof addPersonSchema>;

const personPatchSchema = z.partial(z.strictObject(personFields));
export type PersonPatch = z.input<typeof personPatchSchema>;

const target = (
  doc: Y.Doc,
  op: 'addPerson' | 'updatePerson' | 'deletePerson',
  actor: string | null,
) => ({ doc, collection: 'people', what: 'person', op, actor }) as const;

/** Adds a person (or described competence) to the end of the participant pool. */
export function addPerson(
  doc: Y.Doc,
  input: AddPersonInput,
  actor: string | null = null,
): Result<string, OpError> {
  return appendRecord(
    { ...target(doc, 'addPerson', actor), max: LIMITS.people },
    addPersonSchema,
    input,
  );
}

export function updatePerson(
  doc: Y.Doc,
  id: string,
  patch: PersonPatch,
  actor: string | null = null,
): Result<void, OpError> {
  return updateRecord(target(doc, 'updatePerson', actor), id, personPatchSchema, patch);
}

/** Moves a person to position `toIndex` of the pool. */
export function movePerson(
  doc: Y.Doc,
  id: string,
  toIndex: number,
  actor: string | null = null,
): Result<void, OpError> {
  const { people } = roots(doc);
  const map = people.get(id);
  if (!map) return notFound('person', id);
  const order = keyAt(
    orderedIds(people, id).map((p) => p.order),
    toIndex,
  );
  edit(doc, 'movePerson', actor, () => setChanged(map, { order }));
  return ok(undefined);
}

/** Deletes a person and, in the same transaction, every participant note of theirs. */
export function deletePerson(
  doc: Y.Doc,
  id: string,
  actor: string | null = null,
): Result<void, OpError> {
  const { notes } = roots(doc);
  return deleteRecord(target(doc, 'deletePerson', actor), id, () => {
    const doomed: string[] = [];
    notes.forEach((note, noteId) => {
      if (note.get('kind') === 'participant' && note.get('person') === id) doomed.push(noteId);
    });
    for (const noteId of doomed) notes.delete(noteId);
  });
}
