import { afterEach, describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/doc-read.ts';
import { CELL_H, CELL_W } from '../../shared/layout.ts';
import { Harness, sleep, waitFor } from './helpers.ts';
import { same, twoClients, type Client } from './overlap-clients.ts';

/**
 * A form's stack while two users act on it at the same moment, through a
 * real server: one drags the form (its participants move along) while the
 * other attaches a participant to it.
 */

const harness = new Harness();
afterEach(() => harness.cleanup());

const FORM = 'ffffffff';
const STACKED = 'pppppppa';
const JOINING = 'pppppppb';

/** A form at 12, 12 with one participant under it, and a parked participant: on both clients. */
async function formWithStack(movable?: ((id: string) => boolean) | 'presence') {
  const clients = await twoClients(harness, movable);
  const { a, b, lane } = clients;
  expect(a.actions.addPerson({ id: 'personaa', name: 'Jens' }).ok).toBe(true);
  const notes = [
    { id: FORM, kind: 'form', lane, x: 12, y: 12, name: 'Oplæg' },
    {
      id: STACKED,
      kind: 'participant',
      lane,
      x: 12,
      y: 12 + CELL_H,
      person: 'personaa',
      form: FORM,
    },
    { id: JOINING, kind: 'participant', lane: null, x: -500, y: 150, person: 'personaa' },
  ] as const;
  for (const note of notes) expect(a.actions.addNote(note).ok).toBe(true);
  await waitFor(() => same(a, b), 'the notes on b');
  return clients;
}

/** The form's participants stand under it, one grid row apart, on `c`. */
const stackedUnderForm = (c: Client) => {
  const form = c.note(FORM);
  const under = (id: string, row: number) => {
    const note = c.note(id);
    return (
      note.kind === 'participant' &&
      note.form === FORM &&
      note.lane === form.lane &&
      note.x === form.x &&
      note.y === form.y + row * CELL_H
    );
  };
  return under(STACKED, 1) && under(JOINING, 2);
};

/** B's drag of the form with its stack to the lane's second column. */
const dragForm = (b: Client, lane: string, y = 12) =>
  b.actions.dropNotes([
    { id: FORM, lane, x: 12 + CELL_W, y },
    { id: STACKED, lane, x: 12 + CELL_W, y: y + CELL_H },
  ]);

describe('a participant attached while another user drags the form away', () => {
  it("joins the form's stack where the form went, moved by the attaching client only", async () => {
    const { a, b, lane } = await formWithStack();
    // One tick: neither client has the other's write when it makes its own.
    expect(a.actions.attachToForm(JOINING, FORM).ok).toBe(true);
    expect(dragForm(b, lane).ok).toBe(true);
    expect(a.note(JOINING)).toMatchObject({ lane, x: 12, y: 12 + 2 * CELL_H, form: FORM });
    expect(b.note(FORM)).toMatchObject({ lane, x: 12 + CELL_W, y: 12 });
    await waitFor(
      () => stackedUnderForm(a) && stackedUnderForm(b) && same(a, b),
      "the participant in the form's stack on both clients",
    );
    expect(a.note(FORM)).toMatchObject({ lane, x: 12 + CELL_W, y: 12 });
    expect(a.repairs).toEqual([[JOINING]]);
    expect(b.repairs).toEqual([]);
    expect(readBoard(a.doc)).toEqual(readBoard(b.doc));
    // Quiet afterwards: nothing chases the repair.
    await sleep(200);
    expect(a.repairs.length + b.repairs.length).toBe(1);
  });

  it('undo takes back the attachment and its repair in one step; redo brings both', async () => {
    const { a, b, lane } = await formWithStack();
    a.actions.attachToForm(JOINING, FORM);
    dragForm(b, lane);
    await waitFor(() => stackedUnderForm(a) && same(a, b), 'the repair on both clients');
    const steps = a.undo.undoStack.length;
    a.undo.undo();
    expect(a.undo.undoStack.length).toBe(steps - 1);
    expect(a.note(JOINING)).toMatchObject({ lane: null, x: -500, y: 150, form: null });
    expect(a.note(FORM)).toMatchObject({ lane, x: 12 + CELL_W, y: 12 });
    a.undo.redo();
    expect(stackedUnderForm(a)).toBe(true);
    await waitFor(() => same(a, b), 'the redo on b');
    expect(stackedUnderForm(b)).toBe(true);
    expect(a.repairs.length).toBe(1);
  });

  it('waits while someone holds the form, and repairs when it is let go', async () => {
    const held = new Set([FORM]);
    const { a, b, lane } = await formWithStack((id) => !held.has(id));
    a.actions.attachToForm(JOINING, FORM);
    dragForm(b, lane);
    await waitFor(() => same(a, b), 'both writes on both clients');
    await sleep(200);
    expect(a.repairs.length + b.repairs.length).toBe(0);
    expect(a.note(JOINING)).toMatchObject({ x: 12, y: 12 + 2 * CELL_H });
    // B lets go of the form a row lower: the drop reaches A, which repairs now.
    held.delete(FORM);
    expect(dragForm(b, lane, 12 + CELL_H).ok).toBe(true);
    await waitFor(
      () => stackedUnderForm(a) && stackedUnderForm(b) && same(a, b),
      "the participant in the form's stack on both clients",
    );
    expect(a.note(FORM)).toMatchObject({ x: 12 + CELL_W, y: 12 + CELL_H });
    expect(a.repairs).toEqual([[JOINING]]);
    expect(b.repairs).toEqual([]);
  });

  it('repairs when the form is let go without a write, as soon as the holder’s presence says so', async () => {
    const { a, b, lane } = await formWithStack('presence');
    // B's drag, as the canvas announces it: the form with its stack.
    b.presence.setLocal({ dragging: { ids: [FORM, STACKED], dx: CELL_W, dy: 0 } });
    await waitFor(() => a.presence.isHeld(FORM), 'A sees B hold the form');
    a.actions.attachToForm(JOINING, FORM);
    dragForm(b, lane);
    await waitFor(() => same(a, b), 'both writes on both clients');
    // The drop's write is on its way before the presence that ends the drag
    // (sent at most every 40 ms, and coalesced by the server): A looks while B
    // still holds the form, and waits.
    await sleep(200);
    expect(a.repairs.length + b.repairs.length).toBe(0);
    // B lets go: presence only, no document change comes after the drop.
    b.presence.setLocal({ dragging: null });
    await waitFor(
      () => stackedUnderForm(a) && stackedUnderForm(b) && same(a, b),
      "the participant in the form's stack on both clients",
      2_000,
    );
    expect(a.repairs).toEqual([[JOINING]]);
    expect(b.repairs).toEqual([]);
  });

  it('is left alone while its own user drags it', async () => {
    const { a, b, lane } = await formWithStack((id) => id !== JOINING);
    a.actions.attachToForm(JOINING, FORM);
    dragForm(b, lane);
    await waitFor(() => same(a, b), 'both writes on both clients');
    await sleep(200);
    expect(a.repairs.length + b.repairs.length).toBe(0);
    expect(b.note(JOINING)).toMatchObject({ x: 12, y: 12 + 2 * CELL_H, form: FORM });
  });
});

describe('a participant attached while another user holds a post-it in the way', () => {
  it('leaves that post-it where it is; what else is in the way goes down past it', async () => {
    const { a, b, lane } = await formWithStack('presence');
    const [FREE, HELD] = ['iiiiiiia', 'iiiiiiib'];
    for (const [id, row] of [
      [FREE, 2],
      [HELD, 3],
    ] as const) {
      expect(a.actions.addNote({ id, kind: 'idea', lane, x: 12, y: 12 + row * CELL_H }).ok).toBe(
        true,
      );
    }
    await waitFor(() => same(a, b), 'the notes on b');
    b.presence.setLocal({ editing: HELD });
    await waitFor(() => a.presence.isHeld(HELD), 'A sees B edit the post-it');
    expect(a.actions.attachToForm(JOINING, FORM).ok).toBe(true);
    await waitFor(() => same(a, b), 'the attachment on b');
    for (const c of [a, b]) {
      expect(stackedUnderForm(c)).toBe(true);
      expect(c.note(HELD)).toMatchObject({ x: 12, y: 12 + 3 * CELL_H });
      expect(c.note(FREE)).toMatchObject({ x: 12, y: 12 + 4 * CELL_H });
    }
  });
});

describe('a participant attached while another user moves the form into another meeting', () => {
  it('stays in its meeting without a form, the same on both clients, and nothing repairs', async () => {
    const { a, b, lane } = await formWithStack();
    const next = a.actions.addMeeting({ kind: 'network' });
    if (!next.ok) throw new Error('no meeting');
    await waitFor(() => same(a, b), 'the meeting on b');
    // As Alt+→ does: the form with its stack into the next meeting, settled as a drop.
    a.actions.attachToForm(JOINING, FORM);
    expect(
      b.actions.dropNotes([
        { id: FORM, lane: next.value, x: 12, y: 12 },
        { id: STACKED, lane: next.value, x: 12, y: 12 + CELL_H },
      ]).ok,
    ).toBe(true);
    await waitFor(() => same(a, b), 'both writes on both clients');
    await sleep(200);
    for (const c of [a, b]) {
      expect(c.note(FORM)).toMatchObject({ lane: next.value, x: 12, y: 12 });
      expect(c.note(STACKED)).toMatchObject({ lane: next.value, y: 12 + CELL_H, form: FORM });
      // readBoard: a participant whose form stands in another meeting has no form.
      expect(c.note(JOINING)).toMatchObject({ lane, x: 12, y: 12 + 2 * CELL_H, form: null });
    }
    expect(a.repairs.length + b.repairs.length).toBe(0);
    expect(readBoard(a.doc)).toEqual(readBoard(b.doc));
  });
});
