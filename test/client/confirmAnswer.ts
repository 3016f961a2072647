import { act } from 'react';
import { expect } from 'vitest';

/**
 * Answers the delete confirmation (client/app/confirmDialog.ts) once it is up, as a click on
 * its _Slet_ or _Annuller_ would, and gives its question. Only for files that run in happy-dom.
 */
export async function answerConfirm(answer: 'delete' | 'cancel'): Promise<string> {
  const dialog = await shown();
  const question = dialog.querySelector('.confirm-dialog-question')?.textContent ?? '';
  const button = dialog.querySelector<HTMLButtonElement>(`[data-testid="confirm-${answer}"]`);
  expect(button).not.toBeNull();
  await act(async () => {
    button?.click();
    // The asker goes on after the promise: one turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return question;
}

/** The open confirmation: it comes up after its module has loaded (a dynamic import). */
async function shown(timeoutMs = 15_000): Promise<HTMLDialogElement> {
  const end = Date.now() + timeoutMs;
  const find = () => document.querySelector<HTMLDialogElement>('dialog.confirm-dialog[open]');
  while (Date.now() < end && find() === null) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  const dialog = find();
  if (dialog === null) throw new Error('no delete confirmation came up');
  return dialog;
}
