import { translate, type Lang } from '../../shared/i18n/index.ts';
import { STATUS_STRINGS as S } from '../../shared/i18n/status.ts';
import type { SessionStatus } from '../sync/session.ts';

/**
 * Conditions that stop editing, said plainly with what to do. Loaded when the
 * session is closed or the board is newer than this app (BoardWorkspace.tsx).
 */
export function StatusBanner({ status, lang }: { status: SessionStatus; lang: Lang }) {
  if (status.newerDocument) {
    return (
      <div className="banner warning" role="alert">
        {translate(S.newerDocument, lang)}{' '}
        <button type="button" className="button" onClick={() => location.reload()}>
          {translate(S.reload, lang)}
        </button>
      </div>
    );
  }
  if (
    status.closed === 'forbidden' ||
    status.closed === 'too-large' ||
    status.closed === 'rejected'
  ) {
    const message =
      status.closed === 'forbidden'
        ? S.closedForbidden
        : status.closed === 'too-large'
          ? S.closedTooLarge
          : S.closedRejected;
    return (
      <div className="banner error" role="alert">
        {translate(message, lang)}{' '}
        <button type="button" className="button" onClick={() => location.reload()}>
          {translate(S.reload, lang)}
        </button>
      </div>
    );
  }
  return null;
}
