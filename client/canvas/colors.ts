import type { Note, Person, PersonCategory } from '../../shared/schema.ts';

/** Post-it colours: calm, distinct by kind, participants by category (issue 4). */
export const CATEGORY_COLORS: Record<PersonCategory, string> = {
  citizen: '#fff08a',
  professional: '#ffd3a6',
  external: '#cfe5ff',
  referenceLeader: '#ffcce0',
  politician: '#e2f5b0',
  other: '#ece4d2',
};

export const FORM_COLOR = '#b7e4d4';
export const FORM_HEADER_COLOR = '#7fcbb0';
export const IDEA_COLOR = '#e6dcff';
export const UNKNOWN_PERSON_COLOR = '#e5e5e5';

export const INK = '#1f2328';
export const INK_MUTED = '#57606a';
export const WARNING = '#c2410c';
export const OVER_TIME = '#c62828';
export const SELECTION = '#1d64d8';
export const CORE_BADGE = '#6d28d9';

export const BOARD_BACKGROUND = '#f4f1ea';
export const LANE_FILL = '#fbfaf7';
export const LANE_STROKE = '#d9d3c7';
export const HEADER_FILL = '#ffffff';
export const FINAL_HEADER_FILL = '#2f4858';
export const FINAL_LANE_FILL = '#eef3f5';
export const EXTRA_HEADER_FILL = '#fff8e6';
export const PARKING_FILL = '#ebe7de';

/** Strong colours for forms: a form and its attached participants share one as a left bar. */
const FORM_ACCENTS = [
  '#0f766e',
  '#1d4ed8',
  '#b45309',
  '#7c3aed',
  '#be123c',
  '#15803d',
  '#0369a1',
  '#a16207',
] as const;

/**
 * Each form note's accent colour: the one its id picks, unless another form of
 * the same lane (or of the parking area) has it already, then the next free
 * one while there are free ones. In the board's order (the document's
 * z-order, the same for every user): a form placed later yields, so adding
 * one to a meeting never recolours the forms, and their participants, that
 * were there.
 */
export function formAccents(notes: readonly Note[]): Map<string, string> {
  const accents = new Map<string, string>();
  const taken = new Map<string | null, Set<number>>();
  const forms = notes.filter((note) => note.kind === 'form');
  for (const { id, lane } of forms) {
    let hash = 0;
    for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
    let at = Math.abs(hash) % FORM_ACCENTS.length;
    const used = taken.get(lane) ?? new Set<number>();
    taken.set(lane, used);
    for (let i = 0; i < FORM_ACCENTS.length && used.has(at); i++) {
      at = (at + 1) % FORM_ACCENTS.length;
    }
    used.add(at);
    accents.set(id, FORM_ACCENTS[at] ?? FORM_ACCENTS[0]);
  }
  return accents;
}

export function noteColor(note: Note, person: Person | undefined): string {
  switch (note.kind) {
    case 'participant':
      return person ? CATEGORY_COLORS[person.category] : UNKNOWN_PERSON_COLOR;
    case 'form':
      return FORM_COLOR;
    case 'idea':
      return IDEA_COLOR;
  }
}
