import { describe, expect, it } from 'vitest';
import { mergeFields, type OwnFields } from '../../client/app/liveFields.tsx';
import { changedFields } from '../../client/app/changedFields.ts';

type Fields = { contribution: string; role: string; form: string };
const opened: Fields = { contribution: 'Oplæg', role: '', form: '' };

describe("an open editor's fields while others change the record", () => {
  it('shows the record as it is now in every field this user has not typed in', () => {
    const now = { ...opened, role: 'ordstyrer', form: 'f2' };
    expect(mergeFields(now, {})).toEqual({ shown: now, others: {} });
  });

  it('keeps what this user typed, whatever the record holds now, and writes only that', () => {
    const own: OwnFields<Fields> = { contribution: { value: 'Viden om SFO', from: 'Oplæg' } };
    const now = { ...opened, role: 'ordstyrer' };
    const { shown } = mergeFields(now, own);
    expect(shown).toEqual({ contribution: 'Viden om SFO', role: 'ordstyrer', form: '' });
    // What a save writes: only the typed field; someone else's role is not written back.
    expect(changedFields(now, shown)).toEqual({ contribution: 'Viden om SFO' });
  });

  it("gives someone else's value for a field both changed, so it can be shown beside it", () => {
    const own: OwnFields<Fields> = { contribution: { value: 'Viden om SFO', from: 'Oplæg' } };
    const now = { ...opened, contribution: 'Fortæller om projektet' };
    expect(mergeFields(now, own).others).toEqual({ contribution: 'Fortæller om projektet' });
    // Cleared by someone else: an empty value is a value too.
    expect(mergeFields({ ...opened, contribution: '' }, own).others).toEqual({ contribution: '' });
  });

  it('gives no hint where the record still holds what the user began from, or what they typed', () => {
    const own: OwnFields<Fields> = { role: { value: 'ordstyrer', from: '' } };
    expect(mergeFields(opened, own).others).toEqual({});
    expect(mergeFields({ ...opened, role: 'ordstyrer' }, own).others).toEqual({});
    // Typed in and then back to what it was: still this user's field, written as shown.
    const back: OwnFields<Fields> = { role: { value: '', from: '' } };
    const now = { ...opened, role: 'referent' };
    const { shown, others } = mergeFields(now, back);
    expect(shown.role).toBe('');
    expect(others).toEqual({ role: 'referent' });
    expect(changedFields(now, shown)).toEqual({ role: '' });
  });
});
