import type { Board } from '../../shared/schema.ts';
import type { Check } from '../../shared/plan.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { PanelEntry, PresenceSource } from '../sync/presence.ts';
import type { BoardActions } from '../sync/actions.ts';
import type { MeetingDeletedNotice } from '../sync/meetingDeletions.ts';
import type { OpError } from '../../shared/ops/index.ts';
import type { Result } from '../../shared/result.ts';

/**
 * The contract between the board page and the canvas: plain data and
 * callbacks in, an imperative handle out. The canvas never touches Yjs or
 * the network (architecture guide, import rule 4).
 */
export interface BoardCanvasProps {
  /** Immutable snapshot; records that did not change keep their identity between snapshots. */
  readonly board: Board;
  readonly readOnly: boolean;
  readonly lang: Lang;
  /** The plan's checks, for warning badges on notes and lanes. */
  readonly checks: readonly Check[];
  readonly selection: readonly string[];
  readonly onSelectionChange: (ids: string[]) => void;
  readonly presence: PresenceSource;
  /** Every write goes through these (they wrap shared/ops with the local actor). */
  readonly actions: BoardActions;
  /** Called once with the handle, and with null on unmount. */
  readonly onReady?: (handle: CanvasHandle | null) => void;
  /** Meetings someone else deleted, to tell this user (the session's; returns its disposer). */
  readonly subscribeMeetingDeleted?: (
    listener: (notice: MeetingDeletedNotice) => void,
  ) => () => void;
}

/** Where a point of the screen falls on the board. */
export interface BoardHit {
  /** Board coordinates. */
  readonly x: number;
  readonly y: number;
  /** The meeting lane under the point, or null (parking area / empty board). */
  readonly lane: string | null;
  /** Position relative to that lane's content box (board coords when lane is null). */
  readonly laneX: number;
  readonly laneY: number;
  /** The note under the point, if any. */
  readonly noteId: string | null;
}

export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface ScreenRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CanvasHandle {
  /** Hit test a point given in client (viewport CSS pixel) coordinates. */
  hitTest(clientX: number, clientY: number): BoardHit | null;
  /** Drop from the participant pool: creates the participant note (on a form note → attached). */
  dropPerson(personId: string, clientX: number, clientY: number): void;
  /**
   * A row dragged from a side panel, at a client point over the board: the
   * others see the post-it it would become there (presence); null: it is not.
   */
  showEntryDrag(entry: PanelEntry, at: { readonly x: number; readonly y: number } | null): void;
  /** Drop from the form palette: creates a form note in the lane (or parked). */
  dropPaletteForm(paletteFormId: string, clientX: number, clientY: number): void;
  /**
   * From the participant pool's menu: the person's note in the first free place
   * of the meeting (null: the parking area), one undo step, selected and in
   * view. The new note's id, or why there is none.
   */
  placePerson(personId: string, meetingId: string | null): Result<string, OpError>;
  /** From the form palette's menu: as placePerson, a form note copied from the entry. */
  placePaletteForm(paletteFormId: string, meetingId: string | null): Result<string, OpError>;
  /** Scrolls/zooms so the note or lane is in view, and selects the note. */
  focus(target: { readonly kind: 'note' | 'lane'; readonly id: string }): void;
  fitBoard(): void;
  /** Tells a screen reader `text` through the board's polite live region. */
  announce(text: string): void;
  zoomBy(factor: number): void;
  /** The camera stays as it is when the canvas's size changes (the plan's divider moves). */
  keepView(): void;
  getCamera(): Camera;
  /** PNG of the whole board (all lanes, not just the viewport) at the given pixel ratio. */
  exportPng(pixelRatio: number): Promise<Blob>;
  /** For the test hook (issue 6). */
  noteScreenRect(id: string): ScreenRect | null;
  laneScreenRect(id: string): ScreenRect | null;
  /** The note's board position (top-left, board coordinates). */
  noteBoardPosition(id: string): { x: number; y: number } | null;
  renderedNoteCount(): number;
  /** The others' name tags (cursors, drags, open editors) as drawn now (for the test hook). */
  presenceTagRects(): { label: string; rect: ScreenRect }[];
  /** The selected notes' ids as the board shows them (for the test hook). */
  selection(): readonly string[];
}
