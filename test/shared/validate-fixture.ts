/**
 * A small valid board file for the validation tests, as plain JSON data: two
 * meetings, two people, a form with a participant on it, an idea, a parked
 * note, and a palette entry. Each call returns a fresh copy to damage.
 */
export function validBoardFile(): Record<string, unknown> & {
  meetings: Record<string, unknown>[];
  people: Record<string, unknown>[];
  notes: Record<string, unknown>[];
  palette: Record<string, unknown>[];
} {
  return {
    format: 'netvaerkstavle/board',
    version: 1,
    title: 'Ensomhed blandt unge',
    period: { start: '2027-01-04', end: '2027-04-30' },
    meetings: [
      {
        id: 'm1',
        kind: 'network',
        subtheme: 'Fællesskaber i fritiden',
        date: '2027-01-12',
        startTime: '09:30',
        durationMinutes: 180,
        location: 'Rådhuset, lokale 2',
      },
      {
        id: 'm2',
        kind: 'final',
        subtheme: '',
        date: null,
        startTime: null,
        durationMinutes: null,
        location: '',
      },
    ],
    people: [
      { id: 'p1', name: 'Jens J.', affiliation: 'ØS', category: 'professional', core: true },
      { id: 'p2', name: 'en borger', affiliation: 'Borger', category: 'citizen', core: false },
    ],
    notes: [
      {
        id: 'f1',
        kind: 'form',
        lane: 'm1',
        x: 10,
        y: 20,
        name: 'Workshop m. borgere',
        durationMinutes: 90,
        description: '',
      },
      {
        id: 'n1',
        kind: 'participant',
        lane: 'm1',
        x: 10,
        y: 120,
        person: 'p1',
        contribution: 'Oplæg om X',
        role: 'facilitator',
        form: 'f1',
      },
      {
        id: 'n2',
        kind: 'participant',
        lane: null,
        x: -400.5,
        y: 0,
        person: 'p2',
        contribution: '',
        role: '',
        form: null,
      },
      { id: 'i1', kind: 'idea', lane: 'm2', x: 0, y: 0, text: 'Inviter en skoleleder?' },
    ],
    palette: [{ id: 'pf1', name: 'Oplæg', durationMinutes: 30, description: 'Kort oplæg' }],
  };
}

/** A participant note on `lane` for `person`, with every field valid. */
export function participantNote(
  id: string,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    kind: 'participant',
    lane: 'm1',
    x: 0,
    y: 0,
    person: 'p1',
    contribution: '',
    role: '',
    form: null,
    ...fields,
  };
}
