import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessMessage } from './messages.ts';

/**
 * Relays presence with at most one broadcast per client per interval (issue 3:
 * coalesce, don't drop the last state). The first change goes out at once;
 * changes within the interval after it are sent together when the interval
 * ends, reading the state at that moment, so the latest state always arrives.
 */
export class AwarenessRelay {
  private readonly lastSent = new Map<number, number>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly awareness: Awareness,
    private readonly intervalMs: number,
    private readonly broadcast: (message: Uint8Array, clientId: number) => void,
  ) {}

  changed(clientId: number): void {
    if (this.timers.has(clientId)) return;
    const since = Date.now() - (this.lastSent.get(clientId) ?? Number.NEGATIVE_INFINITY);
    if (since >= this.intervalMs) {
      this.send(clientId);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(clientId);
      this.send(clientId);
    }, this.intervalMs - since);
    this.timers.set(clientId, timer);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.lastSent.clear();
  }

  private send(clientId: number): void {
    this.broadcast(encodeAwarenessMessage(this.awareness, [clientId]), clientId);
    if (this.awareness.getStates().has(clientId)) this.lastSent.set(clientId, Date.now());
    else this.lastSent.delete(clientId); // gone: forget it, so the map does not grow
  }
}
