import {
  LANE_GAP,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  LANE_WIDTH,
  NOTE_GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  PARKING_WIDTH,
  PARKING_X,
  PARKING_Y,
  laneX,
  type Point,
  type Rect,
} from '../../shared/layout.ts';
import type { Board, FormNote, Meeting, Note } from '../../shared/schema.ts';
import { formAccents } from './colors.ts';

/**
 * Where everything stands on the board, derived from a snapshot: lanes in
 * board order, every note in absolute board coordinates, the shared lane
 * height. Pure; recomputed when the snapshot changes, read per pointer move.
 */

/** Lanes are at least this tall below the header, so an empty board reads as a table. */
export const MIN_CONTENT_HEIGHT = 4 * (NOTE_HEIGHT + NOTE_GAP) + LANE_PADDING;
/** A free row below the lowest note, so there is always room to drop. */
const SPARE_ROW = NOTE_HEIGHT + NOTE_GAP;

export interface LaneLayout {
  readonly id: string;
  readonly index: number;
  readonly meeting: Meeting;
  /** Board x of the lane's left edge. */
  readonly x: number;
  /** n among network meetings (1-based); null for final and extra meetings. */
  readonly number: number | null;
  /** Sum of the minutes of the lane's form notes. */
  readonly formsMinutes: number;
}

export interface PlacedNote {
  readonly note: Note;
  /** Absolute board coordinates of the top-left corner. */
  readonly x: number;
  readonly y: number;
  /** The lane the note stands in; null = parked (or its lane no longer exists). */
  readonly lane: string | null;
}

export interface BoardLayout {
  readonly lanes: readonly LaneLayout[];
  readonly laneById: ReadonlyMap<string, LaneLayout>;
  /** Paint order (later on top). */
  readonly notes: readonly PlacedNote[];
  readonly noteById: ReadonlyMap<string, PlacedNote>;
  /** Height of every lane's content box (the tallest lane's). */
  readonly contentHeight: number;
  /** Everything: parking area, headers, lanes. */
  readonly bounds: Rect;
  /** Each form note's accent colour, which its participants share (colors.ts). */
  readonly accents: ReadonlyMap<string, string>;
}

/** A column notes can stand in: a lane (by id) or the parking area (null). */
export type Column = string | null;

export function computeLayout(board: Board): BoardLayout {
  const lanes: LaneLayout[] = [];
  const laneById = new Map<string, LaneLayout>();
  const minutes = new Map<string, number>();
  for (const note of board.notes) {
    if (note.kind === 'form' && note.lane !== null && note.durationMinutes !== null) {
      minutes.set(note.lane, (minutes.get(note.lane) ?? 0) + note.durationMinutes);
    }
  }
  let networkNumber = 0;
  board.meetings.forEach((meeting, index) => {
    if (meeting.kind === 'network') networkNumber++;
    const lane: LaneLayout = {
      id: meeting.id,
      index,
      meeting,
      x: laneX(index),
      number: meeting.kind === 'network' ? networkNumber : null,
      formsMinutes: minutes.get(meeting.id) ?? 0,
    };
    lanes.push(lane);
    laneById.set(meeting.id, lane);
  });
  const notes: PlacedNote[] = [];
  const noteById = new Map<string, PlacedNote>();
  let bottom = 0;
  let minX = PARKING_X;
  let maxX = lanes.length > 0 ? laneX(lanes.length - 1) + LANE_WIDTH : 0;
  let minY = 0;
  for (const note of board.notes) {
    const lane = note.lane !== null ? laneById.get(note.lane) : undefined;
    const placed: PlacedNote = lane
      ? { note, lane: lane.id, x: lane.x + note.x, y: LANE_HEADER_HEIGHT + note.y }
      : { note, lane: null, x: note.x, y: note.y };
    bottom = Math.max(bottom, placed.y + NOTE_HEIGHT - LANE_HEADER_HEIGHT);
    // Parked notes may stand anywhere; the board's bounds include them.
    minX = Math.min(minX, placed.x);
    maxX = Math.max(maxX, placed.x + NOTE_WIDTH);
    minY = Math.min(minY, placed.y);
    notes.push(placed);
    noteById.set(note.id, placed);
  }
  const contentHeight = Math.max(MIN_CONTENT_HEIGHT, Math.ceil(bottom + LANE_PADDING + SPARE_ROW));
  return {
    lanes,
    laneById,
    notes,
    noteById,
    accents: formAccents(board.notes),
    contentHeight,
    bounds: {
      x: minX,
      y: minY,
      width: maxX - minX,
      height: LANE_HEADER_HEIGHT + contentHeight - minY,
    },
  };
}

/** Board origin of a column's content box: lane-relative / parking coordinates start here. */
export function columnOrigin(layout: BoardLayout, column: Column): Point {
  if (column === null) return { x: PARKING_X, y: PARKING_Y };
  const lane = layout.laneById.get(column);
  return { x: lane ? lane.x : PARKING_X, y: LANE_HEADER_HEIGHT };
}

/** A note's coordinates as stored (lane-relative, or board coordinates when parked). */
export function storedPosition(column: Column, columnRelative: Point): Point {
  if (column === null) return { x: columnRelative.x + PARKING_X, y: columnRelative.y + PARKING_Y };
  return columnRelative;
}

/** The nearest column to a board x: lanes and the parking area cover the whole width. */
export function columnAtX(layout: BoardLayout, x: number): Column {
  const parkingRight = PARKING_X + PARKING_WIDTH;
  if (layout.lanes.length === 0 || x < parkingRight + LANE_GAP) return null;
  const step = LANE_WIDTH + LANE_GAP;
  const index = Math.min(
    layout.lanes.length - 1,
    Math.max(0, Math.floor((x + LANE_GAP / 2) / step)),
  );
  return layout.lanes[index]?.id ?? null;
}

/** Rectangles of a column's notes in column-relative coordinates (for `settle`). */
export function columnObstacles(
  layout: BoardLayout,
  column: Column,
  except: ReadonlySet<string> = new Set(),
): Rect[] {
  const origin = columnOrigin(layout, column);
  const rects: Rect[] = [];
  for (const placed of layout.notes) {
    if (placed.lane !== column || except.has(placed.note.id)) continue;
    rects.push({
      x: placed.x - origin.x,
      y: placed.y - origin.y,
      width: NOTE_WIDTH,
      height: NOTE_HEIGHT,
    });
  }
  return rects;
}

export function laneRect(layout: BoardLayout, lane: LaneLayout): Rect {
  return { x: lane.x, y: 0, width: LANE_WIDTH, height: LANE_HEADER_HEIGHT + layout.contentHeight };
}

export function parkingRect(layout: BoardLayout): Rect {
  return { x: PARKING_X, y: 0, width: PARKING_WIDTH, height: PARKING_Y + layout.contentHeight };
}

export function noteBoardRect(placed: PlacedNote): Rect {
  return { x: placed.x, y: placed.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
}

/** Header buttons, relative to the lane's top-left corner; big enough for touch. */
export const HEADER_BUTTONS = ['addCore', 'delete'] as const;
export type HeaderButton = (typeof HEADER_BUTTONS)[number];
export const HEADER_BUTTON_SIZE = 36;
/** "+ Kerne" says what it does in words (a touch screen shows no tooltip); × needs no words. */
const HEADER_BUTTON_WIDTHS: Readonly<Record<HeaderButton, number>> = { addCore: 68, delete: 36 };
export const HEADER_BUTTON_GAP = 8;

export function headerButtonRect(button: HeaderButton): Rect {
  // Right-aligned in the header, in HEADER_BUTTONS order.
  let right = LANE_WIDTH - 10;
  for (let i = HEADER_BUTTONS.length - 1; i >= 0; i--) {
    const current = HEADER_BUTTONS[i];
    if (current === undefined) continue;
    const width = HEADER_BUTTON_WIDTHS[current];
    if (current === button) {
      return { x: right - width, y: 10, width, height: HEADER_BUTTON_SIZE };
    }
    right -= width + HEADER_BUTTON_GAP;
  }
  throw new Error(`unknown header button ${String(button)}`);
}

/** The participants attached to a form (drawn stacked under it; they move with it). */
export function attachedParticipants(layout: BoardLayout, formId: string): string[] {
  const ids: string[] = [];
  for (const placed of layout.notes) {
    const note = placed.note;
    if (note.kind === 'participant' && note.form === formId) ids.push(note.id);
  }
  return ids;
}

/**
 * The notes with the participants stacked under each form among them: what a
 * drag moves, and what Alt+drag and Ctrl/Cmd+D copy (a copied form keeps its
 * stack, its participants attached to the copy).
 */
export function withStacks(layout: BoardLayout, ids: readonly string[]): string[] {
  const all = new Set(ids.filter((id) => layout.noteById.has(id)));
  for (const id of [...all]) {
    if (layout.noteById.get(id)?.note.kind === 'form') {
      for (const p of attachedParticipants(layout, id)) all.add(p);
    }
  }
  return [...all];
}

/** The form a participant post-it is attached to, if it stands on the board. */
export function formOf(layout: BoardLayout, placed: PlacedNote): FormNote | undefined {
  if (placed.note.kind !== 'participant' || placed.note.form === null) return undefined;
  const form = layout.noteById.get(placed.note.form)?.note;
  return form?.kind === 'form' ? form : undefined;
}
