import type { Board } from '../../shared/schema.ts';

/**
 * The board the two-user scenarios start from: the template's shape (five
 * network meetings and the final meeting) with a small participant pool, a
 * form note in meeting 2 and one placed participant in meeting 1. Fixed ids so
 * the tests can aim at them through the test hook.
 */
export function scenarioBoard(title = 'Ensomhed blandt unge'): Board {
  const meeting = (id: string, n: number, date: string) => ({
    id,
    kind: 'network' as const,
    subtheme: `Undertema ${n}`,
    date,
    startTime: '09:00',
    durationMinutes: 150,
    location: 'Rådhuset',
  });
  return {
    format: 'netvaerkstavle/board',
    version: 1,
    title,
    period: { start: '2027-01-12', end: '2027-05-12' },
    meetings: [
      meeting('m1', 1, '2027-01-12'),
      meeting('m2', 2, '2027-02-09'),
      meeting('m3', 3, '2027-03-09'),
      meeting('m4', 4, '2027-04-06'),
      meeting('m5', 5, '2027-04-27'),
      {
        id: 'final',
        kind: 'final',
        subtheme: '',
        date: '2027-05-11',
        startTime: '13:00',
        durationMinutes: 180,
        location: '',
      },
    ],
    people: [
      { id: 'jens', name: 'Jens Jensen', affiliation: 'ØS', category: 'professional', core: true },
      {
        id: 'anna',
        name: 'Anna Andersen',
        affiliation: 'Borger',
        category: 'citizen',
        core: false,
      },
      {
        id: 'helle',
        name: 'Helle Hansen',
        affiliation: 'SPO',
        category: 'professional',
        core: false,
      },
    ],
    notes: [
      {
        id: 'n1',
        kind: 'participant',
        lane: 'm1',
        x: 12,
        y: 12,
        person: 'jens',
        contribution: 'Oplæg om ensomhed',
        role: 'facilitator',
        form: null,
      },
      {
        id: 'n5',
        kind: 'participant',
        lane: 'm3',
        x: 12,
        y: 12,
        person: 'helle',
        contribution: 'Viden om skolen',
        role: 'deltager',
        form: null,
      },
      {
        id: 'f2',
        kind: 'form',
        lane: 'm2',
        x: 12,
        y: 12,
        name: 'Workshop m. borgere',
        durationMinutes: 120,
        description: '',
      },
    ],
    palette: [
      { id: 'pal-oplaeg', name: 'Oplæg', durationMinutes: 30, description: '' },
      { id: 'pal-dialog', name: 'Dialogmøde', durationMinutes: 60, description: '' },
    ],
  };
}
