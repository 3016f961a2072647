import type { Awareness } from 'y-protocols/awareness';
import type { PresenceSource, PresenceState, PresenceUser, RemotePresence } from './presence.ts';

/** Presence sends at most this often; the server coalesces to 50 ms anyway (issue 3). */
const SEND_INTERVAL_MS = 40;

function isPresenceState(value: unknown): value is PresenceState {
  if (typeof value !== 'object' || value === null) return false;
  const user = (value as { user?: unknown }).user;
  return (
    typeof user === 'object' &&
    user !== null &&
    typeof (user as { name?: unknown }).name === 'string' &&
    typeof (user as { color?: unknown }).color === 'string'
  );
}

/**
 * Presence over Yjs awareness. Local changes are merged and sent at most once
 * per SEND_INTERVAL_MS (the last state always goes out); remote states are
 * read through `getRemote()`, rebuilt only when another client changed.
 */
export class AwarenessPresence implements PresenceSource {
  private local: PresenceState;
  private remote: readonly RemotePresence[] = [];
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSent = 0;

  constructor(
    private readonly awareness: Awareness,
    user: PresenceUser,
  ) {
    this.local = { user, cursor: null, selection: [], dragging: null, editing: null };
    awareness.setLocalState(this.local);
    awareness.on('change', this.onChange);
    this.rebuildRemote();
  }

  getRemote(): readonly RemotePresence[] {
    return this.remote;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setLocal(update: Partial<Omit<PresenceState, 'user'>>): void {
    this.local = { ...this.local, ...update };
    this.schedule();
  }

  setUser(user: PresenceUser): void {
    this.local = { ...this.local, user };
    this.schedule();
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.awareness.off('change', this.onChange);
    this.awareness.setLocalState(null);
    this.listeners.clear();
  }

  private schedule(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastSent + SEND_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastSent = performance.now();
      this.awareness.setLocalState(this.local);
    }, wait);
  }

  private readonly onChange = (changes: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    const self = this.awareness.clientID;
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.every((id) => id === self)) return;
    this.rebuildRemote();
    for (const listener of this.listeners) listener();
  };

  private rebuildRemote(): void {
    const self = this.awareness.clientID;
    const next: RemotePresence[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === self || !isPresenceState(state)) continue;
      next.push({ ...state, clientId });
    }
    this.remote = next;
  }
}
