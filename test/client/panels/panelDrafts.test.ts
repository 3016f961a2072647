// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { panelDraft, panelDraftKey } from '../../../client/panels/panelDrafts.ts';
import { keptFields } from '../../../client/panels/usePanelDraft.ts';

const person = { name: 'Helle H.', affiliation: 'SPO', category: 'professional', core: false };

describe('a side panel form’s draft kept over a reload', () => {
  afterEach(() => sessionStorage.clear());

  it('is read for its panel and board, and not when the storage holds something else', () => {
    const key = panelDraftKey('pool');
    expect(key).toContain(location.pathname);
    expect(key).not.toBe(panelDraftKey('palette'));
    sessionStorage.setItem(key, JSON.stringify({ form: 'add', own: {} }));
    expect(panelDraft('pool')).toEqual({ form: 'add', own: {} });
    expect(panelDraft('palette')).toBeNull();
    for (const other of ['{"form', 'null', '5', '"add"', '{"form":7}', '{}']) {
      sessionStorage.setItem(key, other);
      expect(panelDraft('pool'), other).toBeNull();
    }
  });

  it('gives its form the fields typed, as fields of that form', () => {
    const typed = { affiliation: { value: 'Skolen', from: 'SPO' } };
    expect(keptFields({ form: 'helle', own: typed }, 'helle', person)).toEqual(typed);
    // Another form's draft, or none.
    expect(keptFields({ form: 'add', own: typed }, 'helle', person)).toEqual({});
    expect(keptFields(null, 'helle', person)).toEqual({});
  });

  it('leaves out what the form cannot take: unknown fields, values of another type, odd shapes', () => {
    const own = {
      affiliation: { value: 'Skolen', from: 'SPO' },
      core: { value: 'ja', from: false },
      minutes: { value: '45', from: '' },
      name: 'Helle',
      category: null,
    };
    expect(keptFields({ form: 'add', own }, 'add', person)).toEqual({
      affiliation: { value: 'Skolen', from: 'SPO' },
    });
    for (const odd of [null, 5, 'text', [1, 2]]) {
      expect(keptFields({ form: 'add', own: odd }, 'add', person)).toEqual({});
    }
  });
});
