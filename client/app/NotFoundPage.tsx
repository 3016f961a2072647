import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export interface NotFoundPageProps {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly navigate: (to: string) => void;
}

/** An unknown address or board; the language can be switched here as on the landing page. */
export function NotFoundPage({ lang, setLang, navigate }: NotFoundPageProps) {
  return (
    <main className="page page-message" data-testid="not-found">
      <div className="page-message-bar">
        <LanguageSwitch lang={lang} setLang={setLang} />
      </div>
      <h1>{translate(S.notFoundHeading, lang)}</h1>
      <p>{translate(S.notFoundText, lang)}</p>
      <button type="button" className="button primary" onClick={() => navigate('/')}>
        {translate(S.toLanding, lang)}
      </button>
    </main>
  );
}
