import { flushNextFrameNow } from '../app/nextFrame.ts';
import { whenRendered } from './afterRender.ts';
import { BOARD_ENTER_ATTRIBUTE } from '../board/undoKeys.ts';
import { noteBoardRect, type PlacedNote } from './boardGeometry.ts';
import {
  firstInReadingOrder,
  nearestInDirection,
  planColumnStep,
  selectionAnnouncement,
  type Arrow,
} from './boardNavigation.ts';
import type { CanvasController } from './controller.ts';
import { EDITING_COMMANDS, commandForKey, isTextField, type CanvasCommand } from './keyboard.ts';
import { newNoteByKey, reveal } from './panelPlacement.ts';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { translate, type Localized } from '../../shared/i18n/translate.ts';
import { assertNever } from '../../shared/result.ts';

function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** Puts `text` into a polite live region, so that a screen reader says it. */
export function announceIn(region: HTMLElement | null, text: string): void {
  // The same words again would not be read out again: make them differ.
  if (region) region.textContent = region.textContent === text ? `${text}\u00a0` : text;
}

/**
 * What a screen reader is told of post-its the keyboard selected, or, with
 * `done`, of what it did to them ("Slettet: Jens J., ØS — Netværksmøde 2").
 */
export function told(
  controller: CanvasController,
  ids: readonly string[],
  done?: Localized,
): string {
  const { layout, people, props } = controller;
  const what = selectionAnnouncement(layout, people, ids, props.lang);
  return done ? translate(done, props.lang, { what }) : what;
}

/** Tells a screen reader (the board's polite live region) `told(…)`. */
function announce(controller: CanvasController, ids: readonly string[], done?: Localized): void {
  announceIn(controller.liveRegion, told(controller, ids, done));
}

/** The post-it arrow keys go from: the last one selected (Shift+click adds at the end). */
function lastSelected({ props, layout }: CanvasController): PlacedNote | undefined {
  return layout.noteById.get(props.selection.findLast((id) => layout.noteById.has(id)) ?? '');
}

/** Where the arrows last went, per board: they go on from there if that post-it is gone. */
const lastVisited = new WeakMap<CanvasController, { x: number; y: number }>();

/**
 * An arrow key: the nearest post-it that way, in view; from the selected one,
 * else from where the arrows last were (someone may have deleted it), else
 * the first post-it.
 */
function navigate(controller: CanvasController, arrow: Arrow): void {
  const from = lastSelected(controller) ?? lastVisited.get(controller);
  const { layout } = controller;
  const next = from ? nearestInDirection(layout.notes, from, arrow) : firstInReadingOrder(layout);
  if (!next) return;
  lastVisited.set(controller, { x: next.x, y: next.y });
  controller.select([next.note.id]);
  reveal(controller, noteBoardRect(next));
  announce(controller, [next.note.id]);
}

/**
 * Alt+Left/Right: the selection into the previous/next column, settled as a
 * drop settles (one `dropNotes`, one undo step); once the board shows where
 * the notes went, the last one is brought into view and told.
 */
function moveColumn(controller: CanvasController, key: string): void {
  const { selection, actions } = controller.props;
  const moves = planColumnStep(controller.layout, selection, key === 'ArrowLeft' ? -1 : 1);
  if (!moves || !actions.dropNotes(moves).ok) return;
  whenRendered(controller, () => {
    const placed = lastSelected(controller);
    if (placed) reveal(controller, noteBoardRect(placed));
    announce(controller, selection);
  });
}

/**
 * Where the focus goes when the post-its `gone` are deleted from a plan row's
 * button (`focused`): as in a list, the next row's, else the previous row's,
 * else the plan itself, not the page's body; null when that row stays.
 */
function focusAfterDelete(focused: Element | null, gone: readonly string[]): HTMLElement | null {
  const note = focused?.getAttribute(BOARD_ENTER_ATTRIBUTE);
  if (!focused || !note || !gone.includes(note)) return null;
  const rows = [...document.querySelectorAll<HTMLElement>(`[${BOARD_ENTER_ATTRIBUTE}]`)];
  const at = rows.indexOf(focused as HTMLElement);
  const rest = rows.filter((row) => !gone.includes(row.getAttribute(BOARD_ENTER_ATTRIBUTE)!));
  // The first row after it that stays; else the last one before it; else the plan.
  return (
    rest.find((row) => rows.indexOf(row) > at) ??
    rest[rest.length - 1] ??
    focused.closest<HTMLElement>('[role="tabpanel"]')
  );
}

function run(controller: CanvasController, command: CanvasCommand, key: string): void {
  switch (command) {
    case 'delete': {
      const { selection } = controller.props;
      const next = focusAfterDelete(document.activeElement, selection);
      // Worded while the layout still has them.
      const text = told(controller, selection, S.deleted);
      if (controller.deleteSelection()) announceIn(controller.liveRegion, text);
      return next?.focus();
    }
    case 'duplicate': {
      const copies = controller.duplicateSelection();
      // The copies are in the layout once the board shows them.
      if (copies) whenRendered(controller, () => announce(controller, copies, S.duplicated));
      return;
    }
    case 'selectAll':
      return controller.select(controller.layout.notes.map((p) => p.note.id));
    case 'clearSelection':
      return controller.select([]);
    case 'edit': {
      const [only, ...rest] = controller.props.selection;
      if (only && rest.length === 0 && controller.layout.noteById.has(only)) {
        controller.openEditor({ kind: 'note', id: only });
      }
      return;
    }
    case 'zoomIn':
      return controller.zoomBy(1.25);
    case 'zoomOut':
      return controller.zoomBy(0.8);
    case 'fitBoard':
      return controller.fitBoard();
    case 'navigate':
      // commandForKey gives 'navigate' for the four arrow keys only.
      return navigate(controller, key as Arrow);
    case 'moveColumn':
      return moveColumn(controller, key);
    case 'newNote':
      return newNoteByKey(controller);
    default:
      return assertNever(command);
  }
}

const CONTROLS =
  'button, a[href], summary, input[type="checkbox"], input[type="radio"], [role="button"], [role="menuitem"], [role="tab"]';

function pressesControl(target: EventTarget | null, selection: readonly string[]): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest(CONTROLS);
  if (control === null) return false;
  const note = control.getAttribute(BOARD_ENTER_ATTRIBUTE);
  return !(note !== null && selection.length === 1 && selection[0] === note);
}

function isBoardTarget(controller: CanvasController, target: EventTarget | null): boolean {
  return target instanceof Node && (controller.container?.contains(target) ?? false);
}

/** Board shortcuts (keyboard.ts), quiet while a text field or an editor overlay has the focus. */
export function attachKeyboardInput(controller: CanvasController): () => void {
  const isMac = isMacPlatform();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (controller.editing) {
      // The editor hears its own keys; Escape with the focus gone from it
      // (tabbed out onto the page) still closes it, but not Escape meant for
      // another field (clearing the pool's search, say).
      if (event.key === 'Escape' && !isTextField(event.target as HTMLElement | null)) {
        event.preventDefault();
        controller.editorCancel?.();
      }
      // Alt+Left on the board would be the browser's Back, and take the open editor's text with it.
      if (event.altKey && isBoardTarget(controller, event.target)) event.preventDefault();
      return;
    }
    // Enter or Space on a button, a link or a menu entry presses it; only the board's own keys are the board's.
    if (
      (event.key === 'Enter' || event.key === ' ') &&
      pressesControl(event.target, controller.props.selection)
    )
      return;
    const command = commandForKey({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      inTextField: isTextField(event.target as HTMLElement | null),
      isMac,
    });
    if (!command) return;
    if (command === 'navigate' || command === 'moveColumn' || command === 'newNote') {
      // The page's arrows (a list, the plan, scrolling) stay the page's: only the focused board's are the board's.
      if (!isBoardTarget(controller, event.target)) return;
      // Even read-only: Alt+Left on the board is not the browser's Back.
      if (controller.readOnly && command === 'moveColumn') return event.preventDefault();
    } else if (controller.readOnly && EDITING_COMMANDS.has(command)) return;
    // A key right after a drop acts on the board as it is after the drop.
    flushNextFrameNow();
    // Selection commands only make sense with a selection; leave the keys to the page otherwise.
    if (
      (command === 'delete' ||
        command === 'duplicate' ||
        command === 'edit' ||
        command === 'clearSelection') &&
      controller.props.selection.length === 0
    )
      return;
    event.preventDefault();
    run(controller, command, event.key);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
