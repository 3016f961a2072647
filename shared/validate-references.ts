import { isValidId } from './ids.ts';
import { LIMITS, isRealDate } from './schema.ts';
import { formatPath, isRecord, makeIssue } from './validation-issue.ts';
import type { PathSegments, ValidationIssue } from './validation-issue.ts';

/**
 * The rules that span records (issue 2 §2): unique ids, and references from
 * notes to meetings, people and form notes. They run over the raw data, not
 * zod's output, so they are reported together with structural problems: a
 * record counts as soon as the fields a rule needs can be read, and a field
 * that cannot be read is left to the structural report.
 */

interface NoteFacts {
  readonly index: number;
  readonly kind: unknown;
  /** A valid id, null (parked), or undefined when unreadable. */
  readonly lane: string | null | undefined;
}

/** The records of a collection, or none if it is not a list or too long to be valid. */
function recordsOf(board: Record<string, unknown>, key: string, max: number): unknown[] {
  const list = board[key];
  return Array.isArray(list) && list.length <= max ? list : [];
}

function laneOf(note: Record<string, unknown>): string | null | undefined {
  const lane = note['lane'];
  if (lane === null) return null;
  return isValidId(lane) ? lane : undefined;
}

export function checkReferences(board: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const meetings = recordsOf(board, 'meetings', LIMITS.meetings);
  const people = recordsOf(board, 'people', LIMITS.people);
  const notes = recordsOf(board, 'notes', LIMITS.notes);
  const palette = recordsOf(board, 'palette', LIMITS.palette);

  // Meetings, people and notes share one id space: a lane id must never also name a note.
  const firstUse = new Map<string, PathSegments>();
  const meetingIds = new Set<string>();
  const personIds = new Set<string>();
  const notesById = new Map<string, NoteFacts>();

  const claim = (id: unknown, path: PathSegments, seen: Map<string, PathSegments>): boolean => {
    if (!isValidId(id)) return false;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(makeIssue(path, 'duplicate-id', { id, firstPath: formatPath(first) }));
      return false;
    }
    seen.set(id, path);
    return true;
  };

  meetings.forEach((meeting, index) => {
    if (!isRecord(meeting)) return;
    const id = meeting['id'];
    if (claim(id, ['meetings', index, 'id'], firstUse)) meetingIds.add(id as string);
  });
  people.forEach((person, index) => {
    if (!isRecord(person)) return;
    const id = person['id'];
    if (claim(id, ['people', index, 'id'], firstUse)) personIds.add(id as string);
  });
  notes.forEach((note, index) => {
    if (!isRecord(note)) return;
    const id = note['id'];
    if (claim(id, ['notes', index, 'id'], firstUse)) {
      notesById.set(id as string, { index, kind: note['kind'], lane: laneOf(note) });
    }
  });
  const paletteIds = new Map<string, PathSegments>();
  palette.forEach((form, index) => {
    if (isRecord(form)) claim(form['id'], ['palette', index, 'id'], paletteIds);
  });

  notes.forEach((note, index) => {
    if (!isRecord(note)) return;
    const lane = laneOf(note);
    if (typeof lane === 'string' && !meetingIds.has(lane)) {
      issues.push(makeIssue(['notes', index, 'lane'], 'unknown-lane', { id: lane }));
    }
    if (note['kind'] !== 'participant') return;
    const person = note['person'];
    if (isValidId(person) && !personIds.has(person)) {
      issues.push(makeIssue(['notes', index, 'person'], 'unknown-person', { id: person }));
    }
    const form = note['form'];
    if (!isValidId(form)) return;
    const path = ['notes', index, 'form'];
    const target = notesById.get(form);
    if (target === undefined) {
      issues.push(makeIssue(path, 'form-not-found', { id: form }));
    } else if (target.kind !== 'form') {
      issues.push(makeIssue(path, 'form-not-a-form', { id: form }));
    } else if (lane !== undefined && target.lane !== undefined && target.lane !== lane) {
      issues.push(makeIssue(path, 'form-not-in-lane', { id: form }));
    }
  });

  const period = board['period'];
  if (isRecord(period)) {
    const { start, end } = period;
    if (
      typeof start === 'string' &&
      typeof end === 'string' &&
      isRealDate(start) &&
      isRealDate(end)
    ) {
      if (start > end) issues.push(makeIssue(['period'], 'period-reversed', { start, end }));
    }
  }
  return issues;
}
