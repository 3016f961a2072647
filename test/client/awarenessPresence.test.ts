import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessPresence } from '../../client/sync/awarenessPresence.ts';

const user = (name: string) => ({ name, color: '#1971c2', sessionId: `session-${name}` });

/** Two awareness instances wired directly, as the server would relay them. */
function pair() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  a.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
    const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
    applyAwarenessUpdate(b, encodeAwarenessUpdate(a, changed), 'relay');
  });
  return { a, b };
}

describe('presence over awareness', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the other user, not oneself', () => {
    const { a, b } = pair();
    const mine = new AwarenessPresence(b, user('Bo'));
    new AwarenessPresence(a, user('Aya'));
    expect(mine.getRemote().map((state) => state.user.name)).toEqual(['Aya']);
  });

  it('sends a burst of cursor moves as few updates, the last one always arriving', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    const sender = new AwarenessPresence(a, user('Aya'));
    const receiver = new AwarenessPresence(b, user('Bo'));
    const heard = vi.fn();
    receiver.subscribe(heard);
    for (let i = 0; i < 50; i++) sender.setLocal({ cursor: { x: i, y: i } });
    vi.advanceTimersByTime(200);
    expect(heard.mock.calls.length).toBeLessThan(5);
    expect(receiver.getRemote()[0]?.cursor).toEqual({ x: 49, y: 49 });
  });

  it('ignores a remote state that is not presence (another app on the room)', () => {
    const { a, b } = pair();
    const receiver = new AwarenessPresence(b, user('Bo'));
    a.setLocalState({ something: 'else' });
    expect(receiver.getRemote()).toEqual([]);
  });

  it('removes its own state when disposed', () => {
    const { a, b } = pair();
    const sender = new AwarenessPresence(a, user('Aya'));
    const receiver = new AwarenessPresence(b, user('Bo'));
    expect(receiver.getRemote()).toHaveLength(1);
    sender.dispose();
    expect(receiver.getRemote()).toHaveLength(0);
  });
});
