// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askToDelete } from '../../../client/app/confirmDialog.ts';

/**
 * The in-page delete confirmation (client/app/confirmDialog.ts), as the panels, the plan and
 * the lane header ask it. Escape, the inert page behind and Tab kept inside are the browser's
 * (test/e2e/confirm-delete.test.ts checks them in Chromium).
 */

const MEETING = { what: 'meeting', name: 'Netværksmøde 2' } as const;
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
    void askToDelete({ what: 'form', name: 'Oplæg' }, 'da', back);
    const dialog = open();
    expect(dialog?.open).toBe(true);
    expect(dialog?.getAttribute('role')).toBe('alertdialog');
    const name = document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '');
    expect(name?.textContent).toBe(
      'Slet „Oplæg“ fra metodesamlingen? Dens post-its, der allerede er på tavlen, bliver stående. Du kan fortryde.',
    );
    expect(part('confirm-cancel')?.textContent).toBe('Annuller');
    expect(part('confirm-delete')?.textContent).toBe('Slet');
    expect(document.activeElement).toBe(part('confirm-cancel'));
    dialog?.close();

    void askToDelete({ what: 'meeting', name: 'Network meeting 2' }, 'en', back);
    expect(open()?.querySelector('p')?.textContent).toBe(
      'Delete “Network meeting 2”? Its post-its move to the parking area. You can undo this.',
    );
    expect(part('confirm-cancel')?.textContent).toBe('Cancel');
    expect(part('confirm-delete')?.textContent).toBe('Delete');
  });

  it('answers false on Annuller and true on Slet, goes away, and gives the focus back', async () => {
    const back = deleteButton();
    const cancelled = askToDelete(MEETING, 'da', back);
    part('confirm-cancel')?.click();
    expect(await cancelled).toBe(false);
    expect(open()).toBeNull();
    expect(document.activeElement).toBe(back);

    const confirmed = askToDelete(MEETING, 'da', back);
    part('confirm-delete')?.click();
    expect(await confirmed).toBe(true);
    expect(open()).toBeNull();
    expect(document.activeElement).toBe(back);
  });

  it('answers false on a press of the backdrop, not on one inside the box', async () => {
    const answer = askToDelete(MEETING, 'da', deleteButton());
    open()?.querySelector('p')?.click();
    expect(open()?.open).toBe(true);
    open()?.click();
    expect(await answer).toBe(false);
  });

  it('keeps its keys from the board’s window listeners (Delete, Escape, Ctrl+Z)', () => {
    const onKey = vi.fn();
    window.addEventListener('keydown', onKey);
    try {
      void askToDelete(MEETING, 'da', deleteButton());
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
    const first = askToDelete(MEETING, 'da', deleteButton());
    expect(await askToDelete({ what: 'form', name: 'Oplæg' }, 'da', null)).toBe(false);
    expect(document.querySelectorAll('dialog.confirm-dialog')).toHaveLength(1);
    part('confirm-delete')?.click();
    expect(await first).toBe(true);
  });

  it('says what goes with a person: none, their post-it, or how many', () => {
    const asked = (notes: number, lang: 'da' | 'en') => {
      void askToDelete({ what: 'person', name: 'Jens Jensen', notes }, lang, null);
      const text = open()?.querySelector('p')?.textContent;
      open()?.close();
      return text;
    };
    expect(asked(0, 'da')).toBe('Slet „Jens Jensen“ fra deltagerlisten? Du kan fortryde.');
    expect(asked(1, 'da')).toBe(
      'Slet „Jens Jensen“ fra deltagerlisten? Personens post-it på tavlen slettes også. Du kan fortryde.',
    );
    expect(asked(3, 'en')).toBe(
      'Delete “Jens Jensen” from the participant pool? Their 3 post-its on the board are deleted too. You can undo this.',
    );
  });

  it('does not fail when what had the focus is gone (its row deleted meanwhile)', async () => {
    const back = deleteButton();
    const answer = askToDelete(MEETING, 'da', back);
    back.remove();
    part('confirm-cancel')?.click();
    expect(await answer).toBe(false);
    expect(document.activeElement).not.toBe(back);
  });
});
