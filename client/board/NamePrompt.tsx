import { useState } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { keepTabInside } from '../app/focusTrap.ts';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';

export interface NamePromptProps {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly onDone: (name: string) => void;
}

/**
 * Asked once per device; the name travels with presence only, never into the
 * board. It has its own language switch: the toolbar's is behind the modal,
 * and someone who reads no Danish meets the prompt first.
 */
export function NamePrompt({ lang, setLang, onDone }: NamePromptProps) {
  const [name, setName] = useState('');
  // Spaces pass the field's `required`: said here, or OK would seem to do nothing.
  const [blank, setBlank] = useState(false);
  return (
    <div className="modal-backdrop">
      <form
        className="modal card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="name-prompt-heading"
        // A modal: Tab goes round its own controls, never to the board behind it.
        onKeyDown={(event) => {
          if (event.key === 'Tab') keepTabInside(event);
        }}
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '') onDone(name.trim().slice(0, 60));
          else setBlank(true);
        }}
      >
        <h2 id="name-prompt-heading">{translate(S.namePromptHeading, lang)}</h2>
        <p className="muted">{translate(S.namePromptHint, lang)}</p>
        <label>
          {translate(S.nameLabel, lang)}
          <input
            data-testid="name-input"
            value={name}
            maxLength={60}
            autoFocus
            required
            aria-invalid={blank}
            aria-describedby={blank ? 'name-prompt-blank' : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setBlank(false);
            }}
          />
        </label>
        {blank && (
          <p className="form-errors" role="alert" id="name-prompt-blank" data-testid="name-blank">
            {translate(S.nameBlank, lang)}
          </p>
        )}
        <button type="submit" className="button primary" data-testid="name-submit">
          {translate(S.ok, lang)}
        </button>
        <span className="modal-lang">
          <LanguageSwitch lang={lang} setLang={setLang} />
        </span>
      </form>
    </div>
  );
}
