import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { recordMap, roots, type Collection } from '../doc.ts';
import { createId, idSchema } from '../ids.ts';
import { NOTE_GAP } from '../layout.ts';
import {
  LEGACY_PLACE_KEYS,
  PLACE_KEY,
  placeOrder,
  readPlace,
  writePlace,
  type NotePlace,
} from '../note-place.ts';
import { keyAfterAll } from '../order.ts';
import { ok, type Result } from '../result.ts';
import {
  LIMITS,
  formNoteSchema,
  ideaNoteSchema,
  participantNoteSchema,
  type NoteKind,
} from '../schema.ts';
import { edit, invalidInput, limitReached, notFound, setChanged, type OpError } from './edit.ts';
import { laneExists, laneOf, shownNotes, topOrder, type ShownNotes } from './note-lanes.ts';
import { parseInput } from './validate-input.ts';

const optionalId = z.optional(idSchema);

const addNoteSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...participantNoteSchema.shape,
    id: optionalId,
    contribution: z._default(participantNoteSchema.shape.contribution, ''),
    role: z._default(participantNoteSchema.shape.role, ''),
    form: z._default(participantNoteSchema.shape.form, null),
  }),
  z.strictObject({
    ...formNoteSchema.shape,
    id: optionalId,
    durationMinutes: z._default(formNoteSchema.shape.durationMinutes, null),
    description: z._default(formNoteSchema.shape.description, ''),
  }),
  z.strictObject({
    ...ideaNoteSchema.shape,
    id: optionalId,
    text: z._default(ideaNoteSchema.shape.text, ''),
  }),
]);
export type AddNoteInput = z.input<typeof addNoteSchema>;

/** A strict patch of some of a note schema's fields. */
const patchOf = <T extends z.core.$ZodLooseShape>(shape: T) => z.partial(z.strictObject(shape));

/** The fields each kind lets `updateNote` change (lane, position and form have their own ops). */
const notePatchSchemas = {
  participant: patchOf(
    z.pick(participantNoteSchema, { person: true, contribution: true, role: true }).shape,
  ),
  form: patchOf(
    z.pick(formNoteSchema, { name: true, durationMinutes: true, description: true }).shape,
  ),
  idea: patchOf(z.pick(ideaNoteSchema, { text: true }).shape),
} as const;
export type NotePatch =
  | Partial<z.input<(typeof notePatchSchemas)['participant']>>
  | Partial<z.input<(typeof notePatchSchemas)['form']>>
  | Partial<z.input<(typeof notePatchSchemas)['idea']>>;

const moveSchema = z.strictObject({
  id: idSchema,
  lane: z.nullable(idSchema),
  x: participantNoteSchema.shape.x,
  y: participantNoteSchema.shape.y,
});
export type NoteMove = z.input<typeof moveSchema>;
const movesSchema = z.array(moveSchema).check(z.maxLength(LIMITS.notes));

const duplicateSchema = z.array(
  z.strictObject({
    id: idSchema,
    lane: z.optional(z.nullable(idSchema)),
    x: z.optional(participantNoteSchema.shape.x),
    y: z.optional(participantNoteSchema.shape.y),
  }),
);
export type NoteCopy = z.input<typeof duplicateSchema>[number];

/** Creates a note (on a lane or parked) on top of the others. */
export function addNote(
  doc: Y.Doc,
  input: AddNoteInput,
  actor: string | null = null,
): Result<string, OpError> {
  const parsed = parseInput(addNoteSchema, input);
  if (!parsed.ok) return parsed;
  const { id = createId(), lane, x, y, ...fields } = parsed.value;
  const { notes, people } = roots(doc);
  if (notes.size >= LIMITS.notes) return limitReached(`at most ${LIMITS.notes} notes`);
  if (notes.has(id)) return invalidInput(`note ${id} exists already`);
  if (!laneExists(doc, lane)) return notFound('meeting', lane ?? '');
  if (fields.kind === 'participant') {
    if (!people.has(fields.person)) return notFound('person', fields.person);
    if (fields.form !== null) {
      const form = notes.get(fields.form);
      if (form?.get('kind') !== 'form' || laneOf(shownNotes(doc), form) !== lane) {
        return invalidInput(`form ${fields.form} is not a form note in lane ${lane}`);
      }
    }
  }
  edit(doc, 'addNote', actor, () => {
    const place: NotePlace = { lane, x, y, order: topOrder(notes) };
    notes.set(id, recordMap({ ...fields, [PLACE_KEY]: place }));
  });
  return ok(id);
}

/** Edits a note's text fields (only the fields that belong to its kind). */
export function updateNote(
  doc: Y.Doc,
  id: string,
  patch: NotePatch,
  actor: string | null = null,
): Result<void, OpError> {
  const { notes, people } = roots(doc);
  const note = notes.get(id);
  if (!note) return notFound('note', id);
  const kind = note.get('kind') as NoteKind;
  const schema = notePatchSchemas[kind];
  if (!schema) return invalidInput(`note ${id} has an unknown kind`);
  const parsed = parseInput(schema, patch);
  if (!parsed.ok) return parsed;
  const values: Record<string, unknown> = parsed.value;
  if (typeof values.person === 'string' && !people.has(values.person)) {
    return notFound('person', values.person);
  }
  edit(doc, 'updateNote', actor, () => setChanged(note, values));
  return ok(undefined);
}

/**
 * Moves notes (lane and position in one transaction: one drag of a selection
 * is one gesture) and raises them to the top. Each note's placement is written
 * as one value, and not at all when nothing would change (a single note put
 * back where it was while already on top). A participant that leaves its
 * form's lane is detached; so are the participants a form leaves behind.
 */
export function moveNotes(
  doc: Y.Doc,
  moves: readonly NoteMove[],
  actor: string | null = null,
): Result<void, OpError> {
  return placeNotes(doc, moves, actor, (_doc, checked) => checked);
}

/**
 * What `moveNotes`, `dropNotes` and `settleNotes` (note-drop.ts) share: the
 * moves are checked, `arrange` decides the final places (a drop settles
 * them), then they are written as one transaction named `op`. A move raises
 * the notes to the top; `settleNotes` keeps their z-order (overlap.ts says why).
 */
export function placeNotes(
  doc: Y.Doc,
  moves: readonly NoteMove[],
  actor: string | null,
  arrange: (doc: Y.Doc, checked: NoteMove[]) => NoteMove[],
  op: 'moveNotes' | 'settleNotes' = 'moveNotes',
): Result<void, OpError> {
  const parsed = parseInput(movesSchema, moves);
  if (!parsed.ok) return parsed;
  const { notes } = roots(doc);
  for (const move of parsed.value) {
    if (!notes.has(move.id)) return notFound('note', move.id);
    if (!laneExists(doc, move.lane)) return notFound('meeting', move.lane ?? '');
  }
  const placed = arrange(doc, parsed.value);
  if (isNoOpMove(notes, placed)) return ok(undefined);
  edit(doc, op, actor, () => {
    let order = topOrder(notes);
    const movedLane = new Map<string, string | null>();
    for (const move of placed) {
      const note = notes.get(move.id);
      if (!note) continue;
      const keep = op === 'settleNotes' ? readPlace(note).order : order;
      writePlace(note, { lane: move.lane, x: move.x, y: move.y, order: keep });
      order = keyAfterAll([order]);
      movedLane.set(move.id, move.lane);
    }
    detachAcrossLanes(notes, shownNotes(doc), movedLane);
  });
  return ok(undefined);
}

/** One note moved onto its own place while no other note is above it: nothing to write. */
function isNoOpMove(notes: Collection, moves: readonly NoteMove[]): boolean {
  const [move] = moves;
  const note = move === undefined || moves.length !== 1 ? undefined : notes.get(move.id);
  if (move === undefined || note === undefined) return false;
  const place = readPlace(note);
  if (place.lane !== move.lane || place.x !== move.x || place.y !== move.y) return false;
  if (place.order === '') return false;
  let onTop = true;
  notes.forEach((other, id) => {
    if (onTop && id !== move.id && placeOrder(other) >= place.order) onTop = false;
  });
  return onTop;
}

/** Keeps `form` references inside one lane (as the board shows it) after notes changed lanes. */
function detachAcrossLanes(
  notes: Collection,
  shown: ShownNotes,
  changed: ReadonlyMap<string, string | null>,
): void {
  const touchedForms = new Set<string>();
  for (const id of changed.keys()) if (notes.get(id)?.get('kind') === 'form') touchedForms.add(id);
  const detachIfApart = (note: Y.Map<unknown>, id: string) => {
    if (note.get('kind') !== 'participant') return;
    const form = note.get('form');
    if (typeof form !== 'string') return;
    if (!changed.has(id) && !touchedForms.has(form)) return;
    const formNote = notes.get(form);
    if (formNote?.get('kind') !== 'form' || laneOf(shown, formNote) !== laneOf(shown, note)) {
      note.set('form', null);
    }
  };
  // Only moved forms can leave other notes behind; otherwise the moved notes are all to check.
  if (touchedForms.size === 0) {
    for (const id of changed.keys()) {
      const note = notes.get(id);
      if (note !== undefined) detachIfApart(note, id);
    }
    return;
  }
  notes.forEach(detachIfApart);
}

/** Deletes notes; participants of a deleted form stay, without a form. */
export function deleteNotes(
  doc: Y.Doc,
  ids: readonly string[],
  actor: string | null = null,
): Result<void, OpError> {
  const { notes } = roots(doc);
  const existing = ids.filter((id) => notes.has(id));
  if (existing.length === 0 && ids.length > 0) return notFound('note', ids[0] ?? '');
  edit(doc, 'deleteNotes', actor, () => {
    const doomed = new Set(existing);
    notes.forEach((note, id) => {
      const form = note.get('form');
      if (!doomed.has(id) && typeof form === 'string' && doomed.has(form)) note.set('form', null);
    });
    for (const id of doomed) notes.delete(id);
  });
  return ok(undefined);
}

/**
 * Copies notes, by default into the same lane next to the original, in one
 * transaction. Participants copied with their form stay attached to the copy.
 */
export function duplicateNotes(
  doc: Y.Doc,
  copies: readonly NoteCopy[],
  actor: string | null = null,
): Result<string[], OpError> {
  const parsed = parseInput(duplicateSchema, copies);
  if (!parsed.ok) return parsed;
  const { notes } = roots(doc);
  if (notes.size + parsed.value.length > LIMITS.notes) {
    return limitReached(`at most ${LIMITS.notes} notes`);
  }
  for (const copy of parsed.value) {
    if (!notes.has(copy.id)) return notFound('note', copy.id);
    if (copy.lane !== undefined && !laneExists(doc, copy.lane)) {
      return notFound('meeting', copy.lane ?? '');
    }
  }
  const newIds = new Map(parsed.value.map((copy) => [copy.id, createId()]));
  const shown = shownNotes(doc);
  edit(doc, 'duplicateNotes', actor, () => {
    let order = topOrder(notes);
    for (const copy of parsed.value) {
      const source = notes.get(copy.id);
      const id = newIds.get(copy.id);
      if (!source || !id) continue;
      const fields = source.toJSON() as Record<string, unknown>;
      for (const key of [PLACE_KEY, ...LEGACY_PLACE_KEYS]) delete fields[key];
      const from = readPlace(source);
      const lane = copy.lane === undefined ? from.lane : copy.lane;
      const place: NotePlace = {
        lane,
        x: copy.x ?? from.x + NOTE_GAP * 2,
        y: copy.y ?? from.y + NOTE_GAP * 2,
        order,
      };
      fields[PLACE_KEY] = place;
      order = keyAfterAll([order]);
      if (typeof fields.form === 'string') {
        const copiedForm = newIds.get(fields.form);
        const originalForm = notes.get(fields.form);
        fields.form = copiedForm ?? (laneOf(shown, originalForm) === lane ? fields.form : null);
      }
      notes.set(id, recordMap(fields));
    }
    // A copied form whose copy landed elsewhere than its copied participants: keep lanes coherent.
    detachAcrossLanes(notes, shown, new Map([...newIds.values()].map((id) => [id, null])));
  });
  return ok([...newIds.values()]);
}
