import { drawNote } from './drawNote.ts';
import { Konva } from './konva.ts';
import { CORE_BADGE_BOX, noteLook } from './noteLook.ts';
import { paletteFormNote } from './panelPlacement.ts';
import type { PresenceRenderer } from './presenceRenderer.ts';
import type { PresenceKit } from './presenceShapes.ts';
import { measureText } from './textLayout.ts';

type RendererArgs = ConstructorParameters<typeof PresenceRenderer>;

/** The board page's drawing code the presence renderer uses. */
export const PRESENCE_KIT: PresenceKit = {
  Konva,
  drawNote,
  noteLook,
  coreBadgeBox: CORE_BADGE_BOX,
  paletteFormNote,
  measureText,
};

let loading: Promise<typeof import('./presenceRenderer.ts')> | null = null;

/**
 * Others' cursors, drags and edits are drawn by code loaded when another user
 * first shows up: a board used alone never needs it (~1.3 kB gzip of the
 * start-up JavaScript). A failed load is tried again at the next change of
 * presence.
 */
export function createPresenceRenderer(
  container: RendererArgs[1],
  context: RendererArgs[2],
): Promise<PresenceRenderer> {
  loading ??= import('./presenceRenderer.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading.then(
    ({ PresenceRenderer }) => new PresenceRenderer(PRESENCE_KIT, container, context),
  );
}
