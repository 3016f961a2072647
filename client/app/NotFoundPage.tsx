import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';

export function NotFoundPage({ lang, navigate }: { lang: Lang; navigate: (to: string) => void }) {
  return (
    <main className="page page-message" data-testid="not-found">
      <h1>{translate(S.notFoundHeading, lang)}</h1>
      <p>{translate(S.notFoundText, lang)}</p>
      <button type="button" className="button primary" onClick={() => navigate('/')}>
        {translate(S.toLanding, lang)}
      </button>
    </main>
  );
}
