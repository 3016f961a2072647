// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TitleField } from '../../../client/board/Toolbar.tsx';
import { blurField, byTestId, mount, pressKey, typeInto, type Mounted } from '../plan/harness.tsx';

/**
 * The toolbar's title field as the other text fields (qa5): no maxLength, which
 * cut a pasted title at 200 characters unseen; a title over the cap stays in
 * the field, says how long it is and may be, and nothing is saved.
 */

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function open(onCommit = vi.fn()) {
  mounted = mount(
    <TitleField title="Ensomhed blandt unge" editable lang="da" onCommit={onCommit} />,
  );
  const field = byTestId<HTMLInputElement>(mounted.container, 'board-title');
  return { field, onCommit, container: mounted.container };
}

describe('the toolbar’s board title field', () => {
  it('keeps a pasted title over 200 characters whole, unsaved, with the message', () => {
    const { field, onCommit, container } = open();
    expect(field.maxLength).toBe(-1);
    const pasted = 'Unge og ensomhed i kommunen '.repeat(9).trim();
    expect(pasted.length).toBeGreaterThan(200);
    typeInto(field, pasted);
    pressKey(field, 'Enter');
    blurField(field);
    expect(onCommit).not.toHaveBeenCalled();
    expect(field.value).toBe(pasted);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const alert = container.querySelector('[role=alert]');
    expect(alert?.textContent).toBe(
      `Teksten er for lang: ${pasted.length} tegn, højst 200. Gør den kortere – intet er gemt endnu.`,
    );
    expect(field.getAttribute('aria-describedby')).toBe(alert?.id);
    // Shortened, it is saved and the message goes.
    typeInto(field, 'Unge og ensomhed');
    expect(container.querySelector('[role=alert]')).toBeNull();
    blurField(field);
    expect(onCommit).toHaveBeenCalledWith('Unge og ensomhed');
  });

  it('gives the title back on Escape, the message gone', () => {
    const { field, onCommit, container } = open();
    typeInto(field, 'x'.repeat(250));
    blurField(field);
    expect(container.querySelector('[role=alert]')).not.toBeNull();
    act(() => field.focus());
    pressKey(field, 'Escape');
    blurField(field);
    expect(onCommit).not.toHaveBeenCalled();
    expect(field.value).toBe('Ensomhed blandt unge');
    expect(container.querySelector('[role=alert]')).toBeNull();
  });
});
