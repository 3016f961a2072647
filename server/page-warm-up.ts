import type { IncomingMessage, ServerResponse } from 'node:http';
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
  /**
   * The files a board page asks for as it loads (`/assets/…`, from the built
   * index.html); none known (no build, Vite's dev server) leaves the quiet rule.
   */
  readonly pageFiles: () => Promise<readonly string[]>;
}

/** A board page being sent, and the files its client has been sent since it was asked for. */
interface PageWatch {
  readonly client: string;
  readonly sent: Set<string>;
  /** Called on each file sent to `client`, once the page's file list is known. */
  onSent: () => void;
}

/**
 * Loads the board of a page just sent (`/b/<id>`, `/v/<viewId>`) while the
 * browser loads the app, so its websocket finds it in memory. Loading holds
 * the event loop (one `Y.applyUpdate`, 100–250 ms at 3,000 notes, which no
 * yield can split): started as the HTML was sent, it held the page's own
 * scripts and stylesheets, asked for meanwhile, until it was done (scripts
 * asked for at 70–110 ms arrived at 365–437 ms). So it starts once every file
 * the built page names has been sent to the page's client (its address: the
 * browser asks for them all at once, the board page's through the page's
 * preload script), which needs the event loop no more; else (files from the
 * browser's cache or the service worker's, another build's page, no build)
 * once no HTTP request has been in flight for `quietMs`, unless some of the
 * page's files were sent (the rest are coming), or `maxWaitMs` after the page
 * at the latest.
 * Behind a proxy every client has its address: another page's files then
 * count too, which can start a load early, or hold it until `maxWaitMs`. A websocket arriving
 * first loads the board itself, and the warm-up then finds it in memory: a
 * board still loads once (single-flight).
 */
export class PageWarmUp {
  private inFlight = 0;
  /** performance.now() at the last request's start or end. */
  private lastActive = -Infinity;
  private readonly watches = new Set<PageWatch>();

  constructor(private readonly deps: PageWarmUpDeps) {}

  /**
   * Every HTTP request: in flight until its response closes (sent or cut off);
   * a file sent in full counts for the pages its client is loading.
   */
  track(req: IncomingMessage, res: ServerResponse): void {
    this.inFlight++;
    this.lastActive = performance.now();
    res.once('close', () => {
      this.inFlight--;
      this.lastActive = performance.now();
      if (this.watches.size === 0 || !res.writableFinished) return;
      const path = (req.url ?? '').split('?', 1)[0] ?? '';
      const client = clientOf(req);
      for (const watch of this.watches) {
        if (watch.client !== client) continue;
        watch.sent.add(path);
        watch.onSent();
      }
    });
  }

  /**
   * A board page is asked for `id` (an edit or a view id): its board loads
   * once the page is sent and then its files; an unknown id loads and stores
   * nothing. Files sent before the page's own response ends count too.
   */
  pageAsked(id: string, req: IncomingMessage, res: ServerResponse): void {
    const watch: PageWatch = { client: clientOf(req), sent: new Set(), onSent: () => {} };
    this.watches.add(watch);
    res.once('close', () => {
      if (res.writableFinished) this.pageSent(id, watch);
      else this.watches.delete(watch);
    });
  }

  private pageSent(id: string, watch: PageWatch): void {
    const { store, reads, log, pageFiles } = this.deps;
    // Run from an event listener: even an engine that throws instead of rejecting is caught.
    Promise.resolve()
      .then(() => Promise.all([store.resolve(id), pageFiles()]))
      .then(async ([resolved, files]) => {
        if (resolved === null) return;
        // Some of its files sent: the rest are coming (asked for with them), and a quiet
        // moment between two of them (a busy browser) is no sign of the page being done.
        const fetching = () => files.some((file) => watch.sent.has(file));
        await Promise.race([this.quiet(fetching), allSent(watch, files)]);
        this.watches.delete(watch);
        await reads.warm(resolved);
      })
      .catch((error: unknown) => log.warn('board-warm-failed', errorFields(error)))
      .finally(() => this.watches.delete(watch));
  }

  /**
   * Resolves once no request has been in flight for `quietMs` (unless `held`),
   * or after `maxWaitMs`.
   */
  private quiet(held: () => boolean): Promise<void> {
    const { quietMs, maxWaitMs } = this.deps.timing;
    const deadline = performance.now() + maxWaitMs;
    return new Promise((resolve) => {
      const check = (): void => {
        const now = performance.now();
        const quietFor = this.inFlight === 0 && !held() ? now - this.lastActive : 0;
        const wait = Math.min(quietMs - quietFor, deadline - now);
        if (wait <= 0) resolve();
        // Unref'd: a pending warm-up keeps no process alive (shutdown then opens no room).
        else setTimeout(check, wait).unref();
      };
      check();
    });
  }
}

/** The client a request came from, as far as this server can tell. */
const clientOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? '';

/** Resolves once every one of `files` has been sent to the watch's client; never when there are none. */
function allSent(watch: PageWatch, files: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    if (files.length === 0) return;
    watch.onSent = () => {
      if (files.every((file) => watch.sent.has(file))) resolve();
    };
    watch.onSent();
  });
}
