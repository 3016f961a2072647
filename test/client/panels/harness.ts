import { act, createElement, type ComponentType, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import type * as Y from 'yjs';
import type { CanvasHandle } from '../../../client/canvas/types.ts';
import type { Board } from '../../../shared/schema.ts';
import type { SidePanelProps } from '../../../client/panels/panelParts.tsx';
import { createBoardActions, type BoardActions } from '../../../client/sync/actions.ts';
import { createBoardDoc } from '../../../shared/doc.ts';
import { readBoard } from '../../../shared/doc-read.ts';
import { paperExampleBoard } from '../../helpers/boards.ts';
import { preloadPanelForms } from '../../../client/panels/lazyForms.ts';
import { preloadPlaceMenu } from '../../../client/panels/PlaceMenu.tsx';

/**
 * Mounting panels in happy-dom with react-dom and `act`, and a fake canvas
 * that records drops and placings. Only imported by files that run in happy-dom.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The forms and the place menu load on first use in the app; here they open at once.
await Promise.all([preloadPanelForms(), preloadPlaceMenu()]);

export interface Mounted {
  readonly container: HTMLElement;
  render(element: ReactElement): void;
  unmount(): void;
}

export function mount(element: ReactElement): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = createRoot(container);
  const render = (next: ReactElement) => act(() => root?.render(next));
  render(element);
  return {
    container,
    render,
    unmount() {
      act(() => root?.unmount());
      root = null;
      container.remove();
    },
  };
}

export function byTestId(container: ParentNode, id: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
}

export function getByTestId(container: ParentNode, id: string): HTMLElement {
  const element = byTestId(container, id);
  if (!element) throw new Error(`no element with data-testid="${id}"`);
  return element;
}

/** A key pressed on an element (keydown; a button's Space or Enter click is not simulated). */
export function press(element: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => {
    element.dispatchEvent(event);
  });
  return event;
}

export function release(element: Element, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true });
  act(() => {
    element.dispatchEvent(event);
  });
  return event;
}

export function click(element: Element): void {
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
}

/** Sets an input's value the way React notices (through the prototype's setter) and fires input. */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function selectOption(element: HTMLSelectElement, value: string): void {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function toggle(element: HTMLInputElement): void {
  click(element);
}

export function submit(form: HTMLFormElement): void {
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

export function pointer(
  target: EventTarget,
  type: 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel',
  x: number,
  y: number,
  init: PointerEventInit = {},
): void {
  act(() => {
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        clientX: x,
        clientY: y,
        pointerId: 7,
        pointerType: 'mouse',
        isPrimary: true,
        button: 0,
        ...init,
      }),
    );
  });
}

export interface FakeCanvas {
  readonly handle: CanvasHandle;
  readonly dropPerson: ReturnType<typeof vi.fn>;
  readonly dropPaletteForm: ReturnType<typeof vi.fn>;
  /** Placings from a row's menu; they answer with a new note id. */
  readonly placePerson: ReturnType<typeof vi.fn<CanvasHandle['placePerson']>>;
  readonly placePaletteForm: ReturnType<typeof vi.fn<CanvasHandle['placePaletteForm']>>;
  /** The element standing for the canvas; elementFromPoint returns it for points right of `edge`. */
  readonly element: HTMLElement;
  dispose(): void;
}

/** A canvas that covers the viewport right of x = `edge` (the panels sit left of it). */
export function fakeCanvas(edge = 300): FakeCanvas {
  const element = document.createElement('div');
  element.dataset['testid'] = 'board-canvas';
  element.className = 'board-canvas';
  const inner = document.createElement('canvas');
  element.append(inner);
  document.body.append(element);
  const original = document.elementFromPoint.bind(document);
  document.elementFromPoint = (x: number) => (x >= edge ? inner : document.body);
  const dropPerson = vi.fn();
  const dropPaletteForm = vi.fn();
  const placePerson = vi.fn<CanvasHandle['placePerson']>(() => ({ ok: true, value: 'placed' }));
  const placePaletteForm = vi.fn<CanvasHandle['placePaletteForm']>(() => ({
    ok: true,
    value: 'placed',
  }));
  const unused = () => {
    throw new Error('not used by the panels');
  };
  const handle: CanvasHandle = {
    hitTest: (x, y) => ({ x, y, lane: null, laneX: x, laneY: y, noteId: null }),
    dropPerson,
    showEntryDrag: () => {},
    dropPaletteForm,
    placePerson,
    placePaletteForm,
    focus: unused,
    fitBoard: unused,
    announce: unused,
    zoomBy: unused,
    keepView: unused,
    getCamera: () => ({ x: 0, y: 0, zoom: 1 }),
    exportPng: unused,
    noteScreenRect: () => null,
    laneScreenRect: () => null,
    noteBoardPosition: () => null,
    renderedNoteCount: () => 0,
    presenceTagRects: () => [],
    selection: () => [],
  };
  return {
    handle,
    dropPerson,
    dropPaletteForm,
    placePerson,
    placePaletteForm,
    element,
    dispose() {
      document.elementFromPoint = original;
      element.remove();
    },
  };
}

export type { SidePanelProps };

export interface PanelOnBoard {
  readonly doc: Y.Doc;
  readonly actions: BoardActions;
  readonly canvas: FakeCanvas;
  readonly view: Mounted;
  props(overrides?: Partial<SidePanelProps>): SidePanelProps;
  /** Renders again with the document's current state, as the board page does on every update. */
  rerender(overrides?: Partial<SidePanelProps>): void;
  dispose(): void;
}

/** A side panel mounted over a board (the paper example's), with real actions and a fake canvas. */
export function panelOnBoard(
  Panel: ComponentType<SidePanelProps>,
  board: Board = paperExampleBoard(),
): PanelOnBoard {
  const doc = createBoardDoc(board);
  const actions = createBoardActions(doc, 'tester');
  const canvas = fakeCanvas(300);
  const props = (overrides: Partial<SidePanelProps> = {}): SidePanelProps => ({
    board: readBoard(doc),
    lang: 'da',
    readOnly: false,
    actions,
    canvas: canvas.handle,
    ...overrides,
  });
  const view = mount(createElement(Panel, props()));
  return {
    doc,
    actions,
    canvas,
    view,
    props,
    rerender: (overrides) => view.render(createElement(Panel, props(overrides))),
    dispose: () => {
      view.unmount();
      canvas.dispose();
    },
  };
}
