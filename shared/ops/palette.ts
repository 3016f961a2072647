import type * as Y from 'yjs';
import { z } from 'zod';
import { recordMap, roots } from '../doc.ts';
import { createId } from '../ids.ts';
import { keyAfterAll } from '../order.ts';
import { ok, type Result } from '../result.ts';
import { LIMITS, paletteFormSchema } from '../schema.ts';
import { edit, limitReached, notFound, setChanged, type OpError } from './edit.ts';
import { orderedIds } from './meetings.ts';
import { parseInput } from './validate-input.ts';

const fields = paletteFormSchema.omit({ id: true }).shape;

const addPaletteFormSchema = z.strictObject({
  id: paletteFormSchema.shape.id.optional(),
  name: fields.name,
  durationMinutes: fields.durationMinutes.default(null),
  description: fields.description.default(''),
});
export type AddPaletteFormInput = z.input<typeof addPaletteFormSchema>;

const palettePatchSchema = z.strictObject(fields).partial();
export type PaletteFormPatch = z.input<typeof palettePatchSchema>;

/** Adds a custom involvement form to the palette ("Metodesamling"). */
export function addPaletteForm(
  doc: Y.Doc,
  input: AddPaletteFormInput,
  actor: string | null = null,
): Result<string, OpError> {
  const parsed = parseInput(addPaletteFormSchema, input);
  if (!parsed.ok) return parsed;
  const { id = createId(), ...values } = parsed.value;
  const { palette } = roots(doc);
  if (palette.size >= LIMITS.palette) return limitReached(`at most ${LIMITS.palette} forms`);
  const order = keyAfterAll(orderedIds(palette).map((p) => p.order));
  edit(doc, 'addPaletteForm', actor, () => palette.set(id, recordMap({ ...values, order })));
  return ok(id);
}

export function updatePaletteForm(
  doc: Y.Doc,
  id: string,
  patch: PaletteFormPatch,
  actor: string | null = null,
): Result<void, OpError> {
  const parsed = parseInput(palettePatchSchema, patch);
  if (!parsed.ok) return parsed;
  const map = roots(doc).palette.get(id);
  if (!map) return notFound('palette form', id);
  edit(doc, 'updatePaletteForm', actor, () => setChanged(map, parsed.value));
  return ok(undefined);
}

/** Removes a form from the palette; form notes already on the board stay. */
export function deletePaletteForm(
  doc: Y.Doc,
  id: string,
  actor: string | null = null,
): Result<void, OpError> {
  const { palette } = roots(doc);
  if (!palette.has(id)) return notFound('palette form', id);
  edit(doc, 'deletePaletteForm', actor, () => palette.delete(id));
  return ok(undefined);
}
