// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';

// The dialog's file cannot be fetched (offline before it ever was, or replaced by a new version).
vi.mock('../../../client/app/confirmDialog.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
const { confirmDelete } = await import('../../../client/app/confirmDelete.ts');

afterEach(() => {
  vi.unstubAllGlobals();
});

it('asks with the browser’s confirm, in the page’s language, when the dialog cannot load', async () => {
  const confirm = vi.fn(() => true);
  vi.stubGlobal('confirm', confirm);
  expect(await confirmDelete({ what: 'person', name: 'Jens Jensen', notes: 2 }, 'da')).toBe(true);
  expect(confirm).toHaveBeenCalledWith('Slet „Jens Jensen“?');
  confirm.mockReturnValue(false);
  expect(await confirmDelete({ what: 'form', name: 'Talk' }, 'en')).toBe(false);
  expect(confirm).toHaveBeenLastCalledWith('Delete “Talk”?');
});
