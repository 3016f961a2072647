import { PERSON_CATEGORIES, type Board, type Meeting } from '../../shared/schema.ts';

/** A small, valid board in the shape of the paper form's first meeting. */
export function paperExampleBoard(): Board {
  return {
    format: 'netvaerkstavle/board',
    version: 1,
    title: 'Ensomhed blandt unge',
    period: { start: '2027-01-12', end: '2027-05-12' },
    meetings: [
      {
        id: 'm1',
        kind: 'network',
        subtheme: 'Hvad ved vi?',
        date: '2027-01-12',
        startTime: '09:00',
        durationMinutes: 150,
        location: 'Rådhuset',
      },
      {
        id: 'm2',
        kind: 'network',
        subtheme: 'Borgernes perspektiv',
        date: '2027-02-09',
        startTime: null,
        durationMinutes: null,
        location: '',
      },
      {
        id: 'final',
        kind: 'final',
        subtheme: '',
        date: '2027-05-11',
        startTime: null,
        durationMinutes: 180,
        location: '',
      },
    ],
    people: [
      { id: 'jens', name: 'Jens J.', affiliation: 'ØS', category: 'professional', core: true },
      { id: 'helle', name: 'Helle H.', affiliation: 'SPO', category: 'professional', core: false },
      { id: 'soeren', name: 'Søren S.', affiliation: 'Borger', category: 'citizen', core: false },
    ],
    notes: [
      {
        id: 'f1',
        kind: 'form',
        lane: 'm1',
        x: 12,
        y: 12,
        name: 'Workshop m. borgere',
        durationMinutes: 120,
        description: '',
      },
      {
        id: 'n1',
        kind: 'participant',
        lane: 'm1',
        x: 12,
        y: 134,
        person: 'jens',
        contribution: 'Oplæg om X',
        role: 'facilitator',
        form: 'f1',
      },
      {
        id: 'n2',
        kind: 'participant',
        lane: 'm1',
        x: 12,
        y: 256,
        person: 'helle',
        contribution: 'Bidrager med viden om Y',
        role: 'deltager',
        form: 'f1',
      },
      {
        id: 'n3',
        kind: 'participant',
        lane: 'm1',
        x: 12,
        y: 378,
        person: 'soeren',
        contribution: 'Modtager ydelse X',
        role: 'deltager',
        form: 'f1',
      },
      { id: 'i1', kind: 'idea', lane: null, x: -500, y: 200, text: 'Husk lokale' },
    ],
    palette: [{ id: 'p1', name: 'Oplæg', durationMinutes: 30, description: '' }],
  };
}

/** The paper example with a second form, "Oplæg" (20 min), beside the workshop in meeting 1. */
/** An extra meeting with nothing filled in but, maybe, its date. */
export function extraMeeting(id: string, date: string | null = null): Meeting {
  return {
    id,
    kind: 'extra',
    subtheme: '',
    date,
    startTime: null,
    durationMinutes: null,
    location: '',
  };
}

export function boardWithTwoForms(): Board {
  const board = paperExampleBoard();
  board.notes.push({
    id: 'f2',
    kind: 'form',
    lane: 'm1',
    x: 220,
    y: 12,
    name: 'Oplæg',
    durationMinutes: 20,
    description: '',
  });
  return board;
}

/** A deterministic pseudo-random generator (mulberry32) for randomised tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated board with `notes` notes spread over `meetings` lanes, for benchmarks. */
export function generatedBoard(options: {
  notes: number;
  people: number;
  meetings: number;
  seed?: number;
}): Board {
  const random = seededRandom(options.seed ?? 1);
  const meetings = Array.from({ length: options.meetings }, (_, i) => ({
    id: `m${i}`,
    kind: i === options.meetings - 1 ? ('final' as const) : ('network' as const),
    subtheme: i === options.meetings - 1 ? '' : `Undertema ${i + 1}`,
    date: `2027-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-${String(5 + (i % 3) * 7).padStart(2, '0')}`,
    startTime: '09:00',
    durationMinutes: 180,
    location: 'Rådhuset',
  }));
  const categories = PERSON_CATEGORIES;
  const people = Array.from({ length: options.people }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    affiliation: `Afdeling ${i % 17}`,
    category: categories[i % categories.length] ?? 'other',
    core: i % 25 === 0,
  }));
  const notes: Board['notes'] = [];
  const formsPerLane = new Map<string, string[]>();
  for (let i = 0; i < options.notes; i++) {
    const lane = `m${i % options.meetings}`;
    const row = Math.floor(i / options.meetings);
    const x = 12 + (row % 2) * 192;
    const y = 12 + Math.floor(row / 2) * 122;
    const forms = formsPerLane.get(lane) ?? [];
    if (i % 10 === 0) {
      notes.push({
        id: `n${i}`,
        kind: 'form',
        lane,
        x,
        y,
        name: `Form ${i}`,
        durationMinutes: 30,
        description: 'Beskrivelse',
      });
      forms.push(`n${i}`);
      formsPerLane.set(lane, forms);
    } else if (i % 10 === 9) {
      notes.push({ id: `n${i}`, kind: 'idea', lane, x, y, text: `Idé nummer ${i}` });
    } else {
      const form =
        forms.length > 0 && random() < 0.7
          ? (forms[Math.floor(random() * forms.length)] ?? null)
          : null;
      notes.push({
        id: `n${i}`,
        kind: 'participant',
        lane,
        x,
        y,
        person: `p${Math.floor(random() * options.people)}`,
        contribution: `Bidrager med viden om emne ${i}`,
        role: i % 3 === 0 ? 'facilitator' : 'deltager',
        form,
      });
    }
  }
  return {
    format: 'netvaerkstavle/board',
    version: 1,
    title: 'Benchmark-tavle',
    period: { start: '2027-01-05', end: '2027-05-05' },
    meetings,
    people,
    notes,
    palette: [],
  };
}
