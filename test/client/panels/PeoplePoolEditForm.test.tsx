// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { PeoplePool } from '../../../client/panels/PeoplePool.tsx';
import type { BoardActions } from '../../../client/sync/actions.ts';
import { readBoard } from '../../../shared/doc-read.ts';
import { deletePerson, updatePerson } from '../../../shared/ops/index.ts';
import {
  byTestId,
  click,
  getByTestId,
  submit,
  typeInto,
  panelOnBoard,
  type Mounted,
  type PanelOnBoard,
  type SidePanelProps,
} from './harness.ts';

let panel: PanelOnBoard;
let doc: Y.Doc;
let actions: BoardActions;
let view: Mounted;

/** Re-renders with the document's current state, as the board page does on every update. */
const rerender = (overrides: Partial<SidePanelProps> = {}) => panel.rerender(overrides);

beforeEach(() => {
  panel = panelOnBoard(PeoplePool);
  ({ doc, actions, view } = panel);
});

afterEach(() => {
  panel.dispose();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const input = (root: ParentNode, name: string) =>
  root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('PeoplePool: editing a person', () => {
  it('closes an edit form with a notice when someone else deletes that person', () => {
    click(getByTestId(view.container, 'person-edit-helle'));
    typeInto(input(getByTestId(view.container, 'person-form-helle'), 'name'), 'Helle Hansen');
    expect(deletePerson(doc, 'helle', 'someone-else').ok).toBe(true);
    rerender();
    expect(byTestId(view.container, 'person-form-helle')).toBeNull();
    expect(getByTestId(view.container, 'pool-error').textContent).toBe(
      'Personen, du redigerede, er blevet slettet.',
    );
  });

  it('edits only the fields that changed', () => {
    const spy = vi.spyOn(actions, 'updatePerson');
    click(getByTestId(view.container, 'person-edit-helle'));
    const form = getByTestId(view.container, 'person-form-helle') as HTMLFormElement;
    expect(input(form, 'name').value).toBe('Helle H.');
    typeInto(input(form, 'affiliation'), 'PPR');
    submit(form);

    expect(spy).toHaveBeenCalledWith('helle', { affiliation: 'PPR' });
    expect(readBoard(doc).people.find((p) => p.id === 'helle')).toMatchObject({
      name: 'Helle H.',
      affiliation: 'PPR',
      category: 'professional',
    });
    rerender();
    expect(byTestId(view.container, 'person-form-helle')).toBeNull();
    expect(getByTestId(view.container, 'pool-entry-helle').textContent).toContain('PPR');
  });

  it("keeps another user's change to a field this user did not touch while the form was open", () => {
    click(getByTestId(view.container, 'person-edit-helle'));
    // Someone else renames Helle while this form is open; the pool re-renders with it.
    updatePerson(doc, 'helle', { name: 'Helle Hansen' }, 'someone-else');
    rerender();
    const form = getByTestId(view.container, 'person-form-helle') as HTMLFormElement;
    typeInto(input(form, 'affiliation'), 'PPR');
    submit(form);
    expect(readBoard(doc).people.find((p) => p.id === 'helle')).toMatchObject({
      name: 'Helle Hansen',
      affiliation: 'PPR',
    });
  });

  it("an open edit form shows another user's changes where this user has not typed, keeps what they typed, and says so where both changed", () => {
    click(getByTestId(view.container, 'person-edit-helle'));
    const form = () => getByTestId(view.container, 'person-form-helle') as HTMLFormElement;
    typeInto(input(form(), 'affiliation'), 'PPR');
    const other = { name: 'Helle Hansen', affiliation: 'Skolen', core: true };
    expect(updatePerson(doc, 'helle', other, 'someone-else').ok).toBe(true);
    rerender();
    expect(input(form(), 'name').value).toBe('Helle Hansen');
    expect(input(form(), 'core').checked).toBe(true);
    expect(input(form(), 'affiliation').value).toBe('PPR');
    const hint = form().querySelector<HTMLElement>('.changed-by-other')!;
    expect(hint.textContent).toBe('Ændret af en anden: „Skolen“');
    expect(input(form(), 'affiliation').getAttribute('aria-describedby')).toBe(hint.id);
    expect(form().querySelectorAll('.changed-by-other')).toHaveLength(1);

    const spy = vi.spyOn(actions, 'updatePerson');
    submit(form());
    expect(spy).toHaveBeenCalledWith('helle', { affiliation: 'PPR' });
    expect(readBoard(doc).people.find((p) => p.id === 'helle')).toMatchObject({
      name: 'Helle Hansen',
      affiliation: 'PPR',
      core: true,
    });
  });

  it('saving an unchanged form writes nothing', () => {
    const spy = vi.spyOn(actions, 'updatePerson');
    click(getByTestId(view.container, 'person-edit-jens'));
    submit(getByTestId(view.container, 'person-form-jens') as HTMLFormElement);
    expect(spy).not.toHaveBeenCalled();
    expect(byTestId(view.container, 'person-form-jens')).toBeNull();
  });
});
