import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { SHARE_STRINGS as S } from '../../shared/i18n/share.ts';
import { translate } from '../../shared/i18n/translate.ts';
// Opened from the toolbar before the plan may have: its styles come with it.
import './plan.css';

export interface SharePanelProps {
  /** Absolute edit link; null in a read-only session (a view link must not reveal it). */
  readonly editUrl: string | null;
  /** Absolute read-only link. */
  readonly viewUrl: string;
  readonly lang: Lang;
}

type LinkKind = 'edit' | 'view';
type CopyState = 'idle' | 'copied' | 'selected';

/** The link field with its copy button; falls back to selecting the text for Ctrl+C. */
function LinkField(props: {
  kind: LinkKind;
  url: string;
  label: string;
  hint: string;
  lang: Lang;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  const copy = async () => {
    try {
      // Absent outside secure contexts (plain http on a LAN address), hence the fallback.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(props.url);
      setState('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setState('selected');
    }
  };

  return (
    <div className="plan-share-link">
      <label htmlFor={id}>{props.label}</label>
      <span className="plan-share-row">
        <input
          id={id}
          ref={input}
          className="plan-input"
          data-testid={`share-${props.kind}-link`}
          readOnly
          value={props.url}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="plan-button"
          data-testid={`share-${props.kind}-copy`}
          onClick={() => void copy()}
        >
          {translate(S.copy, props.lang)}
        </button>
      </span>
      <span className="plan-share-hint" aria-live="polite">
        {state === 'copied'
          ? translate(S.copied, props.lang)
          : state === 'selected'
            ? translate(S.copySelected, props.lang)
            : props.hint}
      </span>
    </div>
  );
}

/** A QR code of `url` as a PNG data URL; null while it is being made, '' when it failed. */
function useQrDataUrl(url: string): string | null {
  const [image, setImage] = useState<{ url: string; data: string } | null>(null);
  useEffect(() => {
    let live = true;
    // Loaded when the share panel first opens: not part of the start-up JavaScript.
    import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' }),
      )
      .then(
        (data) => live && setImage({ url, data }),
        () => live && setImage({ url, data: '' }),
      );
    return () => {
      live = false;
    };
  }, [url]);
  return image?.url === url ? image.data : null;
}

/**
 * The edit link and the read-only link with copy buttons, and a QR code of
 * one of them for joining from a phone or tablet in the room (issue 5).
 */
export function SharePanel({ editUrl, viewUrl, lang }: SharePanelProps) {
  const [choice, setChoice] = useState<LinkKind>(editUrl !== null ? 'edit' : 'view');
  const shown: LinkKind = editUrl === null ? 'view' : choice;
  const qrUrl = shown === 'edit' && editUrl !== null ? editUrl : viewUrl;
  const qr = useQrDataUrl(qrUrl);
  const linkName = translate(shown === 'edit' ? S.editLink : S.viewLink, lang);
  const radioName = useId();

  return (
    <div className="plan-share">
      {editUrl !== null && (
        <LinkField
          kind="edit"
          url={editUrl}
          label={translate(S.editLink, lang)}
          hint={translate(S.editLinkHint, lang)}
          lang={lang}
        />
      )}
      <LinkField
        kind="view"
        url={viewUrl}
        label={translate(S.viewLink, lang)}
        hint={translate(S.viewLinkHint, lang)}
        lang={lang}
      />
      {editUrl !== null && (
        <fieldset className="plan-share-choice">
          <legend>{translate(S.qrShows, lang)}</legend>
          {(['edit', 'view'] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={radioName}
                value={kind}
                data-testid={`share-qr-${kind}`}
                checked={shown === kind}
                onChange={() => setChoice(kind)}
              />
              {translate(kind === 'edit' ? S.editLink : S.viewLink, lang)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="plan-share-qr">
        {qr === '' ? (
          <p className="plan-error">{translate(S.qrFailed, lang)}</p>
        ) : (
          <img
            data-testid="share-qr"
            data-url={qrUrl}
            src={qr ?? undefined}
            width={240}
            height={240}
            alt={translate(S.qrFor, lang, { link: linkName })}
          />
        )}
      </div>
    </div>
  );
}
