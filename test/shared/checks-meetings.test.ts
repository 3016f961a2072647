import { describe, expect, it } from 'vitest';
import { checkBoard } from '../../shared/checks.ts';
import { CHECK_MESSAGES } from '../../shared/i18n/checks.ts';
import { aParticipant, aPerson, anIdea, cleanBoard, newBoard } from './fixtures.ts';
import {
  codes,
  ofCode,
  withDate,
  withEmptyLanes,
  withMeeting,
  withNotes,
  withoutNotes,
} from './check-boards.ts';

describe('checkBoard: each check of meetings fires on a board built for it', () => {
  it('core-missing: one per core participant per network or final meeting they are not in', () => {
    const board = withoutNotes(['net2-karen', 'final1-karen']);
    const found = ofCode(board, 'core-missing');
    expect(found.map((c) => [c.meetingId, c.personId, c.noteId])).toEqual([
      ['net2', 'karen', undefined],
      ['final1', 'karen', undefined],
    ]);
    expect(found[0]?.message.da).toBe(
      'Kernedeltageren Karen K. er ikke med på „Netværksmøde 2: Overgange“. Kernedeltagere er med på alle netværksmøder og det afsluttende møde.',
    );
    expect(found[1]?.message.en).toContain('Core participant Karen K. is not at “Final meeting”');
  });

  it('core-missing: not for extra meetings (Karen is not in the extra meeting of the clean board)', () => {
    expect(ofCode(cleanBoard(), 'core-missing')).toEqual([]);
    const board = cleanBoard();
    expect(
      board.notes.some(
        (n) => n.lane === 'extra1' && n.kind === 'participant' && n.person === 'karen',
      ),
    ).toBe(false);
  });

  it('meeting-no-date', () => {
    const found = ofCode(withMeeting('net2', { date: null }), 'meeting-no-date');
    expect(found.map((c) => c.meetingId)).toEqual(['net2']);
    expect(found[0]?.message).toEqual({
      da: '„Netværksmøde 2: Overgange“ har ingen dato endnu.',
      en: '“Network meeting 2: Overgange” has no date yet.',
    });
  });

  it('meeting-no-subtheme: for network meetings, not for an extra meeting (say, with the reference leader) nor the final one', () => {
    let board = withMeeting('net1', { subtheme: ' ' });
    board = withMeeting('extra1', { subtheme: '' }, board);
    const found = ofCode(board, 'meeting-no-subtheme');
    expect(found.map((c) => c.meetingId)).toEqual(['net1']);
    expect(found[0]?.message.da).toMatch(
      /^„Netværksmøde 1“ \(12\. januar 2027\) har intet undertema/,
    );
  });

  it('dates-out-of-order: a dated meeting earlier than a dated meeting before it', () => {
    // net1 moves to 20 March, after extra1 (9 March), which stands after it on the board.
    let board = withMeeting('net1', { date: '2027-03-20' });
    board = withMeeting('net2', { date: null }, board);
    const found = ofCode(board, 'dates-out-of-order');
    expect(found.map((c) => c.meetingId)).toEqual(['extra1']);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message.da).toBe(
      '„Ekstramøde: Status med referencelederen“ er sat til 9. marts 2027, før „Netværksmøde 1: Samarbejde“ (20. marts 2027), som står før det på tavlen. Ret datoen, eller flyt mødet.',
    );
  });

  it('dates-out-of-order: not for meetings on the same day, nor across undated meetings in order', () => {
    const sameDay = withMeeting('net2', { date: '2027-01-12' });
    expect(ofCode(sameDay, 'dates-out-of-order')).toEqual([]);
    expect(ofCode(withMeeting('net2', { date: null }), 'dates-out-of-order')).toEqual([]);
  });

  it('date-outside-period: before the start or after the end, not on the boundaries', () => {
    let board = withMeeting('net1', { date: '2026-12-31' });
    board = withMeeting('final1', { date: '2027-05-01' }, board);
    const found = ofCode(board, 'date-outside-period');
    expect(found.map((c) => c.meetingId)).toEqual(['net1', 'final1']);
    expect(found[0]?.message.en).toBe(
      "“Network meeting 1: Samarbejde” is set for 31 December 2026, outside the network's period (1 January 2027 – 30 April 2027).",
    );
    let edges = withMeeting('net1', { date: '2027-01-01' });
    edges = withMeeting('final1', { date: '2027-04-30' }, edges);
    expect(ofCode(edges, 'date-outside-period')).toEqual([]);
    expect(ofCode({ ...board, period: null }, 'date-outside-period')).toEqual([]);
  });

  it('meetings-same-day: on the later meeting, naming the first', () => {
    const found = ofCode(withMeeting('net2', { date: '2027-01-12' }), 'meetings-same-day');
    expect(found.map((c) => c.meetingId)).toEqual(['net2']);
    expect(found[0]?.message.da).toBe(
      '„Netværksmøde 2: Overgange“ og „Netværksmøde 1: Samarbejde“ er begge sat til 12. januar 2027.',
    );
  });

  it('no-final-meeting: once, for the board, last', () => {
    const board = cleanBoard();
    const noFinal = withoutNotes(['final1-form', 'final1-karen'], {
      ...board,
      meetings: board.meetings.filter((m) => m.kind !== 'final'),
    });
    expect(checkBoard(noFinal)).toEqual([
      {
        code: 'no-final-meeting',
        severity: 'warning',
        message: CHECK_MESSAGES['no-final-meeting']({}),
      },
    ]);
  });

  it('final-not-last', () => {
    const board = cleanBoard();
    const [net1, net2, extra1, final1] = board.meetings;
    if (!net1 || !net2 || !extra1 || !final1) throw new Error('fixture');
    const moved = { ...board, meetings: [net1, net2, final1, withDate(extra1, '2027-04-28')] };
    const found = ofCode(moved, 'final-not-last');
    expect(found.map((c) => [c.meetingId, c.severity])).toEqual([['final1', 'error']]);
    expect(found[0]?.message.da).toMatch(/^„Afsluttende møde“ \(20\. april 2027\) står ikke sidst/);
  });

  it('meeting-no-participants: also when its only participant has no person', () => {
    const board = withoutNotes(
      ['extra1-lene'],
      withNotes([aParticipant({ lane: 'extra1', person: 'ghost' })]),
    );
    const found = ofCode(board, 'meeting-no-participants');
    expect(found.map((c) => c.meetingId)).toEqual(['extra1']);
  });

  it('meeting-not-planned: one info, not the two warnings, for a meeting with no sub-theme and no note', () => {
    let board = withMeeting('net2', { subtheme: '' }, withEmptyLanes(['net2', 'extra1']));
    board = withMeeting('extra1', { subtheme: ' ' }, board);
    expect(board.notes.some((n) => n.lane === 'net2' || n.lane === 'extra1')).toBe(false);
    const found = ofCode(board, 'meeting-not-planned');
    expect(found.map((c) => [c.meetingId, c.severity])).toEqual([
      ['net2', 'info'],
      ['extra1', 'info'],
    ]);
    expect(found[0]?.message).toEqual({
      da: '„Netværksmøde 2“ (16. februar 2027) er ikke planlagt endnu: skriv et undertema og sæt deltagere på.',
      en: '“Network meeting 2” (16 February 2027) is not planned yet: add a sub-theme and put participants on it.',
    });
    expect(ofCode(board, 'meeting-no-subtheme')).toEqual([]);
    expect(ofCode(board, 'meeting-no-participants')).toEqual([]);
  });

  it('meeting-not-planned: not once the meeting has a sub-theme or any note; the specific warnings fire', () => {
    const empty = withEmptyLanes(['net2']);
    const named = withMeeting('net2', { subtheme: 'Overgange' }, empty);
    expect(ofCode(named, 'meeting-not-planned')).toEqual([]);
    expect(ofCode(named, 'meeting-no-participants').map((c) => c.meetingId)).toEqual(['net2']);
    const withIdea = withNotes(
      [anIdea({ lane: 'net2', text: 'Spørg skolen' })],
      withMeeting('net2', { subtheme: '' }, empty),
    );
    expect(ofCode(withIdea, 'meeting-not-planned')).toEqual([]);
    const specific = ['meeting-no-subtheme', 'meeting-no-participants'];
    expect(codes(withIdea).filter((code) => specific.includes(code))).toEqual(specific);
  });

  it('meeting-not-planned: the final meeting with no note, its sub-theme being a standing one', () => {
    const empty = withEmptyLanes(['final1']);
    const found = ofCode(empty, 'meeting-not-planned');
    expect(found.map((c) => c.meetingId)).toEqual(['final1']);
    expect(found[0]?.message.da).toBe(
      '„Afsluttende møde“ (20. april 2027) er ikke planlagt endnu: sæt deltagere på.',
    );
    expect(found[0]?.message.en).toBe(
      '“Final meeting” (20 April 2027) is not planned yet: put participants on it.',
    );
    expect(ofCode(empty, 'meeting-no-participants')).toEqual([]);
    const withIdea = withNotes([anIdea({ lane: 'final1' })], empty);
    expect(ofCode(withIdea, 'meeting-not-planned')).toEqual([]);
    expect(ofCode(withIdea, 'meeting-no-participants').map((c) => c.meetingId)).toEqual(['final1']);
  });

  it('a new board from the template has no warnings: one info per meeting', () => {
    const board = newBoard();
    const found = checkBoard(board);
    expect(found.map((c) => [c.code, c.severity])).toEqual(
      board.meetings.map(() => ['meeting-not-planned', 'info']),
    );
  });

  it('a new board with its pool filled: still no warnings until a meeting is started, then core-missing there', () => {
    const fresh = newBoard();
    const people = [
      aPerson({ id: 'k1', name: 'Karen K.', core: true }),
      aPerson({ id: 'k2', name: 'Kim', core: true }),
      aPerson({ id: 'x', name: 'X' }),
    ];
    const pooled = { ...fresh, people };
    expect(checkBoard(pooled).filter((c) => c.severity !== 'info')).toEqual([]);
    const first = fresh.meetings[0]!.id;
    const started = withMeeting(first, { subtheme: 'Overgange' }, pooled);
    expect(ofCode(started, 'core-missing').map((c) => [c.meetingId, c.personId])).toEqual([
      [first, 'k1'],
      [first, 'k2'],
    ]);
  });
});
