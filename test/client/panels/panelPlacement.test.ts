// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { computeLayout } from '../../../client/canvas/boardGeometry.ts';
import { CanvasController } from '../../../client/canvas/controller.ts';
import type { BoardCanvasProps } from '../../../client/canvas/types.ts';
import { visibleBoardRect } from '../../../client/canvas/viewport.ts';
import { createBoardActions } from '../../../client/sync/actions.ts';
import type { PresenceSource } from '../../../client/sync/presence.ts';
import { createBoardDoc, rootTypes } from '../../../shared/doc.ts';
import { readBoard } from '../../../shared/doc-read.ts';
import {
  LANE_HEADER_HEIGHT,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  PARKING_X,
  PARKING_Y,
} from '../../../shared/layout.ts';
import { BoardEdit } from '../../../shared/ops/index.ts';
import type { Board } from '../../../shared/schema.ts';
import { paperExampleBoard } from '../../helpers/boards.ts';

/**
 * The canvas side of "Sæt på møde" (panelPlacement.ts): a real controller on
 * a real document, re-rendered by hand as the board page does after a write.
 */

let doc: Y.Doc;
let controller: CanvasController;
let undo: Y.UndoManager;
const onSelectionChange = vi.fn();

const presence: PresenceSource = {
  getRemote: () => [],
  subscribe: () => () => {},
  setLocal: () => {},
  getLocalColor: () => '#000',
};

function props(board: Board, readOnly = false): BoardCanvasProps {
  return {
    board,
    readOnly,
    lang: 'da',
    checks: [],
    selection: [],
    onSelectionChange,
    presence,
    actions: createBoardActions(doc, 'tester'),
  };
}

/** What the board page does on every update: the controller gets the new snapshot. */
function rerender(readOnly = false) {
  const board = readBoard(doc);
  controller.update(props(board, readOnly), computeLayout(board), new Map());
}

const note = (id: string) => readBoard(doc).notes.find((n) => n.id === id);

beforeEach(() => {
  onSelectionChange.mockClear();
  doc = createBoardDoc(paperExampleBoard());
  undo = new Y.UndoManager(rootTypes(doc), {
    trackedOrigins: new Set([BoardEdit]),
    captureTimeout: 0,
  });
  controller = new CanvasController(props(readBoard(doc)), {
    setView: () => {},
    setDrag: () => {},
    setEditing: () => {},
  });
  controller.size = { width: 800, height: 600 };
});

describe('placing from a panel menu', () => {
  it("puts the person in the meeting's first free place in reading order, as one undo step", () => {
    const result = controller.handle().placePerson('soeren', 'm1');
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value : '';
    // Meeting 1's left column is taken (the workshop and its stack): the top of the right one.
    expect(note(id)).toMatchObject({ kind: 'participant', person: 'soeren', lane: 'm1' });
    expect(note(id)).toMatchObject({ x: 204, y: 12 });
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(note(id)).toBeUndefined();
  });

  it('places the next one beside the first once the board has re-rendered', () => {
    const first = controller.handle().placePerson('soeren', 'm2');
    rerender();
    const second = controller.handle().placePerson('helle', 'm2');
    const [a, b] = [first, second].map((r) => note(r.ok ? r.value : ''));
    expect(a).toMatchObject({ lane: 'm2', x: 12, y: 12 });
    expect(b).toMatchObject({ lane: 'm2', x: 204, y: 12 });
  });

  it('parks the note (meeting null) in the parking area, clear of what is parked there', () => {
    const result = controller.handle().placePerson('soeren', null);
    // The idea parked at (-500, 200) covers the parking area's first place.
    expect(note(result.ok ? result.value : '')).toMatchObject({
      lane: null,
      x: 204 + PARKING_X,
      y: 12 + PARKING_Y,
    });
  });

  it('selects the new note and brings it into view', () => {
    controller.setCamera({ x: 5000, y: 5000, zoom: 0.5 });
    const result = controller.handle().placePerson('soeren', 'm2');
    const id = result.ok ? result.value : '';
    expect(onSelectionChange).toHaveBeenLastCalledWith([id]);
    const lane = computeLayout(readBoard(doc)).laneById.get('m2');
    const rect = { x: (lane?.x ?? 0) + 12, y: LANE_HEADER_HEIGHT + 12 };
    const view = visibleBoardRect(controller.camera, controller.size);
    expect(rect.x).toBeGreaterThanOrEqual(view.x);
    expect(rect.y).toBeGreaterThanOrEqual(view.y);
    expect(rect.x + NOTE_WIDTH).toBeLessThanOrEqual(view.x + view.width);
    expect(rect.y + NOTE_HEIGHT).toBeLessThanOrEqual(view.y + view.height);
    // Readable, as focusing a note from the plan makes it.
    expect(controller.camera.zoom).toBe(0.8);
  });

  it('leaves the camera where it is when the new note already shows', () => {
    controller.setCamera({ x: 200, y: 0, zoom: 1 });
    controller.handle().placePerson('soeren', 'm1');
    expect(controller.camera).toEqual({ x: 200, y: 0, zoom: 1 });
  });

  it("makes a palette entry a form note with the entry's name, minutes and description", () => {
    const result = controller.handle().placePaletteForm('p1', 'm2');
    expect(note(result.ok ? result.value : '')).toMatchObject({
      kind: 'form',
      name: 'Oplæg',
      durationMinutes: 30,
      description: '',
      lane: 'm2',
      x: 12,
      y: 12,
    });
    expect(undo.undoStack).toHaveLength(1);
  });

  it('a person dropped from the pool onto a form joins its stack and pushes the note below down, as one undo step', () => {
    // The workshop in meeting 1 has Jens, Helle and Søren stacked under it; a loose idea below them.
    const loose = controller.props.actions.addNote({ kind: 'idea', lane: 'm1', x: 12, y: 500 });
    rerender();
    undo.clear();
    controller.container = document.createElement('div');
    controller.setCamera({ x: 0, y: 0, zoom: 1 });
    // The camera at the board's origin: client points are board points. The workshop's middle:
    controller.handle().dropPerson('soeren', 12 + NOTE_WIDTH / 2, LANE_HEADER_HEIGHT + 12 + 40);
    const [created] = onSelectionChange.mock.lastCall?.[0] as string[];
    expect(note(created ?? '')).toMatchObject({ person: 'soeren', form: 'f1', lane: 'm1' });
    expect(note(created ?? '')).toMatchObject({ x: 12, y: 500 });
    expect(note(loose.ok ? loose.value : '')).toMatchObject({ x: 12, y: 622 });
    expect(undo.undoStack).toHaveLength(1);
  });

  it('a drop onto a form whose stack ends out of sight moves the board just enough to show the new note', () => {
    controller.container = document.createElement('div');
    // The workshop at the top of a 400 px high view; its stack's end (y 500) lies below it.
    controller.size = { width: 800, height: 400 };
    controller.setCamera({ x: 0, y: 0, zoom: 1 });
    controller.handle().dropPerson('soeren', 12 + NOTE_WIDTH / 2, LANE_HEADER_HEIGHT + 12 + 40);
    const [created] = onSelectionChange.mock.lastCall?.[0] as string[];
    const lane = computeLayout(readBoard(doc)).laneById.get('m1');
    const placed = computeLayout(readBoard(doc)).noteById.get(created ?? '');
    expect(placed).toMatchObject({ x: (lane?.x ?? 0) + 12, y: LANE_HEADER_HEIGHT + 500 });
    const view = visibleBoardRect(controller.camera, controller.size);
    expect(placed?.y ?? 0).toBeGreaterThanOrEqual(view.y);
    expect((placed?.y ?? 0) + NOTE_HEIGHT).toBeLessThanOrEqual(view.y + view.height - 24);
    // Just enough: the note's bottom 24 px above the view's, the zoom and the x kept.
    expect(controller.camera).toEqual({
      x: 0,
      y: 400 - 24 - (LANE_HEADER_HEIGHT + 500 + NOTE_HEIGHT),
      zoom: 1,
    });
  });

  it('a participant dragged onto a form whose stack ends out of sight is shown where it went', () => {
    const loose = controller.props.actions.addNote({
      kind: 'participant',
      person: 'soeren',
      lane: 'm2',
      x: 12,
      y: 12,
    });
    rerender();
    const id = loose.ok ? loose.value : '';
    controller.size = { width: 800, height: 400 };
    controller.setCamera({ x: 0, y: 0, zoom: 1 });
    const from = computeLayout(readBoard(doc)).noteById.get(id);
    const form = computeLayout(readBoard(doc)).noteById.get('f1');
    const [dx, dy] = [(form?.x ?? 0) - (from?.x ?? 0), (form?.y ?? 0) - (from?.y ?? 0)];
    controller.dropNotes([id], dx, dy, { x: (form?.x ?? 0) + 40, y: (form?.y ?? 0) + 40 }, false);
    expect(note(id)).toMatchObject({ lane: 'm1', form: 'f1', x: 12, y: 500 });
    const view = visibleBoardRect(controller.camera, controller.size);
    expect(LANE_HEADER_HEIGHT + 500 + NOTE_HEIGHT).toBeLessThanOrEqual(view.y + view.height);
    expect(controller.camera.zoom).toBe(1);
  });

  it('writes nothing for a meeting deleted meanwhile, a gone entry, or a read-only board', () => {
    const before = readBoard(doc).notes.length;
    expect(controller.handle().placePerson('soeren', 'gone')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(controller.handle().placePaletteForm('gone', 'm1')).toMatchObject({ ok: false });
    rerender(true);
    expect(controller.handle().placePerson('soeren', 'm1').ok).toBe(false);
    expect(readBoard(doc).notes).toHaveLength(before);
    expect(onSelectionChange).not.toHaveBeenCalled();
  });
});
