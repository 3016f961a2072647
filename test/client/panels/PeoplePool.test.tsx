// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { PeoplePool } from '../../../client/panels/PeoplePool.tsx';
import { answerConfirm } from '../confirmAnswer.ts';
import { keepsOwnUndo } from '../../../client/board/undoKeys.ts';
import type { BoardActions } from '../../../client/sync/actions.ts';
import { readBoard } from '../../../shared/doc-read.ts';
import { participantLabel } from '../../../shared/plan-labels.ts';
import { deletePerson, updatePerson } from '../../../shared/ops/index.ts';
import {
  byTestId,
  click,
  getByTestId,
  press,
  selectOption,
  submit,
  toggle,
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

beforeEach(() => {
  panel = panelOnBoard(PeoplePool);
  ({ doc, actions, canvas, view } = panel);
});

afterEach(() => {
  panel.dispose();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const input = (root: ParentNode, name: string) =>
  root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('PeoplePool', () => {
  it('lists the people in pool order with category, core marker and meetings placed', () => {
    const panel = getByTestId(view.container, 'pool-panel');
    const rows = [...panel.querySelectorAll('[data-testid^="pool-entry-"]')];
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([
      'pool-entry-jens',
      'pool-entry-helle',
      'pool-entry-soeren',
    ]);
    const jens = getByTestId(panel, 'pool-entry-jens');
    expect(jens.textContent).toContain('Jens J.');
    expect(jens.textContent).toContain('ØS');
    expect(jens.textContent).toContain('Fagprofessionel');
    expect(jens.querySelector('.pool-core')?.textContent).toBe('Kerne');
    expect(getByTestId(panel, 'pool-entry-helle').querySelector('.pool-core')).toBeNull();
    expect(getByTestId(panel, 'pool-entry-soeren').textContent).toContain('Borger');
    expect(getByTestId(panel, 'pool-placed-jens').textContent).toBe('1');
    expect(getByTestId(panel, 'pool-placed-jens').getAttribute('aria-label')).toBe(
      'Placeret på 1 møde',
    );
  });

  it("names each person whole, with the affiliation, in the row's tooltip (the row cuts them short)", () => {
    expect(getByTestId(view.container, 'pool-entry-jens').getAttribute('title')).toBe(
      'Jens J., ØS',
    );
    expect(updatePerson(doc, 'helle', { affiliation: '' }, 'someone').ok).toBe(true);
    rerender();
    expect(getByTestId(view.container, 'pool-entry-helle').getAttribute('title')).toBe('Helle H.');
  });

  it('speaks English when asked', () => {
    rerender({ lang: 'en' });
    expect(getByTestId(view.container, 'pool-panel').textContent).toContain('Participant pool');
    expect(getByTestId(view.container, 'pool-entry-soeren').textContent).toContain('Citizen');
  });

  it("shows an example of an affiliation in the person form, in the page's language", () => {
    click(getByTestId(view.container, 'pool-add'));
    const form = () => getByTestId(view.container, 'pool-add-form');
    expect(input(form(), 'affiliation').placeholder).toBe('fx afdeling, skole eller forening');
    rerender({ lang: 'en' });
    expect(input(form(), 'affiliation').placeholder).toBe('e.g. department, school or association');
  });

  it('adds a person through the form', () => {
    const spy = vi.spyOn(actions, 'addPerson');
    click(getByTestId(view.container, 'pool-add'));
    const form = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    typeInto(input(form, 'name'), '  en skoleleder ');
    typeInto(input(form, 'affiliation'), 'Skolen');
    selectOption(form.querySelector('select')!, 'external');
    toggle(input(form, 'core'));
    submit(form);

    expect(spy).toHaveBeenCalledWith({
      name: 'en skoleleder',
      affiliation: 'Skolen',
      category: 'external',
      core: true,
    });
    const added = readBoard(doc).people.at(-1);
    expect(added).toMatchObject({ name: 'en skoleleder', affiliation: 'Skolen', core: true });
    rerender();
    expect(byTestId(view.container, `pool-entry-${added!.id}`)).not.toBeNull();
    // The form stays open, emptied, for the next person.
    const again = getByTestId(view.container, 'pool-add-form');
    expect(input(again, 'name').value).toBe('');
  });

  it('adds a person whose category was not chosen as "Andet", not as a citizen the plan would call "Borger"', () => {
    click(getByTestId(view.container, 'pool-add'));
    const form = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    const category = form.querySelector('select')!;
    expect(category.selectedOptions[0]?.textContent).toBe('Andet');
    typeInto(input(form, 'name'), 'en skoleleder');
    submit(form);
    const added = readBoard(doc).people.at(-1)!;
    expect(added).toMatchObject({ name: 'en skoleleder', category: 'other' });
    expect(participantLabel(added)).toBe('en skoleleder');
  });

  it('keeps the last category and core box for the next person while the add form stays open', () => {
    click(getByTestId(view.container, 'pool-add'));
    const form = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    typeInto(input(form, 'name'), 'Lærer');
    typeInto(input(form, 'affiliation'), 'Skolen');
    selectOption(form.querySelector('select')!, 'professional');
    toggle(input(form, 'core'));
    submit(form);

    const again = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    expect(input(again, 'name').value).toBe('');
    expect(input(again, 'affiliation').value).toBe('');
    expect(again.querySelector('select')!.value).toBe('professional');
    expect(input(again, 'core').checked).toBe(true);
    typeInto(input(again, 'name'), 'Sagsbehandler');
    submit(again);
    expect(readBoard(doc).people.at(-1)).toMatchObject({
      name: 'Sagsbehandler',
      category: 'professional',
      core: true,
    });

    // Pressing + again while open keeps them; closed and opened again, the form starts from the defaults.
    click(getByTestId(view.container, 'pool-add'));
    const still = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    expect(still.querySelector('select')!.value).toBe('professional');
    const close = [...still.querySelectorAll('button')].find((b) => b.textContent === 'Luk')!;
    click(close);
    expect(byTestId(view.container, 'pool-add-form')).toBeNull();
    click(getByTestId(view.container, 'pool-add'));
    const fresh = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    expect(fresh.querySelector('select')!.value).toBe('other');
    expect(input(fresh, 'core').checked).toBe(false);
  });

  it('hands Ctrl+Z to the board while the form holds nothing typed (as right after an add)', () => {
    click(getByTestId(view.container, 'pool-add'));
    const form = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    const name = input(form, 'name');
    expect(keepsOwnUndo(name)).toBe(false);
    typeInto(name, 'Ane');
    expect(keepsOwnUndo(name)).toBe(true);
    expect(keepsOwnUndo(input(form, 'affiliation'))).toBe(true);
    submit(form);
    const again = getByTestId(view.container, 'pool-add-form');
    expect(keepsOwnUndo(input(again, 'name'))).toBe(false);
    // An unsaved choice elsewhere in the form keeps Ctrl+Z in the form's fields.
    toggle(input(again, 'core'));
    expect(keepsOwnUndo(input(again, 'name'))).toBe(true);
  });

  it('refuses an empty name without calling the op', () => {
    const spy = vi.spyOn(actions, 'addPerson');
    click(getByTestId(view.container, 'pool-add'));
    const form = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    submit(form);
    expect(spy).not.toHaveBeenCalled();
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Skriv et navn.');
    rerender({ lang: 'en' });
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Enter a name.');
  });

  it('keeps a pasted affiliation over the limit whole in the form, saying which field is too long', () => {
    const spy = vi.spyOn(actions, 'addPerson');
    click(getByTestId(view.container, 'pool-add'));
    const form = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    // No maxLength: the browser would cut a paste short without a word.
    expect(input(form, 'affiliation').maxLength).toBe(-1);
    typeInto(input(form, 'name'), 'Jens J.');
    typeInto(input(form, 'affiliation'), 'Ø'.repeat(250));
    submit(form);
    expect(spy).not.toHaveBeenCalled();
    expect(input(form, 'affiliation').value).toHaveLength(250);
    expect(form.querySelector('[role="alert"]')?.textContent).toBe(
      'Tilknytning: teksten er for lang: 250 tegn, højst 200. Gør den kortere – intet er gemt endnu.',
    );
  });

  it('shows an op error inline', () => {
    vi.spyOn(actions, 'addPerson').mockReturnValue({
      ok: false,
      error: { code: 'limit-reached', detail: 'too many people' },
    });
    click(getByTestId(view.container, 'pool-add'));
    const form = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
    typeInto(input(form, 'name'), 'X');
    submit(form);
    expect(form.querySelector('[role="alert"]')?.textContent).toContain('grænse');
    rerender({ lang: 'en' });
    expect(form.querySelector('[role="alert"]')?.textContent).toBe(
      'The change was not saved: the board has reached its limit.',
    );
  });

  it('shows a failed delete in the language switched to', async () => {
    vi.spyOn(actions, 'deletePerson').mockReturnValue({
      ok: false,
      error: { code: 'not-found', detail: 'gone' },
    });
    click(getByTestId(view.container, 'person-delete-jens'));
    await answerConfirm('delete');
    expect(getByTestId(view.container, 'pool-error').textContent).toContain('findes ikke');
    rerender({ lang: 'en' });
    expect(getByTestId(view.container, 'pool-error').textContent).toBe(
      'It no longer exists – someone may just have deleted it.',
    );
  });

  it('gives the focus back to + Tilføj person, or to the row’s ✎, when its form closes with Escape', async () => {
    const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const add = getByTestId(view.container, 'pool-add');
    add.focus();
    click(add);
    const addForm = getByTestId(view.container, 'pool-add-form');
    input(addForm, 'name').focus();
    press(input(addForm, 'name'), 'Escape');
    await tick();
    expect(document.activeElement).toBe(getByTestId(view.container, 'pool-add'));

    getByTestId(view.container, 'person-edit-helle').focus();
    click(getByTestId(view.container, 'person-edit-helle'));
    const editForm = getByTestId(view.container, 'person-form-helle');
    input(editForm, 'name').focus();
    press(input(editForm, 'name'), 'Escape');
    await tick();
    expect(document.activeElement).toBe(getByTestId(view.container, 'person-edit-helle'));
  });

  it('gives the focus back to + Tilføj person after people were added, when the form closes', async () => {
    const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const add = getByTestId(view.container, 'pool-add');
    add.focus();
    click(add);
    for (const name of ['Lærer', 'Pædagog']) {
      const form = getByTestId(view.container, 'pool-add-form') as HTMLFormElement;
      input(form, 'name').focus();
      typeInto(input(form, 'name'), name);
      submit(form);
      rerender();
    }
    // The form drawn anew for the next person has the focus in its name field.
    const again = getByTestId(view.container, 'pool-add-form');
    expect(document.activeElement).toBe(input(again, 'name'));
    press(input(again, 'name'), 'Escape');
    await tick();
    expect(document.activeElement).toBe(getByTestId(view.container, 'pool-add'));
  });

  it('deletes a person and their notes after confirming', async () => {
    click(getByTestId(view.container, 'person-delete-jens'));
    expect(await answerConfirm('delete')).toContain('post-it på tavlen slettes også');
    const board = readBoard(doc);
    expect(board.people.map((p) => p.id)).toEqual(['helle', 'soeren']);
    expect(board.notes.some((n) => n.kind === 'participant' && n.person === 'jens')).toBe(false);
    rerender();
    expect(byTestId(view.container, 'pool-entry-jens')).toBeNull();
  });

  it('keeps the person when the confirm is declined', async () => {
    const spy = vi.spyOn(actions, 'deletePerson');
    click(getByTestId(view.container, 'person-delete-jens'));
    await answerConfirm('cancel');
    expect(spy).not.toHaveBeenCalled();
    expect(readBoard(doc).people).toHaveLength(3);
  });

  it('shows no editing affordances when read-only', () => {
    rerender({ readOnly: true, actions: null });
    const panel = getByTestId(view.container, 'pool-panel');
    expect(byTestId(panel, 'pool-add')).toBeNull();
    expect(byTestId(panel, 'person-edit-jens')).toBeNull();
    expect(byTestId(panel, 'person-delete-jens')).toBeNull();
    expect(panel.querySelector('button')).toBeNull();
    expect(byTestId(panel, 'pool-entry-jens')).not.toBeNull();
  });

  it('filters the list', () => {
    typeInto(getByTestId(view.container, 'pool-filter') as HTMLInputElement, 'borger');
    const rows = view.container.querySelectorAll('[data-testid^="pool-entry-"]');
    expect([...rows].map((r) => r.getAttribute('data-testid'))).toEqual(['pool-entry-soeren']);
  });
});
