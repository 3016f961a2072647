import { describe, expect, it } from 'vitest';
import { CHECK_SEVERITY, checkBoard } from '../../shared/checks.ts';
import { CHECK_MESSAGES, formatMinutes } from '../../shared/i18n/checks.ts';
import { CHECK_CODES, checkSchema } from '../../shared/plan.ts';
import type { Check, CheckCode } from '../../shared/plan.ts';
import { projectPlan } from '../../shared/projection.ts';
import type { Board, Meeting, Note } from '../../shared/schema.ts';
import {
  aForm,
  aMeeting,
  aParticipant,
  aPerson,
  anIdea,
  cleanBoard,
  everyCheckBoard,
  makeBoard,
  newBoard,
} from './fixtures.ts';

/** The clean board with one meeting changed. */
function withMeeting(id: string, change: Partial<Meeting>, board: Board = cleanBoard()): Board {
  return { ...board, meetings: board.meetings.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}
function withNotes(notes: Note[], board: Board = cleanBoard()): Board {
  return { ...board, notes: [...board.notes, ...notes] };
}
function withoutNotes(ids: string[], board: Board = cleanBoard()): Board {
  return { ...board, notes: board.notes.filter((n) => !ids.includes(n.id)) };
}
/** The board with no notes left in these lanes. */
function withEmptyLanes(lanes: string[], board: Board = cleanBoard()): Board {
  return { ...board, notes: board.notes.filter((n) => n.lane === null || !lanes.includes(n.lane)) };
}
const ofCode = (board: Board, code: CheckCode): Check[] =>
  checkBoard(board).filter((check) => check.code === code);
const codes = (board: Board): CheckCode[] => checkBoard(board).map((check) => check.code);

describe('checkBoard on a clean board', () => {
  it('finds nothing', () => {
    expect(checkBoard(cleanBoard())).toEqual([]);
    expect(projectPlan(cleanBoard()).checks).toEqual([]);
  });
});

describe('checkBoard: each check fires on a board built for it', () => {
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

  it('meeting-no-subtheme: for network and extra meetings, not for the final meeting', () => {
    let board = withMeeting('net1', { subtheme: ' ' });
    board = withMeeting('extra1', { subtheme: '' }, board);
    const found = ofCode(board, 'meeting-no-subtheme');
    expect(found.map((c) => c.meetingId)).toEqual(['net1', 'extra1']);
    expect(found[0]?.message.da).toMatch(
      /^„Netværksmøde 1“ \(12\. januar 2027\) har intet undertema/,
    );
    expect(found[1]?.message.en).toMatch(/^“Extra meeting” \(9 March 2027\) has no sub-theme/);
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
      da: 'Inddragelsesformerne på „Netværksmøde 2: Overgange“ varer tilsammen 45 minutter, men mødet varer kun 30 minutter.',
      en: 'The involvement forms at “Network meeting 2: Overgange” take 45 minutes in total, but the meeting lasts only 30 minutes.',
    });
    // Exactly full is fine; no duration means nothing to compare against.
    expect(ofCode(withMeeting('net2', { durationMinutes: 45 }), 'forms-over-duration')).toEqual([]);
    expect(ofCode(withMeeting('extra1', { durationMinutes: null }), 'forms-over-duration')).toEqual(
      [],
    );
  });
});

function withDate(meeting: Meeting, date: string): Meeting {
  return { ...meeting, date };
}

describe('checkBoard: every code, severity and message', () => {
  it('covers every check code with a severity and a message, and every finding matches the schema', () => {
    const board = everyCheckBoard();
    const found = new Set(codes(board));
    // Every code but the board's own two (it has a final meeting and a core
    // participant); those are covered above.
    expect([...CHECK_CODES].filter((code) => !found.has(code))).toEqual([
      'no-final-meeting',
      'no-core-participants',
    ]);
    for (const check of checkBoard(board)) {
      expect(checkSchema.safeParse(check).success).toBe(true);
      expect(check.severity).toBe(CHECK_SEVERITY[check.code]);
      expect(check.message.da).not.toBe('');
      expect(check.message.en).not.toBe('');
      expect(check.message.da).not.toBe(check.message.en);
    }
  });
});

describe('checkBoard: order', () => {
  it('goes meeting by meeting in board order: the meeting, its missing core people, its notes in reading order; the board last', () => {
    const board = makeBoard({
      meetings: [
        aMeeting({ id: 'first', subtheme: 'Første', date: null }),
        aMeeting({ id: 'second', subtheme: 'Anden', date: '2027-02-01' }),
      ],
      people: [
        aPerson({ id: 'k2', name: 'Kim', core: true }),
        aPerson({ id: 'k1', name: 'Bo', core: true }),
        aPerson({ id: 'x', name: 'X' }),
      ],
      notes: [
        aParticipant({ id: 'low', lane: 'first', y: 300, person: 'x' }),
        aForm({ id: 'top', lane: 'first', y: 0 }),
        aParticipant({ id: 'mid', lane: 'first', y: 100, person: 'x' }),
      ],
    });
    expect(checkBoard(board).map((c) => [c.code, c.meetingId, c.noteId ?? c.personId])).toEqual([
      ['meeting-no-date', 'first', undefined],
      ['meeting-no-duration', 'first', undefined],
      ['core-missing', 'first', 'k2'],
      ['core-missing', 'first', 'k1'],
      ['form-no-participants', 'first', 'top'],
      ['participant-no-form', 'first', 'mid'],
      ['participant-no-form', 'first', 'low'],
      ['person-twice-in-meeting', 'first', 'low'],
      ['meeting-no-participants', 'second', undefined],
      ['meeting-no-duration', 'second', undefined],
      ['core-missing', 'second', 'k2'],
      ['core-missing', 'second', 'k1'],
      ['no-final-meeting', undefined, undefined],
    ]);
  });
});

describe('check messages', () => {
  it('write durations in hours and minutes', () => {
    expect(formatMinutes(45, 'da')).toBe('45 minutter');
    expect(formatMinutes(60, 'da')).toBe('1 time');
    expect(formatMinutes(150, 'da')).toBe('2 timer og 30 minutter');
    expect(formatMinutes(61, 'en')).toBe('1 hour 1 minute');
  });

  it('name a person without a name by affiliation, and open a sentence with a capital', () => {
    const board = withNotes(
      [aParticipant({ id: 'compet', lane: 'net1', y: 300, person: 'school' })],
      {
        ...cleanBoard(),
        people: [
          ...cleanBoard().people,
          aPerson({ id: 'school', name: 'en skoleleder', affiliation: '' }),
        ],
      },
    );
    const found = ofCode(board, 'participant-no-form');
    expect(found[0]?.message.da).toMatch(/^En skoleleder på „Netværksmøde 1: Samarbejde“/);
  });
});
