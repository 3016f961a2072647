import { BOARD_FORMAT, BOARD_VERSION } from '../../shared/schema.ts';
import { createTemplateBoard } from '../../shared/template.ts';
import type {
  Board,
  FormNote,
  IdeaNote,
  Meeting,
  Note,
  ParticipantNote,
  Person,
} from '../../shared/schema.ts';

/**
 * Small builders for board snapshots in tests. Every builder fills in valid
 * defaults; pass only what the test is about. Ids default to a running counter
 * ("m1", "p2", "n3"), so give explicit ids wherever a test asserts on them.
 */

let counter = 0;
const nextId = (prefix: string): string => `${prefix}${++counter}`;

export function makeBoard(fields: Partial<Board> = {}): Board {
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    title: 'Læring om borgerinddragelse',
    period: { start: '2027-01-01', end: '2027-04-30' },
    meetings: [],
    people: [],
    notes: [],
    palette: [],
    ...fields,
  };
}

/** A board as a new user gets it: the template's meetings, nothing planned yet. */
export function newBoard(networkMeetings = 5): Board {
  return createTemplateBoard({
    title: 'Ensomhed blandt unge',
    start: '2027-01-11',
    networkMeetings,
    createId: () => nextId('t'),
  });
}

export function aMeeting(fields: Partial<Meeting> = {}): Meeting {
  return {
    id: nextId('m'),
    kind: 'network',
    subtheme: 'Samarbejde med borgerne',
    date: null,
    startTime: null,
    durationMinutes: null,
    location: '',
    ...fields,
  };
}

export function aPerson(fields: Partial<Person> = {}): Person {
  return {
    id: nextId('p'),
    name: 'Jens J.',
    affiliation: 'ØS',
    category: 'professional',
    core: false,
    ...fields,
  };
}

type Placed = { lane: string | null };

export function aParticipant(
  fields: Partial<ParticipantNote> & Placed & { person: string },
): ParticipantNote {
  return {
    id: nextId('n'),
    kind: 'participant',
    x: 0,
    y: 0,
    contribution: '',
    role: '',
    form: null,
    ...fields,
  };
}

export function aForm(fields: Partial<FormNote> & Placed): FormNote {
  return {
    id: nextId('n'),
    kind: 'form',
    x: 0,
    y: 0,
    name: 'Workshop m. borgere',
    durationMinutes: null,
    description: '',
    ...fields,
  };
}

export function anIdea(fields: Partial<IdeaNote> & Placed): IdeaNote {
  return { id: nextId('n'), kind: 'idea', x: 0, y: 0, text: 'En idé', ...fields };
}

/** Meetings m1 and m2, person jens, and `notes`: a board for tests of placing notes. */
export function twoMeetingBoard(notes: Note[]): Board {
  return makeBoard({
    meetings: [aMeeting({ id: 'm1' }), aMeeting({ id: 'm2' })],
    people: [aPerson({ id: 'jens' })],
    notes,
  });
}

/**
 * The paper form's example (docs/domain) as a one-meeting board: one form
 * "Workshop m. borgere", Jens J. (facilitator), Helle H. and Søren S.
 * (deltagere) under it. Not helpers/boards.ts' paperExampleBoard, a whole board.
 */
export function paperFormMeetingBoard(): Board {
  const meeting = aMeeting({
    id: 'meeting1',
    subtheme: 'Samarbejde med borgerne',
    date: '2027-01-12',
  });
  const jens = aPerson({ id: 'jens', name: 'Jens J.', affiliation: 'ØS' });
  const helle = aPerson({ id: 'helle', name: 'Helle H.', affiliation: 'SPO' });
  const soren = aPerson({
    id: 'soren',
    name: 'Søren S.',
    affiliation: 'Borger',
    category: 'citizen',
  });
  const lane = meeting.id;
  return makeBoard({
    meetings: [meeting],
    people: [jens, helle, soren],
    notes: [
      // Array order deliberately differs from reading order.
      aParticipant({
        id: 'noteSoren',
        lane,
        x: 12,
        y: 366,
        person: soren.id,
        form: 'workshop',
        role: 'deltager',
        contribution: 'Modtager ydelse X',
      }),
      aForm({
        id: 'workshop',
        lane,
        x: 12,
        y: 12,
        name: 'Workshop m. borgere',
        durationMinutes: 90,
      }),
      aParticipant({
        id: 'noteHelle',
        lane,
        x: 204,
        y: 134,
        person: helle.id,
        form: 'workshop',
        role: 'deltager',
        contribution: 'Bidrager med viden om Y',
      }),
      aParticipant({
        id: 'noteJens',
        lane,
        x: 12,
        y: 134,
        person: jens.id,
        form: 'workshop',
        role: 'facilitator',
        contribution: 'Oplæg om X',
      }),
    ],
  });
}

/**
 * A board on which every check holds: dated meetings in order inside the
 * period, sub-themes, a final meeting last, the core participant in every
 * network and final meeting, every participant under a form, forms that fit.
 */
export function cleanBoard(): Board {
  const meetings = [
    aMeeting({
      id: 'net1',
      kind: 'network',
      subtheme: 'Samarbejde',
      date: '2027-01-12',
      durationMinutes: 180,
    }),
    aMeeting({
      id: 'net2',
      kind: 'network',
      subtheme: 'Overgange',
      date: '2027-02-16',
      durationMinutes: 120,
    }),
    aMeeting({
      id: 'extra1',
      kind: 'extra',
      subtheme: 'Status med referencelederen',
      date: '2027-03-09',
      durationMinutes: 60,
    }),
    aMeeting({
      id: 'final1',
      kind: 'final',
      subtheme: '',
      date: '2027-04-20',
      durationMinutes: 120,
    }),
  ];
  const people = [
    aPerson({ id: 'jens', name: 'Jens J.', affiliation: 'ØS' }),
    aPerson({ id: 'karen', name: 'Karen K.', affiliation: 'Jobcenter', core: true }),
    aPerson({ id: 'soren', name: 'Søren S.', affiliation: 'Borger', category: 'citizen' }),
    aPerson({
      id: 'lene',
      name: 'Lene L.',
      affiliation: 'Direktionen',
      category: 'referenceLeader',
    }),
  ];
  const notes = [
    aForm({
      id: 'net1-form',
      lane: 'net1',
      y: 0,
      name: 'Workshop m. borgere',
      durationMinutes: 120,
    }),
    aParticipant({
      id: 'net1-karen',
      lane: 'net1',
      y: 100,
      person: 'karen',
      form: 'net1-form',
      role: 'facilitator',
    }),
    aParticipant({
      id: 'net1-soren',
      lane: 'net1',
      y: 200,
      person: 'soren',
      form: 'net1-form',
      role: 'deltager',
    }),
    aForm({ id: 'net2-form', lane: 'net2', y: 0, name: 'Oplæg', durationMinutes: 45 }),
    aParticipant({
      id: 'net2-jens',
      lane: 'net2',
      y: 100,
      person: 'jens',
      form: 'net2-form',
      role: 'oplægsholder',
    }),
    aParticipant({
      id: 'net2-karen',
      lane: 'net2',
      y: 200,
      person: 'karen',
      form: 'net2-form',
      role: 'deltager',
    }),
    aForm({ id: 'extra1-form', lane: 'extra1', y: 0, name: 'Samtale' }),
    aParticipant({
      id: 'extra1-lene',
      lane: 'extra1',
      y: 100,
      person: 'lene',
      form: 'extra1-form',
    }),
    aForm({
      id: 'final1-form',
      lane: 'final1',
      y: 0,
      name: 'Læring blandt kernedeltagere',
      durationMinutes: 120,
    }),
    aParticipant({
      id: 'final1-karen',
      lane: 'final1',
      y: 100,
      person: 'karen',
      form: 'final1-form',
    }),
    anIdea({ id: 'parked-idea', lane: null, x: -400, y: 200, text: 'Invitér en skoleleder' }),
  ];
  return makeBoard({ meetings, people, notes });
}

/** One meeting "lane" (id `lane`) with the given people and notes. */
export function laneBoard(
  notes: Board['notes'],
  people = [aPerson({ id: 'a', name: 'A' })],
): Board {
  return makeBoard({ meetings: [aMeeting({ id: 'lane' })], people, notes });
}

/** A board that raises every check code but the two a board raises without meetings. */
export function everyCheckBoard(): Board {
  return makeBoard({
    period: { start: '2027-01-01', end: '2027-02-01' },
    meetings: [
      aMeeting({ id: 'a', kind: 'final', subtheme: '', date: '2027-03-01', durationMinutes: 10 }),
      aMeeting({ id: 'b', kind: 'network', subtheme: '', date: '2027-01-10' }),
      aMeeting({ id: 'c', kind: 'network', subtheme: 'C', date: '2027-01-10' }),
      aMeeting({ id: 'd', kind: 'extra', subtheme: 'D', date: null }),
      aMeeting({ id: 'e', kind: 'network', subtheme: '', date: '2027-01-20' }),
    ],
    people: [aPerson({ id: 'core', name: 'Karen K.', core: true }), aPerson({ id: 'x' })],
    notes: [
      aForm({ id: 'f', lane: 'a', durationMinutes: 20 }),
      aParticipant({ id: 'n1', lane: 'c', person: 'x', y: 0 }),
      aParticipant({ id: 'n2', lane: 'c', person: 'x', y: 10 }),
      anIdea({ id: 'i', lane: 'e' }),
    ],
  });
}
