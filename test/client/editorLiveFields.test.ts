import { describe, expect, it } from 'vitest';
import { mergeFields, typed, type OwnFields } from '../../client/app/liveFields.tsx';
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

  it('lets a field typed back to where it began follow the record again, and not write it', () => {
    type Note = { role: string };
    let own: OwnFields<Note> = {};
    own = typed(own, 'role', 'Oplægsholderx', 'Oplægsholder');
    own = typed(own, 'role', 'Oplægsholder', 'Oplægsholder');
    // Someone else changes the role meanwhile: the field shows it, and a save leaves it.
    const merged = mergeFields({ role: 'Deltager' }, own);
    expect(merged.shown.role).toBe('Deltager');
    expect(merged.others).toEqual({});
    expect(changedFields({ role: 'Deltager' }, merged.shown)).toEqual({});
  });

  it("lets a field typed to someone else's new value follow the record too", () => {
    type Note = { role: string };
    let own: OwnFields<Note> = typed({}, 'role', 'Deltage', 'Oplægsholder');
    own = typed(own, 'role', 'Deltager', 'Deltager');
    expect(own).toEqual({});
  });
});
