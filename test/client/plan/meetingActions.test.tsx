// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUndoHistory } from '../../../client/sync/undoHistory.ts';
import { paperExampleBoard } from '../../helpers/boards.ts';
import { answerConfirm } from '../confirmAnswer.ts';
import {
  byTestId,
  click,
  liveBoard,
  showLivePlan,
  waitForDom,
  type LiveBoard,
  type Mounted,
} from './harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.unstubAllGlobals();
});

/** The plan with every meeting's actions open (they load on the first press of "Handlinger"). */
async function show(live: LiveBoard, options: Parameters<typeof showLivePlan>[1] = {}) {
  const shown = showLivePlan(live, options);
  mounted = shown.mounted;
  const toggles = shown.container.querySelectorAll('[data-testid="plan-meeting-actions"]');
  for (const toggle of toggles) click(toggle);
  const opened = () => shown.container.querySelectorAll('[data-testid="plan-meeting-delete"]');
  if (toggles.length > 0) await waitForDom(() => opened().length === toggles.length);
  return shown;
}

const meetingIds = (live: LiveBoard) => live.board().meetings.map((m) => m.id);
const button = (container: HTMLElement, meeting: string, action: string) =>
  byTestId<HTMLButtonElement>(
    byTestId(container, `plan-meeting-${meeting}`),
    `plan-meeting-${action}`,
  );

describe("a meeting's actions in the plan (the canvas header's, by keyboard)", () => {
  it('moves a meeting one place earlier or later, never past the final meeting, and keeps the focus on it', async () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = await show(live);
    expect(button(container, 'm1', 'earlier').disabled).toBe(true);
    expect(button(container, 'm2', 'later').disabled).toBe(true);
    expect(button(container, 'final', 'earlier').disabled).toBe(true);
    expect(button(container, 'final', 'later').disabled).toBe(true);

    button(container, 'm1', 'later').focus();
    click(button(container, 'm1', 'later'));
    expect(meetingIds(live)).toEqual(['m2', 'm1', 'final']);
    expect(live.ops).toEqual(['moveMeeting']);
    // Now next to the final meeting, its "later" is disabled: the focus goes to "earlier".
    expect(document.activeElement).toBe(button(container, 'm1', 'earlier'));

    click(button(container, 'm1', 'earlier'));
    expect(meetingIds(live)).toEqual(['m1', 'm2', 'final']);
    expect(document.activeElement).toBe(button(container, 'm1', 'later'));
  });

  it('adds the core participants as + Kerne does, one undo step, and says how many', async () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = await show(live);
    const before = live.board().notes.length;
    click(button(container, 'm2', 'add-core'));
    expect(live.ops).toEqual(['addCoreParticipants']);
    expect(live.board().notes.length).toBe(before + 1);
    expect(
      byTestId(byTestId(container, 'plan-meeting-m2'), 'plan-meeting-status').textContent,
    ).toBe('Kernedeltagere sat ind: 1');
  });

  it('disables + Kerne, saying why, where every core participant is in; after it added the last, the focus goes back to Handlinger', async () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = await show(live, { lang: 'en' });
    const addCore = button(container, 'm2', 'add-core');
    expect(addCore.disabled).toBe(false);
    expect(addCore.title).toBe('');
    addCore.focus();
    click(addCore);
    await waitForDom(() => addCore.disabled);
    expect(addCore.title).toBe('All core participants are in');
    expect(document.activeElement).toBe(button(container, 'm2', 'actions'));
    // Netværksmøde 1 of the example has them all from the start.
    expect(button(container, 'm1', 'add-core').disabled).toBe(true);
  });

  it('deletes a meeting after the confirm, undoably, and the focus goes to the next meeting', async () => {
    const live = liveBoard(paperExampleBoard());
    const undo = createUndoHistory(live.doc);
    const { container } = await show(live);
    button(container, 'm1', 'delete').focus();
    click(button(container, 'm1', 'delete'));
    expect(await answerConfirm('cancel')).toContain('Netværksmøde 1: Hvad ved vi?');
    expect(meetingIds(live)).toEqual(['m1', 'm2', 'final']);
    // Cancelled, the focus is back on the delete button.
    expect(document.activeElement).toBe(button(container, 'm1', 'delete'));

    click(button(container, 'm1', 'delete'));
    await answerConfirm('delete');
    expect(meetingIds(live)).toEqual(['m2', 'final']);
    expect(live.ops).toEqual(['deleteMeeting']);
    expect(document.activeElement).toBe(byTestId(container, 'plan-meeting-m2'));
    act(() => undo.undo());
    expect(meetingIds(live)).toEqual(['m1', 'm2', 'final']);
  });

  it('is not there on a read-only board', async () => {
    const { container } = await show(liveBoard(paperExampleBoard()), { readOnly: true });
    expect(container.querySelector('[data-testid="plan-meeting-actions"]')).toBeNull();
  });
});
