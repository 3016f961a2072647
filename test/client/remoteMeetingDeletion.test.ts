import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  watchRemoteMeetingDeletions,
  type MeetingDeletedNotice,
} from '../../client/sync/meetingDeletions.ts';
import { createUndoHistory } from '../../client/sync/undoHistory.ts';
import { meetingDeletedText } from '../../client/canvas/MeetingDeletedNotice.tsx';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import * as ops from '../../shared/ops/index.ts';
import { BoardEdit } from '../../shared/ops/index.ts';
import type { Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

/**
 * Two users on one board, their documents syncing as the provider does (a
 * remote update has the provider as origin): when one deletes a meeting, the
 * other is told which one it was, that its post-its are parked, and by whom
 * when Yjs says so; one's own delete, undo and redo tell oneself nothing.
 */

const PROVIDER = { provider: true };

interface User {
  readonly doc: Y.Doc;
  readonly undo: Y.UndoManager;
  readonly notices: MeetingDeletedNotice[];
}

function twoUsers(): { anne: User; bent: User } {
  const server = createBoardDoc(paperExampleBoard());
  const user = (actor: string): User => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), PROVIDER);
    const undo = createUndoHistory(doc, actor);
    const notices: MeetingDeletedNotice[] = [];
    // The board as shown: the snapshot read after each transaction, as React reads it.
    let shown: Board = readBoard(doc);
    doc.on('afterTransactionCleanup', () => (shown = readBoard(doc)));
    watchRemoteMeetingDeletions(doc, {
      isOwn: (origin) => origin instanceof BoardEdit || origin === undo,
      shown: () => shown,
      nameOf: (clientId) => names.get(clientId) ?? null,
      onDeleted: (notice) => notices.push(notice),
    });
    return { doc, undo, notices };
  };
  const anne = user('anne');
  const bent = user('bent');
  // Presence names by document client id (awareness states are keyed by it).
  const names = new Map([
    [anne.doc.clientID, 'Anne'],
    [bent.doc.clientID, 'Bent'],
  ]);
  for (const [from, to] of [
    [anne.doc, bent.doc],
    [bent.doc, anne.doc],
  ] as const) {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== PROVIDER) Y.applyUpdate(to, update, PROVIDER);
    });
  }
  return { anne, bent };
}

describe('a meeting deleted by another user', () => {
  it("tells the other user which meeting it was, how many post-its are parked, and the deleter's name", () => {
    const { anne, bent } = twoUsers();
    expect(ops.deleteMeeting(anne.doc, 'm1', 'anne').ok).toBe(true);
    expect(bent.notices).toEqual([
      {
        meetingId: 'm1',
        kind: 'network',
        subtheme: 'Hvad ved vi?',
        date: '2027-01-12',
        number: 1,
        lane: 1,
        notes: 4,
        by: 'Anne',
      },
    ]);
    expect(anne.notices).toEqual([]);
  });

  it('leaves the deleter unknown when no post-it says who', () => {
    const { anne, bent } = twoUsers();
    ops.deleteMeeting(anne.doc, 'm2', 'anne');
    expect(bent.notices).toEqual([
      {
        meetingId: 'm2',
        kind: 'network',
        subtheme: 'Borgernes perspektiv',
        date: '2027-02-09',
        number: 2,
        lane: 2,
        notes: 0,
        by: null,
      },
    ]);
  });

  it("says nothing of one's own delete, nor of one's own undo and redo of one's own new meeting", () => {
    const { anne, bent } = twoUsers();
    ops.deleteMeeting(bent.doc, 'm1', 'bent');
    const added = ops.addMeeting(bent.doc, { kind: 'extra' }, 'bent');
    expect(added.ok).toBe(true);
    expect(bent.undo.undo()).not.toBeNull();
    expect(bent.undo.undo()).not.toBeNull();
    expect(bent.undo.redo()).not.toBeNull();
    expect(bent.notices).toEqual([]);
    // Anne saw each go: Bent's delete, the meeting Bent's undo took away, the delete redone.
    const id = added.ok ? added.value : '';
    expect(anne.notices.map((n) => n.meetingId)).toEqual(['m1', id, 'm1']);
    expect(anne.notices[0]?.by).toBe('Bent');
  });
});

describe("the deleted meeting's notice", () => {
  const notice: MeetingDeletedNotice = {
    meetingId: 'm2',
    kind: 'network',
    subtheme: 'Undertema 2',
    date: '2027-02-09',
    number: 2,
    lane: 2,
    notes: 3,
    by: null,
  };

  it('names the meeting by its sub-theme, not by a number the next meeting takes over, and says where its post-its went', () => {
    expect(meetingDeletedText([notice], 'da')).toBe(
      '„Netværksmøde: Undertema 2“ er slettet af en anden. Mødets post-its ligger nu i parkeringen.',
    );
    expect(meetingDeletedText([{ ...notice, by: 'Anne' }], 'en')).toBe(
      '“Network meeting: Undertema 2” was deleted by Anne. Its post-its are now in the parking area.',
    );
  });

  it('leaves out the post-its of a meeting that had none', () => {
    expect(
      meetingDeletedText(
        [{ ...notice, kind: 'extra', subtheme: 'Med referencelederen', number: null, notes: 0 }],
        'en',
      ),
    ).toBe('“Extra meeting: Med referencelederen” was deleted by someone else.');
  });

  it('names every meeting deleted at once or in a row in one sentence, and their deleters', () => {
    const third = { ...notice, meetingId: 'm3', subtheme: 'Undertema 3', notes: 0 };
    const extra = {
      ...notice,
      meetingId: 'x',
      kind: 'extra' as const,
      subtheme: '',
      date: null,
      number: null,
      lane: 4,
    };
    expect(
      meetingDeletedText(
        [
          { ...notice, by: 'Anne' },
          { ...third, by: 'Anne' },
        ],
        'da',
      ),
    ).toBe(
      '„Netværksmøde: Undertema 2“ og „Netværksmøde: Undertema 3“ er slettet af Anne. ' +
        'Mødernes post-its ligger nu i parkeringen.',
    );
    expect(
      meetingDeletedText(
        [
          { ...third, by: 'Anne' },
          { ...extra, by: 'Bent', notes: 0 },
        ],
        'en',
      ),
    ).toBe(
      '“Network meeting: Undertema 3” and “Extra meeting (was meeting 4 from the left)” were deleted by Anne and Bent.',
    );
    // One deleter unknown: not a list of names that leaves someone out.
    expect(meetingDeletedText([notice, third, { ...extra, by: 'Bent' }], 'da')).toBe(
      '„Netværksmøde: Undertema 2“, „Netværksmøde: Undertema 3“ og „Ekstramøde (var møde 4 fra venstre)“ er slettet af en anden. ' +
        'Mødernes post-its ligger nu i parkeringen.',
    );
  });

  it('tells two meetings with neither sub-theme nor date apart by where they stood', () => {
    const bare = { ...notice, subtheme: '', date: null, notes: 0 };
    const extra = { ...bare, meetingId: 'x', kind: 'extra' as const, number: null, lane: 5 };
    expect(
      meetingDeletedText([bare, { ...bare, meetingId: 'm3', number: 3, lane: 3 }, extra], 'da'),
    ).toBe(
      '„Netværksmøde (var nr. 2)“, „Netværksmøde (var nr. 3)“ og „Ekstramøde (var møde 5 fra venstre)“ ' +
        'er slettet af en anden.',
    );
    expect(meetingDeletedText([bare, { ...bare, meetingId: 'm3', number: 3 }], 'en')).toBe(
      '“Network meeting (was no. 2)” and “Network meeting (was no. 3)” were deleted by someone else.',
    );
  });

  it('names a meeting without a sub-theme by its date', () => {
    const dated = [
      { ...notice, subtheme: '', by: 'Anne' },
      { ...notice, meetingId: 'x', kind: 'extra' as const, subtheme: '', date: '2027-03-02' },
    ];
    expect(meetingDeletedText(dated, 'da')).toBe(
      '„Netværksmøde, 9. februar 2027“ og „Ekstramøde, 2. marts 2027“ er slettet af en anden. ' +
        'Mødernes post-its ligger nu i parkeringen.',
    );
    expect(meetingDeletedText([{ ...notice, subtheme: '', notes: 0 }], 'en')).toBe(
      '“Network meeting, 9 February 2027” was deleted by someone else.',
    );
  });
});
