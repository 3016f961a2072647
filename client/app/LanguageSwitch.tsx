import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';

/**
 * Danish by default; one button switches to the other language. It is named
 * by what it shows, "English" or "Dansk" (WCAG 2.5.3: a voice user says what
 * they see), and only that word is marked as the other language; the hint
 * "Sprog" / "Language" is its description, in the page's language.
 */
export function LanguageSwitch({ lang, setLang }: { lang: Lang; setLang: (lang: Lang) => void }) {
  const other: Lang = lang === 'da' ? 'en' : 'da';
  return (
    <button
      type="button"
      className="button subtle"
      data-testid="lang-switch"
      title={translate(S.languageLabel, lang)}
      onClick={() => setLang(other)}
    >
      <span lang={other}>{translate(S.language, lang)}</span>
    </button>
  );
}
