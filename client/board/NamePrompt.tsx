import { useState } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { PANEL_STRINGS } from '../../shared/i18n/panels.ts';
import { keepTabInside } from '../app/focusTrap.ts';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';

/** The longest name shown to the others (their presence list, the cursor's tag). */
export const NAME_CHARS = 60;

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
  // Empty or spaces (the form does not let the browser check `required`): said here. A name over
  // NAME_CHARS is kept whole, said how long it may be (no maxLength: a paste would be cut unseen).
  // 'blank', or the length of a name too long; said in the prompt's language as it is now.
  const [problem, setProblem] = useState<'blank' | number | null>(null);
  const refused = problem !== null;
  return (
    <div className="modal-backdrop">
      <form
        className="modal card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="name-prompt-heading"
        // The prompt says what is wrong itself, in the page's language: with the browser's
        // check, OK on an empty field showed a bubble in the browser's ("Please fill out …").
        noValidate
        // A modal: Tab goes round its own controls, never to the board behind it.
        onKeyDown={(event) => {
          if (event.key === 'Tab') keepTabInside(event);
        }}
        onSubmit={(event) => {
          event.preventDefault();
          const typed = name.trim();
          if (typed === '') setProblem('blank');
          else if (typed.length > NAME_CHARS) setProblem(typed.length);
          else onDone(typed);
        }}
      >
        <h2 id="name-prompt-heading">{translate(S.namePromptHeading, lang)}</h2>
        <p className="muted">{translate(S.namePromptHint, lang)}</p>
        <label>
          {translate(S.nameLabel, lang)}
          <input
            data-testid="name-input"
            value={name}
            autoFocus
            required
            aria-invalid={refused}
            aria-describedby={refused ? 'name-prompt-blank' : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
          />
        </label>
        {refused && (
          <p className="form-errors" role="alert" id="name-prompt-blank" data-testid="name-blank">
            {problem === 'blank'
              ? translate(S.nameBlank, lang)
              : translate(PANEL_STRINGS.textTooLong, lang, { length: problem, max: NAME_CHARS })}
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
