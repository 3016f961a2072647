import { describe, expect, it } from 'vitest';
import { checkBoard } from '../../shared/checks.ts';
import { middleWorkingDay } from '../../shared/dates.ts';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { addMeeting } from '../../shared/ops/index.ts';
import type { Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

/**
 * A meeting added with "+ Møde" gets a suggested date by the rule the board's
 * first dates are spread by (working days only), so the plan does not open
 * with a `meeting-no-date` warning the coordinator must fix by hand.
 */

describe('the working day nearest the middle between two dates', () => {
  it('is the middle day when that is a working day', () => {
    expect(middleWorkingDay('2027-01-12', '2027-02-09')).toBe('2027-01-26');
  });

  it('takes the earlier of two middle days', () => {
    // Monday → Thursday: Tuesday and Wednesday are equally near.
    expect(middleWorkingDay('2027-01-11', '2027-01-14')).toBe('2027-01-12');
  });

  it('moves off a weekend to the nearest working day', () => {
    // Wednesday 6 → Thursday 14 January 2027: the middle is Sunday the 10th.
    expect(middleWorkingDay('2027-01-06', '2027-01-14')).toBe('2027-01-11');
    // Monday 4 → Thursday 14: the middle is Saturday the 9th.
    expect(middleWorkingDay('2027-01-04', '2027-01-14')).toBe('2027-01-08');
  });

  it('moves off Christmas and Easter', () => {
    expect(middleWorkingDay('2026-12-21', '2026-12-28')).toBe('2026-12-23');
    // 9 February → 11 May 2027: the middle is Good Friday / Easter Saturday.
    expect(middleWorkingDay('2027-02-09', '2027-05-11')).toBe('2027-03-24');
  });

  it('is none when no working day lies strictly between', () => {
    expect(middleWorkingDay('2027-01-12', '2027-01-13')).toBeNull();
    expect(middleWorkingDay('2027-01-12', '2027-01-12')).toBeNull();
    expect(middleWorkingDay('2027-01-15', '2027-01-18')).toBeNull(); // Friday → Monday
    expect(middleWorkingDay('2026-12-23', '2026-12-28')).toBeNull(); // Christmas
    expect(middleWorkingDay('2027-03-24', '2027-03-30')).toBeNull(); // Easter
    expect(middleWorkingDay('2027-02-09', '2027-01-12')).toBeNull(); // out of order
  });

  it('is none when a date is missing', () => {
    expect(middleWorkingDay(null, '2027-02-09')).toBeNull();
    expect(middleWorkingDay('2027-01-12', null)).toBeNull();
    expect(middleWorkingDay('2027-01-12', undefined)).toBeNull();
  });
});

function setup(board: Board = paperExampleBoard()) {
  const doc = createBoardDoc(board);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const dateOf = (id: string) => readBoard(doc).meetings.find((m) => m.id === id)?.date;
  return { doc, updates, dateOf };
}

function added(result: ReturnType<typeof addMeeting>): string {
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

describe('a meeting added between two others gets a suggested date', () => {
  it('a network meeting added last (before the final meeting) gets a working day between them, in one transaction', () => {
    const { doc, updates, dateOf } = setup();
    const id = added(addMeeting(doc, { kind: 'network' }));
    // Between 9 February and 11 May 2027, off Easter.
    expect(dateOf(id)).toBe('2027-03-24');
    expect(updates).toHaveLength(1);
    const codes = checkBoard(readBoard(doc)).map((c) => `${c.code}:${c.meetingId ?? ''}`);
    expect(codes).not.toContain(`meeting-no-date:${id}`);
  });

  it('an extra meeting added at a position gets the middle of its neighbours', () => {
    const { doc, dateOf } = setup();
    const id = added(addMeeting(doc, { kind: 'extra', index: 1 }));
    expect(dateOf(id)).toBe('2027-01-26');
  });

  it('gets no date when there is no room or a neighbour has no date', () => {
    const noRoom = paperExampleBoard();
    noRoom.meetings[1]!.date = '2027-05-10';
    const a = setup(noRoom);
    expect(a.dateOf(added(addMeeting(a.doc, { kind: 'network' })))).toBeNull();

    const undated = paperExampleBoard();
    undated.meetings[1]!.date = null;
    const b = setup(undated);
    expect(b.dateOf(added(addMeeting(b.doc, { kind: 'network' })))).toBeNull();
    // At the front there is no previous meeting.
    expect(b.dateOf(added(addMeeting(b.doc, { kind: 'network', index: 0 })))).toBeNull();
  });

  it('keeps a date given, or none when told so', () => {
    const { doc, dateOf } = setup();
    expect(dateOf(added(addMeeting(doc, { kind: 'network', date: '2027-04-01' })))).toBe(
      '2027-04-01',
    );
    expect(dateOf(added(addMeeting(doc, { kind: 'network', date: null })))).toBeNull();
  });
});
