import type { Lang } from '../../shared/i18n/lang.ts';

/**
 * Asks before a delete (a meeting, a person, an involvement form): true to delete. The
 * dialog (confirmDialog.ts) loads on the first ask, not at start (issue 6: start-up
 * JavaScript). Should it fail to load (offline before it was ever fetched, or a new version
 * replaced its file), the browser's own confirm asks instead: a delete must stay possible.
 */
export function confirmDelete(question: string, lang: Lang): Promise<boolean> {
  // Taken now: where the user acted, before anything moves the focus while the dialog loads.
  const back = document.activeElement;
  return import('./confirmDialog.ts').then(
    (dialog) => dialog.askToDelete(question, lang, back),
    () => window.confirm(question),
  );
}
