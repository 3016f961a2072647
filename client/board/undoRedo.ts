import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { CanvasHandle } from '../canvas/types.ts';
import type { BoardSession } from '../sync/session.ts';

// Not in undoKeys.ts: the plan imports that, and these strings would then leave the board
// page's chunk for one of their own (one more request at start-up).
/** Takes back or brings back the user's last step, and tells a screen reader which. */
export function undoOrRedo(
  command: 'undo' | 'redo',
  session: Pick<BoardSession, 'undoLast' | 'redoLast'>,
  canvas: Pick<CanvasHandle, 'announce'> | null,
  lang: Lang,
): void {
  const undo = command === 'undo';
  // Nothing to take back says nothing (the toolbar's button is disabled then).
  if (undo ? session.undoLast() : session.redoLast())
    canvas?.announce(translate(undo ? S.undone : S.redone, lang));
}
