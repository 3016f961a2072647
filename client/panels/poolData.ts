import { useMemo, useRef } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { CATEGORY_STRINGS } from '../../shared/i18n/panels.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { Note, Person } from '../../shared/schema.ts';

/** What the participant pool derives from the board (PeoplePool.tsx). */

export interface PersonUsage {
  /** Distinct meetings the person has a note in (parked notes do not count). */
  readonly meetings: number;
  /** All their participant notes, parked ones included: what deleting them removes. */
  readonly notes: number;
}

/** Per person: in how many meetings they are placed, and how many notes they have. */
export function personUsage(notes: readonly Note[]): Map<string, PersonUsage> {
  const lanes = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const note of notes) {
    if (note.kind !== 'participant') continue;
    counts.set(note.person, (counts.get(note.person) ?? 0) + 1);
    if (note.lane === null) continue;
    let set = lanes.get(note.person);
    if (!set) lanes.set(note.person, (set = new Set()));
    set.add(note.lane);
  }
  const usage = new Map<string, PersonUsage>();
  for (const [person, count] of counts) {
    usage.set(person, { meetings: lanes.get(person)?.size ?? 0, notes: count });
  }
  return usage;
}

/** People whose name, affiliation or category contains the query (case-insensitive). */
export function filterPeople(people: readonly Person[], query: string, lang: Lang): Person[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...people];
  return people.filter((p) =>
    [p.name, p.affiliation, translate(CATEGORY_STRINGS[p.category], lang)].some((text) =>
      text.toLocaleLowerCase().includes(needle),
    ),
  );
}

/**
 * Meetings per person: `previous` itself when every count is the same. Most
 * moves change no one's count, and the pool's list then does not re-render.
 */
export function meetingCounts(
  notes: readonly Note[],
  previous: ReadonlyMap<string, number>,
): ReadonlyMap<string, number> {
  const next = new Map<string, number>();
  for (const [person, usage] of personUsage(notes)) next.set(person, usage.meetings);
  if (next.size !== previous.size) return next;
  for (const [person, count] of next) if (previous.get(person) !== count) return next;
  return previous;
}

/** `meetingCounts` across renders. */
export function useStableCounts(notes: readonly Note[]): ReadonlyMap<string, number> {
  const last = useRef<ReadonlyMap<string, number>>(new Map());
  return useMemo(() => (last.current = meetingCounts(notes, last.current)), [notes]);
}
