import { APP_STRINGS } from '../../shared/i18n/app.ts';
import type { DeleteQuestion } from '../../shared/i18n/confirm.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { translate } from '../../shared/i18n/translate.ts';

/**
 * Asks before a delete (a meeting, a person, an involvement form): true to delete. The
 * dialog (confirmDialog.ts), with its wording, loads on the first ask, not at start (issue 6:
 * start-up JavaScript). Should it fail to load (offline before it was ever fetched, or a new
 * version replaced its file), the browser's own confirm asks, shortly: a delete must stay possible.
 */
export function confirmDelete(question: DeleteQuestion, lang: Lang): Promise<boolean> {
  // Taken now: where the user acted, before anything moves the focus while the dialog loads.
  const back = document.activeElement;
  return import('./confirmDialog.ts').then(
    (dialog) => dialog.askToDelete(question, lang, back),
    () => window.confirm(translate(APP_STRINGS.deleteUnloaded, lang, { name: question.name })),
  );
}
