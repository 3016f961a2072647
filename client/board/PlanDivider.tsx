import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { loadPlanSize } from '../app/device.ts';
import { parseSplit, SPLIT_KEY_STEPS, splitBounds, type Split } from './planSplit.ts';

interface PlanDividerProps {
  readonly lang: Lang;
  /** Called before the divider moves: the board's camera stays where it is (no jump). */
  readonly onMove: () => void;
}

/**
 * The handle between the board and the plan (issue 4): dragged or moved with
 * the keys, it sets the plan's size (`--plan-width` beside the board,
 * `--plan-height` below it, workspace.css), remembered on the device for each.
 * Here only what the page needs at once: what a screen reader is told (the
 * remembered sizes come with the workspace's first render, rememberedPlanSizes).
 * Its input loads at the first hover, focus or touch (planDividerInput.ts;
 * start-up JavaScript).
 */
export function PlanDivider({ lang, onMove }: PlanDividerProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest: the canvas's handle comes after the first render.
  const move = useRef(onMove);
  move.current = onMove;
  useLayoutEffect(() => {
    const divider = ref.current;
    if (!divider) return;
    measureSplit(divider);
    let detach: (() => void) | undefined;
    let live = true;
    // What came before the input loaded (a touch, a key, a double-click): it acts on them then.
    let early: Event[] = [];
    let input: Promise<void> | null = null;
    const load = () =>
      (input ??= import('./planDividerInput.ts').then(
        ({ attachDivider }) => {
          if (live)
            detach = attachDivider(
              divider,
              () => measureSplit(divider),
              () => move.current(),
              early,
            );
        },
        () => {
          input = null;
        },
      ));
    const wait = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        // Not the divider's key: nothing to replay. The divider's keys are not the board's
        // meanwhile either (Enter would open the selected post-it's editor).
        if (!SPLIT_KEY_STEPS.has(event.key) && event.key !== 'Enter') return;
        event.preventDefault();
      }
      early.push(event);
      void load();
    };
    divider.onpointerenter = divider.onfocus = load;
    divider.onpointerdown = divider.onkeydown = divider.ondblclick = wait;
    // A press let go meanwhile starts no drag.
    divider.onpointerup = () => (early = early.filter((event) => event.type !== 'pointerdown'));
    return () => {
      live = false;
      detach?.();
    };
  }, []);
  return (
    <div
      ref={ref}
      role="separator"
      tabIndex={0}
      aria-controls="plan-area"
      aria-label={translate(S.planDivider, lang)}
      className="plan-divider"
      data-testid="plan-divider"
    />
  );
}

/**
 * The plan's sizes this device remembered, as the workspace's style from its
 * first render: set later (in an effect), the board's canvas took the default
 * size first and was sized and drawn again a frame later. The divider changes
 * them on the same element afterwards; React leaves them be (this object
 * never changes).
 */
export function rememberedPlanSizes(): CSSProperties {
  const sizes: Record<string, string> = {};
  for (const below of [false, true]) {
    const size = parseSplit(loadPlanSize(below));
    if (size !== null) sizes[below ? '--plan-height' : '--plan-width'] = `${size}px`;
  }
  return sizes;
}

/** Where the divider stands, and what a screen reader is told of it. */
function measureSplit(divider: HTMLElement): Split {
  const box = (area: string) =>
    divider.parentElement?.querySelector(area)?.getBoundingClientRect() ?? new DOMRect();
  const c = box('.canvas-area');
  const p = box('.plan-area');
  const below = p.top >= c.bottom - 1;
  const size = Math.round(below ? p.height : p.width);
  const total = below ? p.bottom - c.top : p.right - c.left;
  const bounds = splitBounds(total, below);
  divider.ariaOrientation = below ? 'horizontal' : 'vertical';
  divider.ariaValueNow = String(size);
  divider.ariaValueMin = String(bounds.min);
  divider.ariaValueMax = String(bounds.max);
  return { below, size, bounds };
}
