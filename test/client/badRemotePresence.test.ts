import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessPresence } from '../../client/sync/awarenessPresence.ts';
import type { PresenceState } from '../../client/sync/presence.ts';
import { readPresence } from '../../client/sync/presenceSchema.ts';

/**
 * Another client's presence is whatever it sends (another version, a bug, on
 * purpose): a value that does not fit is ignored, the rest of its state still
 * shows, and nothing the canvas does with it every frame can throw.
 */

const good: PresenceState = {
  user: { name: 'Aya', color: '#1971c2', sessionId: 's1', since: 5 },
  cursor: { x: 10, y: 20 },
  selection: ['n1'],
  dragging: { ids: [], dx: 1, dy: 2, entry: { kind: 'paletteForm', id: 'pal1' } },
  editing: 'n2',
};

describe('a remote presence state', () => {
  it('reads as sent when it fits: a note drag, a pool drag, a palette drag', () => {
    expect(readPresence(good)).toEqual(good);
    const pool = {
      ...good,
      dragging: { ids: [], dx: 1, dy: 2, entry: { kind: 'person', id: 'p' } },
    };
    expect(readPresence(pool)).toEqual(pool);
    const notes = { ...good, dragging: { ids: ['n1', 'n2'], dx: -3, dy: 4 } };
    expect(readPresence(notes)).toEqual(notes);
  });

  it('shows a name without bidi override controls, which would show it reversed', () => {
    const spoofed = { ...good, user: { ...good.user, name: '\u202Eaya \u202Ajens\u202C' } };
    expect(readPresence(spoofed)?.user.name).toBe('aya jens');
  });

  it('is no presence when it is not one as this version knows it (another app on the room)', () => {
    const user = good.user;
    const bad = [
      null,
      7,
      'x',
      {},
      { ...good, user: null },
      { ...good, user: { name: 'Aya' } },
      { ...good, user: { ...user, name: 3 } },
      { ...good, user: { ...user, since: 'yesterday' } },
      { ...good, cursor: { x: 'left', y: 2 } },
      { ...good, cursor: 5 },
      { ...good, selection: 'n1' },
      { ...good, editing: { id: 'n1' } },
    ];
    for (const value of bad) expect(readPresence(value)).toBeNull();
  });

  it('reads a drag it cannot show as none, the rest as sent', () => {
    const drags = [
      'n1',
      { ids: 'n1', dx: 0, dy: 0 },
      { ids: [1], dx: 0, dy: 0 },
      { ids: [], dx: '5', dy: 0 },
      { ids: [] },
      { ids: [], dx: 0, dy: 0, entry: 'pal1' },
      { ids: [], dx: 0, dy: 0, entry: { kind: 'robot', id: 'r' } },
      { ids: [], dx: 0, dy: 0, entry: { kind: 'person' } },
    ];
    for (const dragging of drags) {
      expect(readPresence({ ...good, dragging })).toEqual({ ...good, dragging: null });
    }
    // An older client's pool drag names no entry: a drag of nothing, shown as none.
    const older = { ids: [], dx: 0, dy: 0, person: 'p' };
    expect(readPresence({ ...good, dragging: older })?.dragging).toEqual({ ids: [], dx: 0, dy: 0 });
  });

  it('from a client sending nonsense: a bad drag is ignored and the user shows; a bad state is ignored', () => {
    const a = new Awareness(new Y.Doc());
    const b = new Awareness(new Y.Doc());
    const mine = new AwarenessPresence(b, { name: 'Bo', color: '#2f9e44', sessionId: 'b' });
    const holds: unknown[] = [];
    mine.onHoldsChange(() => holds.push(mine.isHeld('n1')));
    const send = (state: object) => {
      a.setLocalState(state);
      applyAwarenessUpdate(b, encodeAwarenessUpdate(a, [a.clientID]), 'relay');
    };
    // A string's `includes` would have said it holds n1.
    send({ ...good, dragging: { ids: 'n1', dx: 0, dy: 0 } });
    expect(mine.getRemote()).toEqual([{ ...good, dragging: null, clientId: a.clientID }]);
    expect(mine.isHeld('n1')).toBe(false);
    send({ ...good, cursor: 'top left' });
    expect(mine.getRemote()).toEqual([]);
    expect(holds).toEqual([false, false]);
  });
});
