import type { Point } from '../../shared/layout.ts';
import type { PlacedNote } from './boardGeometry.ts';

/**
 * Which of the notes in view are drawn in full now and which wait a frame
 * (drawn as plain coloured rectangles meanwhile). Creating a full post-it is
 * what makes a frame long when many come into view at once — a board opening,
 * a zoom out of the overview — so at most `budget` new ones are added per
 * frame, those nearest the middle of the view first. Notes already drawn in
 * full stay so; both lists keep the layout's (stacking) order.
 */
export function planMount(
  visible: readonly PlacedNote[],
  mounted: ReadonlySet<string>,
  budget: number,
  center: Point,
): { readonly full: PlacedNote[]; readonly waiting: PlacedNote[] } {
  const fresh = visible.filter((p) => !mounted.has(p.note.id));
  if (fresh.length <= budget) return { full: [...visible], waiting: [] };
  const distance = (p: PlacedNote) => Math.hypot(p.x - center.x, p.y - center.y);
  const chosen = new Set(
    [...fresh]
      .sort((a, b) => distance(a) - distance(b))
      .slice(0, Math.max(0, budget))
      .map((p) => p.note.id),
  );
  const full: PlacedNote[] = [];
  const waiting: PlacedNote[] = [];
  for (const p of visible) {
    if (mounted.has(p.note.id) || chosen.has(p.note.id)) full.push(p);
    else waiting.push(p);
  }
  return { full, waiting };
}
