/** What the board should select and bring into view (CanvasHandle.focus takes the same shape). */
export interface PlanFocusTarget {
  readonly kind: 'note' | 'lane';
  readonly id: string;
}

export type OnPlanFocus = (target: PlanFocusTarget) => void;
