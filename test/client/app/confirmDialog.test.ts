// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askToDelete } from '../../../client/app/confirmDialog.ts';

/**
 * The in-page delete confirmation (client/app/confirmDialog.ts), as the panels, the plan and
 * the lane header ask it. Escape, the inert page behind and Tab kept inside are the browser's
 * (test/e2e/confirm-delete.test.ts checks them in Chromium).
 */

const open = () => document.querySelector<HTMLDialogElement>('dialog.confirm-dialog');
const part = (id: string) => open()?.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);

function deleteButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Slet møde';
  document.body.append(button);
  button.focus();
  return button;
}

afterEach(() => {
  open()?.close();
  document.body.replaceChildren();
});

describe('the delete confirmation', () => {
  it('asks in the page’s language, with its question as its name, the focus on Annuller', () => {
    const back = deleteButton();
    void askToDelete('Slet „Oplæg“ fra metodesamlingen? Du kan fortryde.', 'da', back);
    const dialog = open();
    expect(dialog?.open).toBe(true);
    expect(dialog?.getAttribute('role')).toBe('alertdialog');
    const name = document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '');
    expect(name?.textContent).toBe('Slet „Oplæg“ fra metodesamlingen? Du kan fortryde.');
    expect(part('confirm-cancel')?.textContent).toBe('Annuller');
    expect(part('confirm-delete')?.textContent).toBe('Slet');
    expect(document.activeElement).toBe(part('confirm-cancel'));
    dialog?.close();

    void askToDelete('Delete “Talk”?', 'en', back);
    expect(part('confirm-cancel')?.textContent).toBe('Cancel');
    expect(part('confirm-delete')?.textContent).toBe('Delete');
  });

  it('answers false on Annuller and true on Slet, goes away, and gives the focus back', async () => {
    const back = deleteButton();
    const cancelled = askToDelete('Slet?', 'da', back);
    part('confirm-cancel')?.click();
    expect(await cancelled).toBe(false);
    expect(open()).toBeNull();
    expect(document.activeElement).toBe(back);

    const confirmed = askToDelete('Slet?', 'da', back);
    part('confirm-delete')?.click();
    expect(await confirmed).toBe(true);
    expect(open()).toBeNull();
    expect(document.activeElement).toBe(back);
  });

  it('answers false on a press of the backdrop, not on one inside the box', async () => {
    const answer = askToDelete('Slet?', 'da', deleteButton());
    open()?.querySelector('p')?.click();
    expect(open()?.open).toBe(true);
    open()?.click();
    expect(await answer).toBe(false);
  });

  it('keeps its keys from the board’s window listeners (Delete, Escape, Ctrl+Z)', () => {
    const onKey = vi.fn();
    window.addEventListener('keydown', onKey);
    try {
      void askToDelete('Slet?', 'da', deleteButton());
      for (const key of ['Delete', 'Escape', 'Enter', 'z']) {
        part('confirm-cancel')?.dispatchEvent(
          new KeyboardEvent('keydown', { key, ctrlKey: key === 'z', bubbles: true }),
        );
      }
      expect(onKey).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', onKey);
    }
  });

  it('asks one question at a time: a second delete pressed meanwhile is a no', async () => {
    const first = askToDelete('Slet A?', 'da', deleteButton());
    expect(await askToDelete('Slet B?', 'da', null)).toBe(false);
    expect(document.querySelectorAll('dialog.confirm-dialog')).toHaveLength(1);
    part('confirm-delete')?.click();
    expect(await first).toBe(true);
  });

  it('leaves the focus alone when what had it is gone (its row deleted meanwhile)', async () => {
    const back = deleteButton();
    const answer = askToDelete('Slet?', 'da', back);
    back.remove();
    part('confirm-cancel')?.click();
    expect(await answer).toBe(false);
    expect(document.activeElement).not.toBe(back);
  });
});
