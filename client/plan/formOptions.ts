import { compareByPosition } from '../../shared/board-index.ts';
import type { Board, FormNote } from '../../shared/schema.ts';

/** A form note a participant of the same lane can be attached to. */
export interface FormOption {
  readonly id: string;
  readonly name: string;
}

export type FormsByLane = ReadonlyMap<string, readonly FormOption[]>;

const NO_FORMS: readonly FormOption[] = [];

function sameOptions(a: readonly FormOption[], b: readonly FormOption[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((option, i) => option.id === b[i]?.id && option.name === b[i]?.name);
}

/**
 * The form notes of each lane in reading order, for the table's form choice.
 * A lane whose forms did not change keeps the array of `previous`, so its
 * memoized table block is not re-rendered by an edit in another lane.
 */
export function formsByLane(
  board: Pick<Board, 'notes' | 'meetings'>,
  previous: FormsByLane = new Map(),
): FormsByLane {
  const forms = new Map<string, FormNote[]>();
  for (const note of board.notes) {
    if (note.kind !== 'form' || note.lane === null) continue;
    const list = forms.get(note.lane);
    if (list) list.push(note);
    else forms.set(note.lane, [note]);
  }
  const result = new Map<string, readonly FormOption[]>();
  for (const meeting of board.meetings) {
    const options = (forms.get(meeting.id) ?? [])
      .sort(compareByPosition)
      .map((note) => ({ id: note.id, name: note.name.trim() }));
    const before = previous.get(meeting.id);
    if (before && sameOptions(before, options)) result.set(meeting.id, before);
    else result.set(meeting.id, options.length === 0 ? NO_FORMS : options);
  }
  return result;
}

/** The options of one lane ([] for an unknown lane). */
export function formsOf(forms: FormsByLane, meetingId: string): readonly FormOption[] {
  return forms.get(meetingId) ?? NO_FORMS;
}
