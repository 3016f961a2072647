import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessPresence } from '../../client/sync/awarenessPresence.ts';
import { PRESENCE_COLORS } from '../../client/sync/presence.ts';

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

  it('reads again only the state of the user who changed, not every other user’s', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    const c = new Awareness(new Y.Doc());
    c.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      applyAwarenessUpdate(b, encodeAwarenessUpdate(c, changed), 'relay');
    });
    const aya = new AwarenessPresence(a, user('Aya'));
    new AwarenessPresence(c, user('Cai'));
    const mine = new AwarenessPresence(b, user('Bo'));
    vi.advanceTimersByTime(200);
    const before = new Map(mine.getRemote().map((state) => [state.user.name, state]));
    aya.setLocal({ cursor: { x: 5, y: 6 } });
    vi.advanceTimersByTime(200);
    const after = new Map(mine.getRemote().map((state) => [state.user.name, state]));
    expect(after.get('Aya')?.cursor).toEqual({ x: 5, y: 6 });
    expect(after.get('Aya')).not.toBe(before.get('Aya'));
    expect(after.get('Cai')).toBe(before.get('Cai'));
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

  it('holds a note someone drags or edits, here or elsewhere, and no other', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    const other = new AwarenessPresence(a, user('Aya'));
    const mine = new AwarenessPresence(b, user('Bo'));
    mine.setLocal({ editing: 'n1' });
    other.setLocal({ dragging: { ids: ['n2'], dx: 0, dy: 0 } });
    vi.advanceTimersByTime(200);
    expect(['n1', 'n2', 'n3'].map((id) => mine.isHeld(id))).toEqual([true, true, false]);
  });

  it('tells when what the others hold changes, not when only their cursor moves', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    const other = new AwarenessPresence(a, user('Aya'));
    const mine = new AwarenessPresence(b, user('Bo'));
    const changed = vi.fn();
    vi.advanceTimersByTime(200);
    mine.onHoldsChange(changed);
    const step = (update: Parameters<typeof other.setLocal>[0]) => {
      other.setLocal(update);
      vi.advanceTimersByTime(100);
      return changed.mock.calls.splice(0).length;
    };
    expect(step({ dragging: { ids: ['n2'], dx: 0, dy: 0 } })).toBe(1);
    expect(step({ cursor: { x: 5, y: 5 }, dragging: { ids: ['n2'], dx: 9, dy: 9 } })).toBe(0);
    expect(step({ dragging: null })).toBe(1);
    expect(step({ editing: 'n1' })).toBe(1);
    expect(step({ cursor: { x: 6, y: 6 } })).toBe(0);
    expect(step({ editing: null })).toBe(1);
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

  it('of two users with one colour, the later one moves to a free colour, and keeps it', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    const teal = PRESENCE_COLORS[5];
    const earlier = new AwarenessPresence(a, { ...user('Anne'), color: teal, since: 1_000 });
    const later = new AwarenessPresence(b, { ...user('Bo'), color: teal, since: 2_000 });
    // Bo hears Anne (and Anne hears Bo once Bo's state is relayed back).
    b.on('update', ({ added, updated }: Record<string, number[]>) => {
      const changed = [...(added ?? []), ...(updated ?? [])].filter((id) => id === b.clientID);
      if (changed.length > 0) applyAwarenessUpdate(a, encodeAwarenessUpdate(b, changed), 'relay');
    });
    applyAwarenessUpdate(b, encodeAwarenessUpdate(a, [a.clientID]), 'relay');
    vi.advanceTimersByTime(200);
    const bo = later.getRemote()[0];
    expect(bo?.user.color).toBe(teal); // Anne, who was first, keeps hers
    const boColor = earlier.getRemote()[0]?.user.color;
    expect(boColor).not.toBe(teal);
    expect(PRESENCE_COLORS).toContain(boColor);
    // Bo's own avatar shows the colour the others see.
    expect(later.getLocalColor()).toBe(boColor);
    expect(earlier.getLocalColor()).toBe(teal);
    // Renaming keeps the colour moved to.
    later.setUser({ ...user('Bo Berg'), color: teal, since: 2_000 });
    vi.advanceTimersByTime(200);
    expect(earlier.getRemote()[0]?.user).toMatchObject({ name: 'Bo Berg', color: boColor });
  });
});
