import { describe, expect, it } from 'vitest';
import { checkBoard } from '../../shared/checks.ts';
import { aForm, aParticipant, cleanBoard } from './fixtures.ts';
import { codes, ofCode, withMeeting, withNotes } from './check-boards.ts';

describe('checkBoard: each check of notes and people fires on a board built for it', () => {
  it('participant-no-form: without a form, or with a form that is not in its lane', () => {
    const board = withNotes([
      aParticipant({ id: 'loose', lane: 'net1', y: 300, person: 'jens', form: null }),
      aParticipant({ id: 'astray', lane: 'net2', y: 300, person: 'soren', form: 'net1-form' }),
    ]);
    const found = ofCode(board, 'participant-no-form');
    expect(found.map((c) => [c.meetingId, c.noteId, c.personId, c.severity])).toEqual([
      ['net1', 'loose', 'jens', 'info'],
      ['net2', 'astray', 'soren', 'info'],
    ]);
    expect(found[0]?.message.da).toBe(
      'Jens J. på „Netværksmøde 1: Samarbejde“ er ikke knyttet til en inddragelsesform.',
    );
  });

  it('form-no-participants', () => {
    const board = withNotes([aForm({ id: 'empty', lane: 'net2', y: 400, name: 'Oplæg' })]);
    const found = ofCode(board, 'form-no-participants');
    expect(found.map((c) => [c.meetingId, c.noteId, c.severity])).toEqual([
      ['net2', 'empty', 'info'],
    ]);
    expect(found[0]?.message.en).toBe(
      'The involvement form “Oplæg” at “Network meeting 2: Overgange” has no participants.',
    );
  });

  it('person-twice-in-meeting: on every note after the first under the same form, as a warning', () => {
    const board = withNotes([
      aParticipant({ id: 'again', lane: 'net1', y: 300, person: 'soren', form: 'net1-form' }),
      aParticipant({ id: 'early', lane: 'net1', y: 150, person: 'soren', form: 'net1-form' }),
    ]);
    const found = ofCode(board, 'person-twice-in-meeting');
    // Reading order: net1-soren (y 200) is preceded by "early" (y 150), so it and "again" are the extras.
    expect(found.map((c) => [c.noteId, c.personId, c.severity])).toEqual([
      ['net1-soren', 'soren', 'warning'],
      ['again', 'soren', 'warning'],
    ]);
    expect(found[0]?.message.da).toBe(
      'Søren S. står 3 gange på „Netværksmøde 1: Samarbejde“ under inddragelsesformen „Workshop m. borgere“. Fjern de ekstra post-its, eller saml dem på én.',
    );
  });

  it('person-twice-in-meeting: twice without a form too, but not under two different forms (two roles)', () => {
    const twoRoles = withNotes([
      aForm({ id: 'talk', lane: 'net1', y: 500, name: 'Oplæg', durationMinutes: 15 }),
      aParticipant({ id: 'speaker', lane: 'net1', y: 520, person: 'soren', form: 'talk' }),
    ]);
    expect(ofCode(twoRoles, 'person-twice-in-meeting')).toEqual([]);

    const loose = withNotes([
      aParticipant({ id: 'loose1', lane: 'net1', y: 500, person: 'soren' }),
      aParticipant({ id: 'loose2', lane: 'net1', y: 600, person: 'soren' }),
    ]);
    const found = ofCode(loose, 'person-twice-in-meeting');
    expect(found.map((c) => c.noteId)).toEqual(['loose2']);
    expect(found[0]?.message.en).toBe(
      'Søren S. is on “Network meeting 1: Samarbejde” 2 times without an involvement form. Remove the extra post-its or merge them into one.',
    );
  });

  it('meeting-no-duration: for each meeting without one, as an info', () => {
    const found = ofCode(withMeeting('extra1', { durationMinutes: null }), 'meeting-no-duration');
    expect(found.map((c) => [c.meetingId, c.severity])).toEqual([['extra1', 'info']]);
    expect(found[0]?.message.da).toBe(
      '„Ekstramøde: Status med referencelederen“ har ingen varighed. Hvor lang tid skal mødet tage?',
    );
  });

  it('no-core-participants: once, for the board, when the pool has people and none is core', () => {
    const board = cleanBoard();
    const noCore = { ...board, people: board.people.map((p) => ({ ...p, core: false })) };
    expect(codes(noCore)).toEqual(['no-core-participants']);
    expect(ofCode(noCore, 'no-core-participants')[0]?.severity).toBe('warning');
    // An empty pool has other findings first; this one waits for people.
    const empty = {
      ...board,
      people: [],
      notes: board.notes.filter((n) => n.kind !== 'participant'),
    };
    expect(codes(empty)).not.toContain('no-core-participants');
  });

  it('forms-over-duration: only when the meeting has a duration and the forms exceed it', () => {
    const board = withMeeting('net2', { durationMinutes: 30 });
    const found = ofCode(board, 'forms-over-duration');
    expect(found.map((c) => c.meetingId)).toEqual(['net2']);
    expect(found[0]?.message).toEqual({
      da: 'Inddragelsesformerne på „Netværksmøde 2: Overgange“ varer tilsammen 45 min., men mødet varer kun 30 min.',
      en: 'The involvement forms at “Network meeting 2: Overgange” take 45 min in total, but the meeting lasts only 30 min.',
    });
    // Exactly full is fine; no duration means nothing to compare against.
    expect(ofCode(withMeeting('net2', { durationMinutes: 45 }), 'forms-over-duration')).toEqual([]);
    expect(ofCode(withMeeting('extra1', { durationMinutes: null }), 'forms-over-duration')).toEqual(
      [],
    );
  });
});
