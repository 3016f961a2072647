import type { Board, Note } from '../../shared/schema.ts';

/** A small board: two network meetings and a final one, with notes given per test. */
export function boardWith(notes: Note[]): Board {
  return {
    format: 'netvaerkstavle/board',
    version: 1,
    title: 'Test',
    period: null,
    meetings: [
      {
        id: 'meetingAAA1',
        kind: 'network',
        subtheme: '',
        date: null,
        startTime: null,
        durationMinutes: 120,
        location: '',
      },
      {
        id: 'meetingBBB2',
        kind: 'network',
        subtheme: '',
        date: null,
        startTime: null,
        durationMinutes: 120,
        location: '',
      },
      {
        id: 'meetingFIN3',
        kind: 'final',
        subtheme: '',
        date: null,
        startTime: null,
        durationMinutes: 180,
        location: '',
      },
    ],
    people: [
      { id: 'personAAAA1', name: 'Jens', affiliation: 'ØS', category: 'citizen', core: true },
    ],
    notes,
    palette: [],
  };
}

export function idea(id: string, lane: string | null, x: number, y: number): Note {
  return { id, kind: 'idea', lane, x, y, text: id };
}

export function form(id: string, lane: string | null, x: number, y: number, minutes = 30): Note {
  return { id, kind: 'form', lane, x, y, name: id, durationMinutes: minutes, description: '' };
}

export function participant(
  id: string,
  lane: string | null,
  x: number,
  y: number,
  formId: string | null = null,
): Note {
  return {
    id,
    kind: 'participant',
    lane,
    x,
    y,
    person: 'personAAAA1',
    contribution: '',
    role: '',
    form: formId,
  };
}
