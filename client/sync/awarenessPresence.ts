import type { Awareness } from 'y-protocols/awareness';
import { PRESENCE_COLORS } from './presence.ts';
import { readPresence } from './presenceSchema.ts';
import type { PresenceSource, PresenceState, PresenceUser, RemotePresence } from './presence.ts';

interface ReadState {
  readonly value: unknown;
  readonly remote: RemotePresence | null;
}

const withClientId = (state: PresenceState | null, clientId: number): RemotePresence | null =>
  state && { ...state, clientId };

/** Presence sends at most this often; the server coalesces to 50 ms anyway (issue 3). */
const SEND_INTERVAL_MS = 40;

/**
 * Presence over Yjs awareness. Local changes are merged and sent at most once
 * per SEND_INTERVAL_MS (the last state always goes out); remote states are
 * read through `getRemote()`, rebuilt only when another client changed.
 */
export class AwarenessPresence implements PresenceSource {
  private local: PresenceState;
  private remote: readonly RemotePresence[] = [];
  /** Each remote client's last state as received, and as read (null: not presence). */
  private read = new Map<number, ReadState>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSent = 0;
  /** The colour taken instead of the user's own because someone earlier had it. */
  private colorInstead: string | null = null;

  constructor(
    private readonly awareness: Awareness,
    user: PresenceUser,
  ) {
    this.local = { user, cursor: null, selection: [], dragging: null, editing: null };
    awareness.setLocalState(this.local);
    awareness.on('change', this.onChange);
    this.rebuildRemote();
    this.avoidSharedColor();
  }

  getRemote(): readonly RemotePresence[] {
    return this.remote;
  }

  /**
   * Whether anyone on the board, this user too (unless `othersOnly`), is
   * dragging the note or has it open in an editor (as announced): a repair
   * must not move it under them, nor another user's attach push it.
   */
  isHeld(id: string, othersOnly?: boolean): boolean {
    const holds = (state: PresenceState) =>
      state.editing === id || (state.dragging?.ids.includes(id) ?? false);
    return (!othersOnly && holds(this.local)) || this.remote.some(holds);
  }

  /** Calls `listener` when what the others hold (`isHeld`) may have changed; returns the disposer. */
  onHoldsChange(listener: () => void): () => void {
    let last = '';
    return this.subscribe(() => {
      // Cursor moves come many times a second: only a change of holds counts.
      const holds = this.remote
        .map((r) => [r.clientId, r.editing, r.dragging?.ids.length, r.dragging?.ids[0]])
        .join();
      if (holds !== last) listener();
      last = holds;
    });
  }

  getLocalColor(): string {
    return this.local.user.color;
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
    this.local = { ...this.local, user: { ...user, color: this.colorInstead ?? user.color } };
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
    this.avoidSharedColor();
    for (const listener of this.listeners) listener();
  };

  /**
   * Two people with one colour cannot tell their cursors apart: of the two,
   * the one who came later (ties: the higher client id) moves to a colour
   * nobody has, while there is one.
   */
  private avoidSharedColor(): void {
    const mine = this.local.user;
    const self = this.awareness.clientID;
    const since = mine.since ?? 0;
    const earlier = (other: RemotePresence) => {
      const theirs = other.user.since ?? 0;
      return theirs < since || (theirs === since && other.clientId < self);
    };
    if (!this.remote.some((other) => other.user.color === mine.color && earlier(other))) return;
    const used = new Set(this.remote.map((other) => other.user.color));
    const free = PRESENCE_COLORS.find((color) => !used.has(color));
    if (free === undefined) return;
    this.colorInstead = free;
    this.local = { ...this.local, user: { ...mine, color: free } };
    this.schedule();
    // Subscribers (the presence list) show this user's own colour too.
    for (const listener of this.listeners) listener();
  }

  private rebuildRemote(): void {
    const self = this.awareness.clientID;
    const next: RemotePresence[] = [];
    const read = new Map<number, ReadState>();
    for (const [clientId, value] of this.awareness.getStates()) {
      if (clientId === self) continue;
      // Awareness replaces a client's state object when it changes: with a room full of
      // moving cursors, only the one that moved is checked again, not all of them.
      const known = this.read.get(clientId);
      const remote =
        known?.value === value ? known.remote : withClientId(readPresence(value), clientId);
      read.set(clientId, { value, remote });
      if (remote) next.push(remote);
    }
    this.read = read;
    this.remote = next;
  }
}
