import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';

/** Danish by default; one button switches to the other language. */
export function LanguageSwitch({ lang, setLang }: { lang: Lang; setLang: (lang: Lang) => void }) {
  return (
    <button
      type="button"
      className="button subtle"
      data-testid="lang-switch"
      aria-label={translate(S.languageLabel, lang)}
      lang={lang === 'da' ? 'en' : 'da'}
      onClick={() => setLang(lang === 'da' ? 'en' : 'da')}
    >
      {translate(S.language, lang)}
    </button>
  );
}
