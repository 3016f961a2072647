// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { FormPalette } from '../../../client/panels/FormPalette.tsx';
import { answerConfirm } from '../confirmAnswer.ts';
import { keepsOwnUndo } from '../../../client/board/undoKeys.ts';
import type { BoardActions } from '../../../client/sync/actions.ts';
import { deletePaletteForm, updatePaletteForm } from '../../../shared/ops/index.ts';
import { readBoard } from '../../../shared/doc-read.ts';
import {
  byTestId,
  click,
  getByTestId,
  pointer,
  submit,
  typeInto,
  panelOnBoard,
  type FakeCanvas,
  type Mounted,
  type PanelOnBoard,
  type SidePanelProps,
} from './harness.ts';

let panel: PanelOnBoard;
let doc: Y.Doc;
let actions: BoardActions;
let canvas: FakeCanvas;
let view: Mounted;

const props = (overrides: Partial<SidePanelProps> = {}) => panel.props(overrides);
/** Re-renders with the document's current state, as the board page does on every update. */
const rerender = (overrides: Partial<SidePanelProps> = {}) => panel.rerender(overrides);

const field = <T extends Element = HTMLInputElement>(root: ParentNode, name: string) =>
  root.querySelector<T & Element>(`[name="${name}"]`)!;

beforeEach(() => {
  panel = panelOnBoard(FormPalette);
  ({ doc, actions, canvas, view } = panel);
});

afterEach(() => {
  panel.dispose();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('FormPalette', () => {
  it('lists the palette with name and minutes', () => {
    const entry = getByTestId(view.container, 'palette-entry-p1');
    expect(entry.textContent).toContain('Oplæg');
    expect(entry.textContent).toContain('30 min.');
    expect(getByTestId(view.container, 'palette-panel').textContent).toContain('Metodesamling');
  });

  it("names each form whole in the row's tooltip (the row cuts it short), then its description", () => {
    expect(getByTestId(view.container, 'palette-entry-p1').getAttribute('title')).toBe('Oplæg');
    const described = { description: 'Et oplæg, der giver fælles viden.' };
    expect(updatePaletteForm(doc, 'p1', described, 'someone').ok).toBe(true);
    rerender();
    expect(getByTestId(view.container, 'palette-entry-p1').getAttribute('title')).toBe(
      'Oplæg\nEt oplæg, der giver fælles viden.',
    );
  });

  it('adds a custom form', () => {
    const spy = vi.spyOn(actions, 'addPaletteForm');
    click(getByTestId(view.container, 'palette-add'));
    const form = getByTestId(view.container, 'palette-add-form') as HTMLFormElement;
    typeInto(field(form, 'name'), 'Walk and talk');
    typeInto(field(form, 'minutes'), '45');
    typeInto(field<HTMLTextAreaElement>(form, 'description'), 'To og to på en gåtur');
    submit(form);
    expect(spy).toHaveBeenCalledWith({
      name: 'Walk and talk',
      durationMinutes: 45,
      description: 'To og to på en gåtur',
    });
    const added = readBoard(doc).palette.at(-1)!;
    expect(added).toMatchObject({ name: 'Walk and talk', durationMinutes: 45 });
    rerender();
    expect(getByTestId(view.container, `palette-entry-${added.id}`).textContent).toContain(
      '45 min.',
    );
  });

  it('rejects minutes that are not whole and positive', () => {
    const spy = vi.spyOn(actions, 'addPaletteForm');
    click(getByTestId(view.container, 'palette-add'));
    const form = getByTestId(view.container, 'palette-add-form') as HTMLFormElement;
    typeInto(field(form, 'name'), 'Café');
    typeInto(field(form, 'minutes'), '1,5');
    submit(form);
    expect(spy).not.toHaveBeenCalled();
    expect(form.querySelector('[role="alert"]')?.textContent).toContain('helt antal minutter');
    // Hours that do not come to whole minutes are no better.
    typeInto(field(form, 'minutes'), '1,51 time');
    submit(form);
    expect(spy).not.toHaveBeenCalled();
  });

  it('shows an open error in the language switched to', () => {
    click(getByTestId(view.container, 'palette-add'));
    const form = getByTestId(view.container, 'palette-add-form') as HTMLFormElement;
    typeInto(field(form, 'name'), 'Café');
    typeInto(field(form, 'minutes'), '1,5');
    submit(form);
    rerender({ lang: 'en' });
    expect(form.querySelector('[role="alert"]')?.textContent).toBe(
      'Enter whole minutes from 1 to 2880 (e.g. 45, 45 min or 1.5 hours), or leave the field empty.',
    );
  });

  it('hands Ctrl+Z to the board while the form holds nothing typed', () => {
    click(getByTestId(view.container, 'palette-add'));
    const form = getByTestId(view.container, 'palette-add-form') as HTMLFormElement;
    expect(keepsOwnUndo(field(form, 'minutes'))).toBe(false);
    typeInto(field(form, 'minutes'), '4');
    expect(keepsOwnUndo(field(form, 'name'))).toBe(true);
  });

  it('closes an edit form with a notice when someone else deletes that form', () => {
    click(getByTestId(view.container, 'palette-edit-p1'));
    expect(deletePaletteForm(doc, 'p1', 'someone-else').ok).toBe(true);
    rerender();
    expect(byTestId(view.container, 'palette-form-p1')).toBeNull();
    expect(getByTestId(view.container, 'palette-error').textContent).toBe(
      'Inddragelsesformen, du redigerede, er blevet slettet.',
    );
  });

  it('takes minutes written with their unit, or as hours', () => {
    const spy = vi.spyOn(actions, 'addPaletteForm');
    for (const [name, minutes] of [
      ['Café', '45 min'],
      ['Workshop', '1½ time'],
    ] as const) {
      if (byTestId(view.container, 'palette-add-form') === null) {
        click(getByTestId(view.container, 'palette-add'));
      }
      const form = getByTestId(view.container, 'palette-add-form') as HTMLFormElement;
      typeInto(field(form, 'name'), name);
      typeInto(field(form, 'minutes'), minutes);
      submit(form);
      rerender();
    }
    expect(spy.mock.calls.map(([values]) => values.durationMinutes)).toEqual([45, 90]);
  });

  it('edits only the fields that changed; clearing minutes stores no time', () => {
    const spy = vi.spyOn(actions, 'updatePaletteForm');
    click(getByTestId(view.container, 'palette-edit-p1'));
    const form = getByTestId(view.container, 'palette-form-p1') as HTMLFormElement;
    typeInto(field(form, 'minutes'), '');
    submit(form);
    expect(spy).toHaveBeenCalledWith('p1', { durationMinutes: null });
    expect(readBoard(doc).palette[0]).toMatchObject({ name: 'Oplæg', durationMinutes: null });
  });

  it("an open edit form follows another user's changes to fields not typed in and keeps the typed one", () => {
    click(getByTestId(view.container, 'palette-edit-p1'));
    const form = () => getByTestId(view.container, 'palette-form-p1') as HTMLFormElement;
    typeInto(field(form(), 'name'), 'Oplæg med spørgsmål');
    const other = { name: 'Kort oplæg', durationMinutes: 20 };
    expect(updatePaletteForm(doc, 'p1', other, 'someone-else').ok).toBe(true);
    rerender();
    expect(field(form(), 'name').value).toBe('Oplæg med spørgsmål');
    expect(field(form(), 'minutes').value).toBe('20');
    expect(form().querySelector<HTMLElement>('.changed-by-other')!.textContent).toBe(
      'Ændret af en anden: „Kort oplæg“',
    );
    submit(form());
    expect(readBoard(doc).palette[0]).toMatchObject({
      name: 'Oplæg med spørgsmål',
      durationMinutes: 20,
    });
  });

  it('deletes after confirming, leaving form notes on the board', async () => {
    const notesBefore = readBoard(doc).notes.length;
    click(getByTestId(view.container, 'palette-delete-p1'));
    expect(await answerConfirm('delete')).toContain('Oplæg');
    expect(readBoard(doc).palette).toEqual([]);
    expect(readBoard(doc).notes).toHaveLength(notesBefore);
    rerender();
    expect(byTestId(view.container, 'palette-entry-p1')).toBeNull();
  });

  it('keeps the form when the confirm is cancelled', async () => {
    click(getByTestId(view.container, 'palette-delete-p1'));
    await answerConfirm('cancel');
    expect(readBoard(doc).palette.map((p) => p.id)).toEqual(['p1']);
  });

  it('shows no editing affordances when read-only', () => {
    rerender({ readOnly: true, actions: null });
    const panel = getByTestId(view.container, 'palette-panel');
    expect(panel.querySelector('button')).toBeNull();
    expect(byTestId(panel, 'palette-entry-p1')).not.toBeNull();
  });

  it('drags an entry onto the canvas', () => {
    const entry = getByTestId(view.container, 'palette-entry-p1');
    pointer(entry, 'pointerdown', 40, 40, { pointerType: 'touch' });
    pointer(window, 'pointermove', 40, 46, { pointerType: 'touch' });
    pointer(window, 'pointermove', 500, 200, { pointerType: 'touch' });
    expect(document.querySelector('.panel-ghost')?.textContent).toContain('Oplæg');
    pointer(window, 'pointerup', 500, 200, { pointerType: 'touch' });
    expect(canvas.dropPaletteForm).toHaveBeenCalledWith('p1', 500, 200);
  });

  it('a click on an entry drops nothing', () => {
    const entry = getByTestId(view.container, 'palette-entry-p1');
    pointer(entry, 'pointerdown', 40, 40);
    pointer(window, 'pointerup', 40, 40);
    expect(canvas.dropPaletteForm).not.toHaveBeenCalled();
  });
});
