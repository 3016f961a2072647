import type { ServerResponse } from 'node:http';
import type { BoardReads } from './board-reads.ts';
import { errorFields, type Logger } from './log.ts';
import type { BoardStore } from './store/types.ts';

/** When a board page's warm-up starts: see `PageWarmUp`. */
export interface WarmUpTiming {
  /** How long no HTTP request may have been in flight (nor begun or ended). */
  readonly quietMs: number;
  /** The longest wait after the page, however busy the server. */
  readonly maxWaitMs: number;
}

/**
 * The browser asks for the page's scripts and stylesheets 40–100 ms after its
 * HTML (on one machine; a network adds its round trip) and, six connections at
 * a time, for the rest as the first ones arrive; its websocket opens once that
 * code has run, 0.4–0.9 s after the HTML. 150 ms without a request lies past
 * the first gap; 500 ms is early enough for the board (100–250 ms to load at
 * 3,000 notes) to be ready before that websocket on a busy server too.
 */
export const PAGE_WARM_UP_TIMING: WarmUpTiming = { quietMs: 150, maxWaitMs: 500 };

export interface PageWarmUpDeps {
  readonly store: BoardStore;
  readonly reads: BoardReads;
  readonly log: Logger;
  readonly timing: WarmUpTiming;
}

/**
 * Loads the board of a page just sent (`/b/<id>`, `/v/<viewId>`) while the
 * browser loads the app, so its websocket finds it in memory. Loading holds
 * the event loop (one `Y.applyUpdate`, 100–250 ms at 3,000 notes, which no
 * yield can split): started as the HTML was sent, it held the page's own
 * scripts and stylesheets, asked for meanwhile, until it was done (scripts
 * asked for at 70–110 ms arrived at 365–437 ms). So it starts once no HTTP
 * request has been in flight for `quietMs`, or `maxWaitMs` after the page at
 * the latest. A websocket arriving first loads the board itself, and the
 * warm-up then finds it in memory: a board still loads once (single-flight).
 */
export class PageWarmUp {
  private inFlight = 0;
  /** performance.now() at the last request's start or end. */
  private lastActive = -Infinity;

  constructor(private readonly deps: PageWarmUpDeps) {}

  /** Every HTTP request: in flight until its response closes (sent or cut off). */
  track(res: ServerResponse): void {
    this.inFlight++;
    this.lastActive = performance.now();
    res.once('close', () => {
      this.inFlight--;
      this.lastActive = performance.now();
    });
  }

  /** A board page was sent for `id` (an edit or a view id); an unknown id loads and stores nothing. */
  pageSent(id: string): void {
    const { store, reads, log } = this.deps;
    // Run from an event listener: even an engine that throws instead of rejecting is caught.
    Promise.resolve()
      .then(() => store.resolve(id))
      .then(async (resolved) => {
        if (resolved === null) return;
        await this.quiet();
        await reads.warm(resolved);
      })
      .catch((error: unknown) => log.warn('board-warm-failed', errorFields(error)));
  }

  /** Resolves once no request has been in flight for `quietMs`, or after `maxWaitMs`. */
  private quiet(): Promise<void> {
    const { quietMs, maxWaitMs } = this.deps.timing;
    const deadline = performance.now() + maxWaitMs;
    return new Promise((resolve) => {
      const check = (): void => {
        const now = performance.now();
        const quietFor = this.inFlight === 0 ? now - this.lastActive : 0;
        const wait = Math.min(quietMs - quietFor, deadline - now);
        if (wait <= 0) resolve();
        // Unref'd: a pending warm-up keeps no process alive (shutdown then opens no room).
        else setTimeout(check, wait).unref();
      };
      check();
    });
  }
}
