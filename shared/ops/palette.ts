import type * as Y from 'yjs';
import { z } from 'zod';
import type { Result } from '../result.ts';
import { LIMITS, paletteFormSchema } from '../schema.ts';
import type { OpError } from './edit.ts';
import { appendRecord, deleteRecord, updateRecord } from './records.ts';

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

const target = (
  doc: Y.Doc,
  op: 'addPaletteForm' | 'updatePaletteForm' | 'deletePaletteForm',
  actor: string | null,
) => ({ doc, collection: 'palette', what: 'palette form', op, actor }) as const;

/** Adds a custom involvement form to the palette ("Metodesamling"). */
export function addPaletteForm(
  doc: Y.Doc,
  input: AddPaletteFormInput,
  actor: string | null = null,
): Result<string, OpError> {
  return appendRecord(
    { ...target(doc, 'addPaletteForm', actor), max: LIMITS.palette },
    addPaletteFormSchema,
    input,
  );
}

export function updatePaletteForm(
  doc: Y.Doc,
  id: string,
  patch: PaletteFormPatch,
  actor: string | null = null,
): Result<void, OpError> {
  return updateRecord(target(doc, 'updatePaletteForm', actor), id, palettePatchSchema, patch);
}

/** Removes a form from the palette; form notes already on the board stay. */
export function deletePaletteForm(
  doc: Y.Doc,
  id: string,
  actor: string | null = null,
): Result<void, OpError> {
  return deleteRecord(target(doc, 'deletePaletteForm', actor), id);
}
