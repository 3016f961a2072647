import type { Plan, PlanForm, PlanMeeting, PlanRow } from '../../shared/plan.ts';
import { PERSON_CATEGORIES } from '../../shared/schema.ts';

/**
 * Hand-made plans for the export tests: the exports depend only on the `Plan`
 * shape, not on how `projectPlan` makes one.
 */

let counter = 0;
const nextId = (prefix: string): string => `${prefix}${++counter}`;

export function makeRow(fields: Partial<PlanRow> = {}): PlanRow {
  const formName = fields.formName ?? 'Workshop m. borgere';
  const role = fields.role ?? 'deltager';
  return {
    participant: 'Jens J., ØS',
    citizenWordAdded: false,
    contribution: 'Oplæg om X',
    how: [formName, role].filter((part) => part !== '').join(', '),
    noteId: nextId('note'),
    personId: nextId('person'),
    core: false,
    formNoteId: nextId('form'),
    formName,
    role,
    ...fields,
  };
}

export function makeMeeting(fields: Partial<PlanMeeting> = {}): PlanMeeting {
  const number = fields.number === undefined ? 1 : fields.number;
  const subtheme = fields.subtheme ?? 'Samarbejde med borgerne';
  const date = fields.date === undefined ? '2027-01-12' : fields.date;
  return {
    meetingId: nextId('meeting'),
    kind: 'network',
    number,
    heading: `Netværksmøde ${number ?? ''}: ${subtheme}, ${date ?? '[dato]'}`,
    subtheme,
    date,
    startTime: null,
    durationMinutes: null,
    location: '',
    formsMinutes: 0,
    rows: [],
    formsWithoutParticipants: [],
    ...fields,
  };
}

/** A form of the meeting that no participant is linked to yet, before row `beforeRow`. */
export function makeForm(fields: Partial<PlanForm> = {}): PlanForm {
  return {
    formNoteId: nextId('form'),
    name: 'Fælles refleksion',
    durationMinutes: 30,
    beforeRow: 0,
    ...fields,
  };
}

export function makePlan(fields: Partial<Plan> = {}): Plan {
  const meetings = fields.meetings ?? [];
  return {
    title: 'Læring om borgerinddragelse',
    period: { start: '2027-01-01', end: '2027-04-30' },
    meetings,
    overview: {
      meetingIds: meetings.map((m) => m.meetingId),
      people: [],
      counts: meetings.map((m) => ({
        meetingId: m.meetingId,
        byCategory: Object.fromEntries(PERSON_CATEGORIES.map((c) => [c, 0])) as Record<
          (typeof PERSON_CATEGORIES)[number],
          number
        >,
        total: 0,
      })),
    },
    checks: [],
    ...fields,
  };
}

/** The paper form's example: meeting 1 with its three rows, then the final meeting. */
export function paperExamplePlan(): Plan {
  return makePlan({
    meetings: [
      makeMeeting({
        number: 1,
        heading: 'Netværksmøde 1: Undertema, 12. januar 2027',
        subtheme: 'Undertema',
        startTime: '13:00',
        durationMinutes: 120,
        location: 'Rådhuset',
        rows: [
          makeRow({
            participant: 'Jens J., ØS',
            contribution: 'Oplæg om X',
            role: 'facilitator',
            core: true,
            how: 'Workshop m. borgere, facilitator',
          }),
          makeRow({
            participant: 'Helle H., SPO',
            contribution: 'Bidrager med viden om Y',
            how: 'Workshop m. borgere, deltager',
          }),
          makeRow({
            participant: 'Søren S., Borger',
            citizenWordAdded: true,
            contribution: 'Modtager ydelse X',
            how: 'Workshop m. borgere, deltager',
          }),
        ],
      }),
      makeMeeting({
        kind: 'final',
        number: null,
        heading:
          'Afsluttende møde: Analyse og generering af læring på baggrund af øvrige netværksmøder, 20. april 2027',
        subtheme: '',
        date: '2027-04-20',
        rows: [],
      }),
    ],
  });
}

/** A large plan for timing: `rowCount` rows spread evenly over `meetingCount` meetings. */
export function largePlan(rowCount = 5_000, meetingCount = 12): Plan {
  const meetings = Array.from({ length: meetingCount }, (_, m) => {
    const rows = Array.from({ length: Math.ceil(rowCount / meetingCount) }, (_, r) =>
      makeRow({
        participant: `Deltager ${m}-${r}, Afdeling for børn og unge`,
        contribution: `Bidrager med viden om undertema ${m}; erfaringer fra "praksis"\nog en ekstra linje`,
        how: 'Workshop m. borgere, deltager',
      }),
    );
    return makeMeeting({ number: m + 1, subtheme: `Undertema ${m + 1}`, rows });
  });
  let excess = meetings.reduce((n, m) => n + m.rows.length, 0) - rowCount;
  for (let i = meetings.length - 1; excess > 0 && i >= 0; i--, excess--) meetings[i]?.rows.pop();
  return makePlan({ meetings });
}

/**
 * Meeting 1 opens with a talk and ends with a reflection that nobody has
 * joined yet, around the workshop's two rows; meeting 2 has only a form.
 */
export function agendaPlan(): Plan {
  return makePlan({
    meetings: [
      makeMeeting({
        number: 1,
        heading: 'Netværksmøde 1: Undertema, 12. januar 2027',
        rows: [
          makeRow({ participant: 'Jens J., ØS', contribution: 'Oplæg om X', role: 'facilitator' }),
          makeRow({ participant: 'Helle H., SPO', contribution: 'Viden om Y' }),
        ],
        formsWithoutParticipants: [
          makeForm({ formNoteId: 'talk', name: 'Oplæg', durationMinutes: 20, beforeRow: 0 }),
          makeForm({ formNoteId: 'reflection', beforeRow: 2 }),
        ],
      }),
      makeMeeting({
        number: 2,
        heading: 'Netværksmøde 2: Borgernes perspektiv, 9. februar 2027',
        formsWithoutParticipants: [
          makeForm({ formNoteId: 'dialogue', name: 'Dialogmøde', durationMinutes: null }),
        ],
      }),
    ],
  });
}
