import {
  CONFIRM_STRINGS as S,
  deleteQuestion,
  type DeleteQuestion,
} from '../../shared/i18n/confirm.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { translate } from '../../shared/i18n/translate.ts';

/** The return value of the dialog's delete button; anything else (Cancel, Escape, the backdrop) is a no. */
const DELETE = 'delete';

/**
 * Asks whether to delete what `question` names in a modal `<dialog>`, with _Slet_ / _Annuller_
 * (Delete / Cancel), all in the page's language, and answers true for _Slet_. Loaded by
 * confirmDelete.ts on the first ask.
 *
 * A native dialog opened with showModal(): the browser makes the page behind inert (no
 * pointer, no focus), keeps Tab in the dialog and closes it on Escape, and unlike
 * `window.confirm` it does not stop the page's script, so other users' edits keep coming in.
 *
 * The focus starts on _Annuller_, as the WAI-ARIA alert dialog pattern advises for a
 * destructive action: a key pressed twice (Enter that opened it, held or repeated) or a
 * screen reader's first Enter keeps the thing; _Slet_ is one Tab or one click away, and a
 * delete is undoable anyway. When it closes the focus goes back to `back` (the lane header's
 * board, the delete button), if that is still on the page.
 */
export function askToDelete(
  question: DeleteQuestion,
  lang: Lang,
  back: Element | null,
): Promise<boolean> {
  // One question at a time: a second delete pressed before the first dialog came up is a no.
  if (document.querySelector('dialog.confirm-dialog')) return Promise.resolve(false);
  const dialog = document.createElement('dialog');
  dialog.className = 'confirm-dialog';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('data-testid', 'confirm-dialog');
  const text = document.createElement('p');
  text.id = 'confirm-dialog-question';
  text.className = 'confirm-dialog-question';
  text.textContent = deleteQuestion(question, lang);
  dialog.setAttribute('aria-labelledby', text.id);
  const cancel = button(translate(S.cancel, lang), 'cancel', 'confirm-cancel');
  const confirm = button(translate(S.confirmDelete, lang), DELETE, 'confirm-delete');
  confirm.classList.add('confirm-dialog-danger');
  const buttons = document.createElement('div');
  buttons.className = 'confirm-dialog-buttons';
  buttons.append(cancel, confirm);
  // The box inside the dialog fills it: a click whose target is the dialog itself hit the backdrop.
  const box = document.createElement('div');
  box.className = 'confirm-dialog-box';
  box.append(text, buttons);
  dialog.append(box);

  for (const b of [cancel, confirm]) b.addEventListener('click', () => dialog.close(b.value));
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // The board's keys listen on the window (Delete, Escape clearing the selection, Ctrl+Z): a key
  // in the dialog is the dialog's. Its buttons' Enter and Space and the Escape that cancels are
  // the browser's default actions, which this leaves alone.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());

  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        dialog.remove();
        if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
        resolve(dialog.returnValue === DELETE);
      },
      { once: true },
    );
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

function button(label: string, value: string, testId: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button';
  b.value = value;
  b.textContent = label;
  b.setAttribute('data-testid', testId);
  return b;
}
