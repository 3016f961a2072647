import { useRef, useState } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { useAnchoredPopover } from '../app/anchoredPopover.ts';
import { useDismiss } from '../app/useDismiss.ts';
import type { BoardActions } from '../sync/actions.ts';

/**
 * Adds a network meeting (before the final meeting, which stays last) or an
 * extra meeting, e.g. with the reference leader; the new lane comes into view.
 */
export function AddMeetingMenu(props: {
  actions: BoardActions;
  lang: Lang;
  onAdded: (meetingId: string) => void;
}) {
  const { actions, lang } = props;
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDetailsElement>(null);
  useDismiss(open, root, () => setOpen(false));
  const popover = useAnchoredPopover<HTMLDivElement>(open, root);
  const add = (kind: 'network' | 'extra') => {
    const result = actions.addMeeting({ kind, durationMinutes: kind === 'network' ? 150 : 60 });
    setFailed(!result.ok);
    if (result.ok) {
      // The chosen button goes with the menu: the focus would fall to the page's body.
      root.current?.querySelector('summary')?.focus();
      setOpen(false);
      props.onAdded(result.value);
    }
  };
  return (
    <details
      ref={root}
      className="menu"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="button" data-testid="add-meeting">
        + {translate(S.addMeeting, lang)}
      </summary>
      {open && (
        <div ref={popover} className="menu-popover menu-list">
          <button
            type="button"
            className="button"
            data-testid="add-network-meeting"
            onClick={() => add('network')}
          >
            {translate(S.addNetworkMeeting, lang)}
          </button>
          <button
            type="button"
            className="button"
            data-testid="add-extra-meeting"
            onClick={() => add('extra')}
          >
            {translate(S.addExtraMeeting, lang)}
          </button>
          {failed && (
            <p className="form-errors" role="alert">
              {translate(S.addMeetingFailed, lang)}
            </p>
          )}
        </div>
      )}
    </details>
  );
}
