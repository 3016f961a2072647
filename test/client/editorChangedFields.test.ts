import { describe, expect, it } from 'vitest';
import { changedFields } from '../../client/app/changedFields.ts';

describe('an editor save writes only what this user changed', () => {
  it('gives the fields that differ from what the editor opened with', () => {
    const opened = { contribution: 'Oplæg', role: '', form: null as string | null };
    expect(
      changedFields(opened, { contribution: 'Oplæg', role: 'facilitator', form: null }),
    ).toEqual({ role: 'facilitator' });
  });

  it('gives nothing when nothing was changed, whatever the board holds now', () => {
    const opened = { name: 'Jens J.', affiliation: 'ØS' };
    // Someone else renamed Jens meanwhile; this editor still shows what it opened with.
    expect(changedFields(opened, { ...opened })).toEqual({});
  });

  it('counts a field cleared to null or to empty text as changed', () => {
    expect(
      changedFields({ date: '2027-01-11', location: 'Rådhuset' }, { date: null, location: '' }),
    ).toEqual({ date: null, location: '' });
  });
});
