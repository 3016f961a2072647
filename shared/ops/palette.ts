import type * as Y from 'yjs';
import { z } from 'zod/mini';
import type { Result } from '../result.ts';
import { LIMITS, paletteFormSchema } from '../schema.ts';
import type { OpError } from './edit.ts';
import { appendRecord, deleteRecord, updateRecord } from './records.ts';

const fields = z.omit(paletteFormSchema, { id: true }).shape;

const addPaletteFormSchema = z.strictObject({
  id: z.optional(paletteFormSchema.shape.id),
  name: fields.name,
  durationMinutes: z._default(fields.durationMinutes, null),
  description: z._default(fields.description, ''),
});
export type AddPaletteFormInput = z.input<typeof addPaletteFormSchema>;

const palettePatchSchema = z.partial(z.strictObject(fields));
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
