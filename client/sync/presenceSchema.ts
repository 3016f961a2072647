import { z } from 'zod/mini';
import { withoutBidiOverrides } from '../../shared/bidi.ts';
import type { PresenceState } from './presence.ts';

/**
 * What another client sends through awareness, checked on receipt, as a client
 * (another version, a buggy or hostile one) can send anything, and the canvas
 * draws it on every update. A state that is not presence as this version
 * knows it is ignored (another app in the room); a drag it cannot show (a
 * newer client's kind of row, say) only reads as none, so the user still shows.
 * (Per-field fallbacks, z.catch, would cost the start-up bundle its code.)
 */

const ids = z.array(z.string());

const presence = z.object({
  user: z.object({
    name: z.string(),
    color: z.string(),
    sessionId: z.string(),
    since: z.optional(z.number()),
  }),
  cursor: z.nullable(z.object({ x: z.number(), y: z.number() })),
  selection: ids,
  editing: z.nullable(z.string()),
});

const dragging = z.nullable(
  z.object({
    ids,
    dx: z.number(),
    dy: z.number(),
    entry: z.optional(z.object({ kind: z.enum(['person', 'paletteForm']), id: z.string() })),
  }),
);

/** A remote awareness state as presence (a bad drag as none), or null when it is none. */
export function readPresence(value: unknown): PresenceState | null {
  const state = presence.safeParse(value);
  if (!state.success) return null;
  const drag = dragging.safeParse((value as { dragging?: unknown }).dragging);
  const { user } = state.data;
  // A name with a bidi override would show reversed in the presence list (shared/bidi.ts).
  const name = withoutBidiOverrides(user.name);
  return { ...state.data, user: { ...user, name }, dragging: drag.success ? drag.data : null };
}
