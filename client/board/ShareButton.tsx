import { Suspense, useId, useRef, useState } from 'react';
import { lazyPart } from '../app/lazyPart.tsx';
import { APP_STRINGS } from '../../shared/i18n/app.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { useAnchoredPopover } from '../app/anchoredPopover.ts';
import { useDismiss } from '../app/useDismiss.ts';
// The button is on the toolbar from the start, before the plan may have opened.
import '../plan/plan.css';

// The links and the QR code are loaded when the panel first opens (issue 6: start-up JavaScript).
const SharePanel = lazyPart(() =>
  import('../plan/SharePanel.tsx').then((module) => module.SharePanel),
);

export interface ShareButtonProps {
  /** Absolute edit link; null in a read-only session (a view link must not reveal it). */
  readonly editUrl: string | null;
  /** Absolute read-only link. */
  readonly viewUrl: string;
  readonly lang: Lang;
}

/** The toolbar's "Del" button, opening the share panel in a popover. */
export function ShareButton(props: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useDismiss(open, root, () => setOpen(false));
  const popover = useAnchoredPopover<HTMLDivElement>(open, root);

  return (
    <div className="plan-share-anchor" ref={root}>
      <button
        type="button"
        // A toolbar button like its neighbours (the plan's button style looked pressed, and lower).
        className="button"
        data-testid="share-open"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {translate(S.share, props.lang)}
      </button>
      {open && (
        <div
          ref={popover}
          id={panelId}
          className="menu-popover plan-share-popover"
          role="dialog"
          aria-label={translate(S.shareTitle, props.lang)}
        >
          <div className="plan-share-header">
            <h2>{translate(S.shareTitle, props.lang)}</h2>
            <button type="button" className="plan-button" onClick={() => setOpen(false)}>
              {translate(S.close, props.lang)}
            </button>
          </div>
          <Suspense
            fallback={
              <p className="plan-share-loading">
                {translate(APP_STRINGS.loadingShort, props.lang)}
              </p>
            }
          >
            <SharePanel {...props} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
