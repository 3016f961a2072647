import * as Y from 'yjs';
import { createBoardDoc, roots } from '../doc.ts';
import type { Result } from '../result.ts';
import { createTemplateBoard } from '../template.ts';
import { addNote, deleteNotes, moveNotes, updateNote } from './notes.ts';
import { attachToForm } from './participants.ts';
import { addPerson } from './people.ts';
import type { OpError } from './edit.ts';

/**
 * Runs a drop's operations once on a scratch board of its own, so that the
 * code they run (input parsing, Yjs transactions and their encoding, order
 * keys) is compiled before the user's first drop rather than during it: on a
 * fresh page that first drop took two frames more than the next ones. Touches
 * nothing but the scratch document; returns how many operations succeeded
 * (all of them, unless an operation's input rules changed: a test checks).
 */
export function rehearseOperations(): { readonly ran: number; readonly succeeded: number } {
  const doc = createBoardDoc(createTemplateBoard({ title: '', start: '2027-01-04' }));
  // The live document's listeners encode every update; so does this one.
  doc.on('update', (update: Uint8Array) => Y.decodeUpdate(update));
  const lane = roots(doc).meetings.keys().next().value ?? null;
  const results: Result<unknown, OpError>[] = [];
  const person = addPerson(doc, { name: 'Prøve', affiliation: '', category: 'other', core: false });
  results.push(person);
  const form = addNote(doc, {
    kind: 'form',
    lane,
    x: 12,
    y: 12,
    name: 'Oplæg',
    durationMinutes: 30,
    description: '',
  });
  results.push(form);
  if (person.ok && form.ok) {
    const participant = addNote(doc, {
      kind: 'participant',
      lane,
      x: 12,
      y: 140,
      person: person.value,
      contribution: '',
      role: '',
      form: null,
    });
    results.push(participant);
    if (participant.ok) {
      results.push(moveNotes(doc, [{ id: participant.value, lane, x: 40, y: 160 }]));
      results.push(attachToForm(doc, participant.value, form.value));
      results.push(updateNote(doc, participant.value, { contribution: 'Erfaringer' }));
      results.push(moveNotes(doc, [{ id: participant.value, lane: null, x: 20, y: 20 }]));
      results.push(deleteNotes(doc, [participant.value]));
    }
  }
  doc.destroy();
  return { ran: results.length, succeeded: results.filter((result) => result.ok).length };
}
