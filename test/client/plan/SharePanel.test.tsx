// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from '../../../client/board/ShareButton.tsx';
import { SharePanel } from '../../../client/plan/SharePanel.tsx';
import { byTestId, click, mount, waitForDom, type Mounted } from './harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

const EDIT = 'http://tavle.local:8080/b/abcdefghijkl';
const VIEW = 'http://tavle.local:8080/v/mnopqrstuvwx';

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('share panel', () => {
  it('shows the edit link and the read-only link as read-only fields', () => {
    mounted = mount(<SharePanel editUrl={EDIT} viewUrl={VIEW} lang="da" />);
    const edit = byTestId<HTMLInputElement>(mounted.container, 'share-edit-link');
    const view = byTestId<HTMLInputElement>(mounted.container, 'share-view-link');
    expect([edit.value, edit.readOnly]).toEqual([EDIT, true]);
    expect([view.value, view.readOnly]).toEqual([VIEW, true]);
  });

  it('never reveals an edit link in a read-only session', () => {
    mounted = mount(<SharePanel editUrl={null} viewUrl={VIEW} lang="da" />);
    expect(mounted.container.querySelector('[data-testid="share-edit-link"]')).toBeNull();
    expect(mounted.container.textContent).not.toContain('/b/');
    expect(byTestId(mounted.container, 'share-qr').getAttribute('data-url')).toBe(VIEW);
  });

  it('draws a QR code of the edit link, and of the read-only link when chosen', async () => {
    mounted = mount(<SharePanel editUrl={EDIT} viewUrl={VIEW} lang="da" />);
    const { container } = mounted;
    const qr = () => byTestId<HTMLImageElement>(container, 'share-qr');
    await waitForDom(() => qr().getAttribute('src')?.startsWith('data:image/png;base64,') ?? false);
    expect(qr().getAttribute('data-url')).toBe(EDIT);
    const editImage = qr().getAttribute('src');
    click(byTestId(container, 'share-qr-view'));
    expect(qr().getAttribute('data-url')).toBe(VIEW);
    await waitForDom(() => (qr().getAttribute('src') ?? editImage) !== editImage);
    expect(qr().getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(qr().getAttribute('alt')).toBe('QR-kode til Læselink');
  });

  it('copies a link to the clipboard', async () => {
    const writeText = vi.fn(async () => {});
    mockClipboard(writeText);
    mounted = mount(<SharePanel editUrl={EDIT} viewUrl={VIEW} lang="en" />);
    click(byTestId(mounted.container, 'share-view-copy'));
    const container = mounted.container;
    await waitForDom(() => container.textContent?.includes('Copied') ?? false);
    expect(writeText).toHaveBeenCalledWith(VIEW);
  });

  it('selects the link for Ctrl+C when the clipboard refuses', async () => {
    mockClipboard(async () => {
      throw new Error('not allowed');
    });
    mounted = mount(<SharePanel editUrl={EDIT} viewUrl={VIEW} lang="da" />);
    const container = mounted.container;
    click(byTestId(container, 'share-edit-copy'));
    await waitForDom(() => container.textContent?.includes('Markeret') ?? false);
    const input = byTestId<HTMLInputElement>(container, 'share-edit-link');
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, EDIT.length]);
  });
});

describe('share button', () => {
  it('opens the share panel (loaded on first use) in a popover and closes it with Escape', async () => {
    mounted = mount(<ShareButton editUrl={EDIT} viewUrl={VIEW} lang="da" />);
    const { container } = mounted;
    expect(container.querySelector('[data-testid="share-view-link"]')).toBeNull();
    click(byTestId(container, 'share-open'));
    expect(container.querySelector('[role="dialog"]')).not.toBeNull();
    await waitForDom(() => container.querySelector('[data-testid="share-view-link"]') !== null);
    expect(byTestId<HTMLInputElement>(container, 'share-view-link').value).toBe(VIEW);
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelector('[role="dialog"]')).toBeNull();
  });
});
