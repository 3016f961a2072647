import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createBoardDoc } from '../../shared/doc.ts';
import { createBoardReader } from '../../shared/doc-read.ts';
import * as ops from '../../shared/ops/index.ts';
import { createPlanProjector, projectPlan } from '../../shared/projection.ts';
import type { Board } from '../../shared/schema.ts';
import { generatedBoard, seededRandom } from '../helpers/boards.ts';

/** A live board as the client holds it: a document and a reader that keeps unchanged records. */
function liveBoard(board: Board): { doc: Y.Doc; read: () => Board } {
  const doc = createBoardDoc(board);
  const reader = createBoardReader(doc);
  return { doc, read: () => reader.read() };
}

const pick = <T>(items: readonly T[], random: () => number): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
};

/** One random edit of the kinds a workshop makes, through the real operations. */
function randomEdit(doc: Y.Doc, board: Board, random: () => number): void {
  const lanes = board.meetings.map((meeting) => meeting.id);
  const note = pick(board.notes, random);
  const person = pick(board.people, random);
  switch (Math.floor(random() * 9)) {
    case 0:
    case 1:
      ops.moveNotes(doc, [
        { id: note.id, lane: note.lane, x: Math.round(random() * 400), y: note.y + 1 },
      ]);
      return;
    case 2:
      ops.moveNotes(doc, [{ id: note.id, lane: pick(lanes, random), x: 10, y: 10 }]);
      return;
    case 3:
      if (note.kind === 'participant') ops.updateNote(doc, note.id, { role: `rolle ${random()}` });
      else ops.deleteNotes(doc, [note.id]);
      return;
    case 4:
      ops.updatePerson(doc, person.id, { name: `Navn ${random()}`, core: random() < 0.5 });
      return;
    case 5: {
      const meeting = pick(board.meetings, random);
      ops.updateMeeting(doc, meeting.id, { durationMinutes: 30, subtheme: '' });
      return;
    }
    case 6: {
      const form = board.notes.find((other) => other.kind === 'form' && other.lane === note.lane);
      if (note.kind === 'participant' && form) ops.attachToForm(doc, note.id, form.id);
      return;
    }
    case 7:
      ops.addNote(doc, {
        kind: 'participant',
        lane: pick(lanes, random),
        x: 20,
        y: 20,
        person: person.id,
        contribution: 'bidrag',
        role: '',
        form: null,
      });
      return;
    default:
      ops.moveMeeting(doc, pick(lanes, random), Math.floor(random() * lanes.length));
  }
}

describe('createPlanProjector: the live plan, re-projecting only changed lanes', () => {
  it('gives exactly what projectPlan gives after every one of 300 random edits', () => {
    const random = seededRandom(7);
    const live = liveBoard(generatedBoard({ notes: 300, people: 40, meetings: 5, seed: 3 }));
    const project = createPlanProjector();
    for (let step = 0; step < 300; step++) {
      const board = live.read();
      expect(project(board)).toEqual(projectPlan(board));
      randomEdit(live.doc, board, random);
    }
  });

  it('keeps the plan meetings and checks of lanes a move does not touch', () => {
    const live = liveBoard(generatedBoard({ notes: 600, people: 50, meetings: 6 }));
    const project = createPlanProjector();
    const before = project(live.read());
    const moved = live.read().notes.find((note) => note.lane === 'm2');
    if (!moved) throw new Error('no note in m2');
    ops.moveNotes(live.doc, [{ id: moved.id, lane: 'm2', x: moved.x + 40, y: moved.y + 5 }]);
    const after = project(live.read());

    after.meetings.forEach((meeting, i) => {
      if (meeting.meetingId === 'm2') expect(meeting).not.toBe(before.meetings[i]);
      else expect(meeting).toBe(before.meetings[i]);
    });
    const untouched = (checks: typeof before.checks) =>
      checks.filter((check) => check.noteId !== undefined && check.meetingId !== 'm2');
    const kept = untouched(after.checks);
    expect(kept.length).toBeGreaterThan(0);
    kept.forEach((check, i) => expect(check).toBe(untouched(before.checks)[i]));
  });

  it('shows a form as without participants once its last one leaves, re-projecting that lane only', () => {
    const live = liveBoard(generatedBoard({ notes: 300, people: 30, meetings: 5, seed: 5 }));
    const project = createPlanProjector();
    const before = project(live.read());
    const lane = before.meetings.find((meeting) => meeting.rows.some((r) => r.formNoteId));
    const formNoteId = lane?.rows.find((r) => r.formNoteId)?.formNoteId;
    if (!lane || !formNoteId) throw new Error('no participant under a form');
    expect(lane.formsWithoutParticipants.map((f) => f.formNoteId)).not.toContain(formNoteId);
    for (const row of lane.rows.filter((r) => r.formNoteId === formNoteId)) {
      ops.attachToForm(live.doc, row.noteId, null);
    }
    const board = live.read();
    const after = project(board);
    expect(after).toEqual(projectPlan(board));
    after.meetings.forEach((meeting, i) => {
      if (meeting.meetingId !== lane.meetingId) expect(meeting).toBe(before.meetings[i]);
      else {
        expect(meeting.formsWithoutParticipants.map((f) => f.formNoteId)).toContain(formNoteId);
      }
    });
  });

  it('re-projects every lane when a person changes, since any lane may name them', () => {
    const live = liveBoard(generatedBoard({ notes: 120, people: 10, meetings: 4 }));
    const project = createPlanProjector();
    const before = project(live.read());
    ops.updatePerson(live.doc, 'p1', { name: 'Ny Person' });
    const after = project(live.read());
    after.meetings.forEach((meeting, i) => expect(meeting).not.toBe(before.meetings[i]));
    expect(
      after.meetings.flatMap((m) => m.rows).some((row) => row.participant.includes('Ny Person')),
    ).toBe(true);
  });
});
