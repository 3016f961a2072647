import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import type { SessionStatus } from '../sync/session.ts';

/**
 * Always visible: connected (or connected to a server that is not storing the
 * board), reconnecting, or offline (with unsent changes kept on the device).
 * On a laptop's single toolbar row the plain "Forbundet" is its green dot
 * alone (toolbar.css), the word in its tooltip and for screen readers, so the
 * board's title keeps the room; every other state is said in words. The word
 * shown is the tooltip's (CSS); the one read is this hidden label, in every state.
 */
export function ConnectionStatus({ status, lang }: { status: SessionStatus; lang: Lang }) {
  const state = status.connection;
  const unsaved = status.serverUnsaved;
  const label =
    state === 'connected'
      ? unsaved
        ? S.connectedUnsaved
        : S.connected
      : state === 'connecting'
        ? S.connecting
        : status.unsent
          ? S.offlineUnsent
          : S.offline;
  const text = translate(label, lang);
  return (
    <span
      className={`connection connection-${state}${unsaved ? ' connection-unsaved' : ''}`}
      data-testid="connection-status"
      data-state={state}
      data-server-unsaved={unsaved ? 'true' : 'false'}
      data-unsent={status.unsent ? 'true' : 'false'}
      role="status"
      aria-live="polite"
      title={text}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
