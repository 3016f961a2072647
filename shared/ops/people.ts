import type * as Y from 'yjs';
import { z } from 'zod';
import { recordMap, roots } from '../doc.ts';
import { createId } from '../ids.ts';
import { keyAt, keyAfterAll } from '../order.ts';
import { ok, type Result } from '../result.ts';
import { LIMITS, personSchema } from '../schema.ts';
import { edit, limitReached, notFound, setChanged, type OpError } from './edit.ts';
import { orderedIds } from './meetings.ts';
import { parseInput } from './validate-input.ts';

const personFields = personSchema.omit({ id: true }).shape;

const addPersonSchema = z.strictObject({
  id: personSchema.shape.id.optional(),
  name: personFields.name,
  affiliation: personFields.affiliation.default(''),
  category: personFields.category.default('other'),
  core: personFields.core.default(false),
});
export type AddPersonInput = z.input<typeof addPersonSchema>;

const personPatchSchema = z.strictObject(personFields).partial();
export type PersonPatch = z.input<typeof personPatchSchema>;

/** Adds a person (or described competence) to the end of the participant pool. */
export function addPerson(
  doc: Y.Doc,
  input: AddPersonInput,
  actor: string | null = null,
): Result<string, OpError> {
  const parsed = parseInput(addPersonSchema, input);
  if (!parsed.ok) return parsed;
  const { id = createId(), ...fields } = parsed.value;
  const { people } = roots(doc);
  if (people.size >= LIMITS.people) return limitReached(`at most ${LIMITS.people} people`);
  const order = keyAfterAll(orderedIds(people).map((p) => p.order));
  edit(doc, 'addPerson', actor, () => people.set(id, recordMap({ ...fields, order })));
  return ok(id);
}

export function updatePerson(
  doc: Y.Doc,
  id: string,
  patch: PersonPatch,
  actor: string | null = null,
): Result<void, OpError> {
  const parsed = parseInput(personPatchSchema, patch);
  if (!parsed.ok) return parsed;
  const map = roots(doc).people.get(id);
  if (!map) return notFound('person', id);
  edit(doc, 'updatePerson', actor, () => setChanged(map, parsed.value));
  return ok(undefined);
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
  const { people, notes } = roots(doc);
  if (!people.has(id)) return notFound('person', id);
  edit(doc, 'deletePerson', actor, () => {
    const doomed: string[] = [];
    notes.forEach((note, noteId) => {
      if (note.get('kind') === 'participant' && note.get('person') === id) doomed.push(noteId);
    });
    for (const noteId of doomed) notes.delete(noteId);
    people.delete(id);
  });
  return ok(undefined);
}
