import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, rootTypes } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { BoardEdit } from '../../shared/ops/index.ts';
import { createBoardActions } from '../../client/sync/actions.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

function setup() {
  const doc = createBoardDoc(paperExampleBoard());
  const manager = new Y.UndoManager(rootTypes(doc), {
    trackedOrigins: new Set([BoardEdit]),
    captureTimeout: 0,
  });
  let changes = 0;
  const actions = createBoardActions(doc, 'anne', { manager, changed: () => (changes += 1) });
  const noteIds = () => readBoard(doc).notes.map((n) => n.id);
  return { doc, manager, actions, noteIds, changes: () => changes };
}

const emptyIdea = { kind: 'idea', lane: 'm2', x: 12, y: 400, text: '' } as const;

describe('discarding a note just made', () => {
  it('leaves no undo step behind, so undo goes to the step before it', () => {
    const { manager, actions, noteIds, changes } = setup();
    const before = noteIds();
    actions.updateBoard({ title: 'Før' });
    const made = actions.addNote(emptyIdea);
    if (!made.ok) throw new Error('not made');

    expect(actions.discardNewNote(made.value).ok).toBe(true);
    expect(noteIds()).toEqual(before);
    expect(manager.undoStack).toHaveLength(1);
    expect(changes()).toBe(1);

    manager.undo();
    expect(noteIds()).toEqual(before);
    expect(manager.undoStack).toHaveLength(0);
  });

  it('is an ordinary, undoable delete when other steps came after the making', () => {
    const { manager, actions, noteIds, changes } = setup();
    const made = actions.addNote(emptyIdea);
    if (!made.ok) throw new Error('not made');
    actions.updateBoard({ title: 'Imellem' });

    actions.discardNewNote(made.value);
    expect(noteIds()).not.toContain(made.value);
    expect(changes()).toBe(0);
    manager.undo();
    expect(noteIds()).toContain(made.value);
  });

  it('keeps the history of a note someone else made', () => {
    const { doc, manager, actions, noteIds } = setup();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const theirs = createBoardActions(other, 'bent').addNote(emptyIdea);
    if (!theirs.ok) throw new Error('not made');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    actions.updateBoard({ title: 'Mit' });

    actions.discardNewNote(theirs.value);
    expect(noteIds()).not.toContain(theirs.value);
    expect(manager.undoStack).toHaveLength(2);
  });
});

describe('the first text of a note just made', () => {
  const textOf = (doc: Y.Doc, id: string) => {
    const note = readBoard(doc).notes.find((n) => n.id === id);
    return note?.kind === 'idea' ? note.text : null;
  };

  it('joins the making in one undo step, and redo brings both back', () => {
    const { doc, manager, actions, noteIds, changes } = setup();
    const before = noteIds();
    actions.updateBoard({ title: 'Før' });
    const made = actions.addNote(emptyIdea);
    if (!made.ok) throw new Error('not made');
    expect(actions.updateNewNote(made.value, { text: 'Husk lokale' }).ok).toBe(true);
    expect(manager.undoStack).toHaveLength(2);
    expect(changes()).toBe(1);

    manager.undo();
    expect(noteIds()).toEqual(before);
    expect(readBoard(doc).title).toBe('Før');
    manager.redo();
    expect(textOf(doc, made.value)).toBe('Husk lokale');
  });

  it('is an ordinary update when other steps came after the making', () => {
    const { doc, manager, actions } = setup();
    const made = actions.addNote(emptyIdea);
    if (!made.ok) throw new Error('not made');
    actions.updateBoard({ title: 'Imellem' });
    actions.updateNewNote(made.value, { text: 'Senere' });
    expect(manager.undoStack).toHaveLength(3);
    manager.undo();
    expect(textOf(doc, made.value)).toBe('');
  });
});
