import { act, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import * as Y from 'yjs';
import { afterEach, expect, vi } from 'vitest';
import { PlanView, type PlanViewProps } from '../../../client/plan/PlanView.tsx';
import type { PlanFocusTarget } from '../../../client/plan/types.ts';
import { createBoardActions, type BoardActions } from '../../../client/sync/actions.ts';
import { createBoardDoc } from '../../../shared/doc.ts';
import { createBoardReader } from '../../../shared/doc-read.ts';
import { BoardEdit, type OpName } from '../../../shared/ops/index.ts';
import { projectPlan } from '../../../shared/projection.ts';
import type { Board } from '../../../shared/schema.ts';

/**
 * Component-test plumbing without testing-library: React 19's `act`, a
 * happy-dom container, and a live plan view over a real Y.Doc whose edits
 * go through the real ops.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  readonly container: HTMLElement;
  render(node: ReactNode): void;
  unmount(): void;
}

export function mount(node: ReactNode): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  return {
    container,
    render: (next) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Types into a React-controlled field the way a browser does: new value, then an input event. */
export function typeInto(field: HTMLInputElement | HTMLSelectElement, value: string): void {
  act(() => {
    field.focus();
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
    setter?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function pressKey(target: Element, key: string): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

export function blurField(field: HTMLElement): void {
  act(() => field.blur());
}

export function click(target: Element): void {
  act(() => {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
}

export function byTestId<T extends Element = HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no element with data-testid="${id}"`);
  return found;
}

export interface LiveBoard {
  readonly doc: Y.Doc;
  readonly actions: BoardActions;
  /** Names of the ops run on the doc so far, in order (one per transaction). */
  readonly ops: OpName[];
  /** The board as the document holds it now. */
  board(): Board;
  subscribe(listener: () => void): () => void;
}

/** A real board document with the local user's actions and a log of every op run on it. */
export function liveBoard(board: Board): LiveBoard {
  const doc = createBoardDoc(board, new Y.Doc());
  const reader = createBoardReader(doc);
  const ops: OpName[] = [];
  let snapshot = reader.read();
  const listeners = new Set<() => void>();
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.origin instanceof BoardEdit) ops.push(transaction.origin.op);
  });
  doc.on('update', () => {
    snapshot = reader.read();
    for (const listener of listeners) listener();
  });
  return {
    doc,
    actions: createBoardActions(doc, 'tester'),
    ops,
    board: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type LivePlanProps = Omit<PlanViewProps, 'board' | 'plan' | 'actions'> & {
  readonly live: LiveBoard;
  /** Hand the view no actions even when not read-only (as a read-only session does). */
  readonly withoutActions?: boolean;
};

/** The plan view as the board page runs it: snapshot from the doc, plan projected from it. */
export function LivePlan({ live, withoutActions, ...rest }: LivePlanProps) {
  const board = useSyncExternalStore(live.subscribe, live.board);
  const plan = useMemo(() => projectPlan(board), [board]);
  return (
    <PlanView {...rest} board={board} plan={plan} actions={withoutActions ? null : live.actions} />
  );
}

/**
 * Mounts the live plan of `live` (Danish, editable unless told otherwise);
 * the caller unmounts `mounted` after the test.
 */
export function showLivePlan(
  live: LiveBoard,
  options: { readOnly?: boolean; lang?: 'da' | 'en'; withoutActions?: boolean } = {},
) {
  const onFocus = vi.fn<(target: PlanFocusTarget) => void>();
  const plan = (lang: 'da' | 'en') => (
    <LivePlan
      live={live}
      lang={lang}
      readOnly={options.readOnly ?? false}
      withoutActions={options.withoutActions}
      onFocus={onFocus}
    />
  );
  const mounted = mount(plan(options.lang ?? 'da'));
  /** The user switches the page's language. */
  const switchLang = (lang: 'da' | 'en') => mounted.render(plan(lang));
  return { mounted, container: mounted.container, onFocus, switchLang };
}

/**
 * `show` for a test file (called once at its top): mounts the live plan
 * (showLivePlan) and unmounts the last one shown after each test; `unmount`
 * does that sooner, for a test that shows the plan more than once.
 */
export function livePlanPerTest() {
  let mounted: Mounted | null = null;
  const unmount = () => {
    mounted?.unmount();
    mounted = null;
  };
  afterEach(unmount);
  const show = (live: LiveBoard, options: Parameters<typeof showLivePlan>[1] = {}) => {
    const shown = showLivePlan(live, options);
    mounted = shown.mounted;
    return shown;
  };
  return { show, unmount };
}

/** The three cells of a plan table row, as shown. */
export const cellTexts = (row: Element) =>
  ['participant', 'contribution', 'how'].map(
    (cell) => byTestId(row, `plan-cell-${cell}`).textContent,
  );

/**
 * An element's text as copying takes it: without the heading's soft hyphens,
 * which planTable.css keeps off the clipboard (`.soft-hyphen`, user-select: none).
 */
export function copiedText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const skipped of copy.querySelectorAll('.soft-hyphen')) skipped.remove();
  return copy.textContent ?? '';
}

/**
 * Lets promises (lazy parts, the QR code, the clipboard) settle, inside act so React applies their updates.
 * A deadline rather than a number of turns: a lazy part's first import can take seconds on a loaded machine.
 */
export async function waitForDom(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && !condition()) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  expect(condition()).toBe(true);
}
