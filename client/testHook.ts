import type { Board } from '../shared/schema.ts';
import type { CanvasHandle, ScreenRect } from './canvas/types.ts';

/**
 * The documented test hook (issue 6): where things are on screen, so browser
 * tests and benchmarks aim real pointer events. Read-only, no back doors:
 * nothing here changes the board.
 */
export interface TestHook {
  readonly ready: boolean;
  readonly boardId: string;
  noteIds(): string[];
  noteRect(id: string): ScreenRect | null;
  /**
   * The lane's header and content box, as the layout has them on every screen;
   * drawn, the lane runs on down past the view's bottom (canvas/laneHeight.ts).
   */
  laneRect(meetingId: string): ScreenRect | null;
  /** Null when the row is not rendered: a long pool renders only the rows near its view. */
  poolEntryRect(personId: string): ScreenRect | null;
  paletteEntryRect(paletteFormId: string): ScreenRect | null;
  notePosition(id: string): { lane: string | null; x: number; y: number } | null;
  camera(): { x: number; y: number; zoom: number };
  renderedNotes(): number;
  /** The selected notes' ids (keyboard tests: which post-it the arrow keys reached). */
  selection(): string[];
  /** The others' name tags on the canvas (cursors, drags, open editors): whole name and screen rectangle. */
  presenceTags(): { label: string; rect: ScreenRect }[];
}

declare global {
  interface Window {
    __netvaerkstavle?: TestHook;
  }
}

function elementRect(testId: string): ScreenRect | null {
  const element = document.querySelector(`[data-testid="${CSS.escape(testId)}"]`);
  if (!element) return null;
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
}

export function installTestHook(
  boardId: string,
  canvas: CanvasHandle,
  getBoard: () => Board,
): () => void {
  const hook: TestHook = {
    ready: true,
    boardId,
    noteIds: () => getBoard().notes.map((note) => note.id),
    noteRect: (id) => canvas.noteScreenRect(id),
    laneRect: (id) => canvas.laneScreenRect(id),
    poolEntryRect: (id) => elementRect(`pool-entry-${id}`),
    paletteEntryRect: (id) => elementRect(`palette-entry-${id}`),
    notePosition: (id) => {
      const note = getBoard().notes.find((candidate) => candidate.id === id);
      return note ? { lane: note.lane, x: note.x, y: note.y } : null;
    },
    camera: () => canvas.getCamera(),
    renderedNotes: () => canvas.renderedNoteCount(),
    selection: () => [...canvas.selection()],
    presenceTags: () => canvas.presenceTagRects(),
  };
  window.__netvaerkstavle = hook;
  return () => {
    if (window.__netvaerkstavle === hook) delete window.__netvaerkstavle;
  };
}
