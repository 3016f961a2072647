import { writeFileSync } from 'node:fs';
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { WebSocket as NodeWebSocket } from 'ws';
import type { Browser, BrowserContext, CDPSession } from 'playwright-core';
import { createBoard, launchBrowser, openBoard, startTestServer } from '../e2e/harness.ts';
import { generatedBoard } from '../helpers/boards.ts';
import { INSTRUMENT_SCRIPT } from './browser/page.ts';

/**
 * Where a board page's load goes, on the page's clock (ms from navigation):
 * the bench's page opening (fresh context, stored name, the production build
 * of E2E_STATIC_DIR). `--light`: the page's Resource Timing, its socket's
 * messages (when the page's listeners got them) and the first frames of the
 * test hook, merged with the server's side in this process (requests in and
 * out, websocket sends, event-loop stalls over 15 ms). Without it: a CDP trace
 * instead, boiled down to the requests, the socket and the page main thread's
 * tasks over `--min` ms with their CPU time (robust on a busy machine, where
 * wall time is not).
 *
 * `npx tsx test/bench/loadTrace.ts --light --sizes 200,3000 --runs 2`
 * Options: --sizes 200,3000  --runs 2  --min 8  --out /tmp/trace (also writes the raw trace JSON)
 */

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '200,3000').split(',').map(Number);
const RUNS = Number(arg('runs') ?? 2);
const MIN_MS = Number(arg('min') ?? 8);
const OUT = arg('out');
const VIEWPORT = { width: 1920, height: 1080 };
const LIGHT = process.argv.includes('--light');

/** Server-side events on the epoch clock (ms), shared with the page's timeOrigin + now. */
const serverLog: [number, string][] = [];
const epochNow = () => performance.timeOrigin + performance.now();
const emit = Server.prototype.emit;
Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
  if (event === 'request') {
    const req = args[0] as IncomingMessage;
    const res = args[1] as ServerResponse;
    const url = req.url ?? '';
    serverLog.push([epochNow(), `http in ${short(url)}`]);
    res.once('finish', () => serverLog.push([epochNow(), `http out ${short(url)}`]));
  } else if (event === 'upgrade') {
    serverLog.push([epochNow(), `upgrade ${short((args[0] as IncomingMessage).url ?? '')}`]);
  }
  return (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
} as typeof Server.prototype.emit;
const send = NodeWebSocket.prototype.send;
NodeWebSocket.prototype.send = function (this: NodeWebSocket, data: unknown, ...rest: unknown[]) {
  const n = (data as { byteLength?: number }).byteLength ?? String(data).length;
  serverLog.push([epochNow(), `ws send ${n} B`]);
  return (send as (...a: unknown[]) => void).call(this, data, ...rest);
} as typeof NodeWebSocket.prototype.send;
// Event-loop stalls over 15 ms.
let lastTick = epochNow();
setInterval(() => {
  const now = epochNow();
  if (now - lastTick > 15)
    serverLog.push([lastTick, `server event loop blocked ${(now - lastTick).toFixed(0)} ms`]);
  lastTick = now;
}, 2).unref();

/** The page's socket: when each message was handed to the page's listeners. */
const SOCKET_SCRIPT = `
(() => {
  const log = [];
  window.__socketLog = log;
  const Native = WebSocket;
  function Logged(url, protocols) {
    const s = protocols === undefined ? new Native(url) : new Native(url, protocols);
    log.push(['new', performance.now(), String(url)]);
    s.addEventListener('open', () => log.push(['open', performance.now()]));
    s.addEventListener('message', (e) => {
      const n = e.data && e.data.byteLength !== undefined ? e.data.byteLength : String(e.data).length;
      log.push(['message', performance.now(), n]);
    });
    return s;
  }
  Logged.prototype = Native.prototype;
  for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Logged[k] = Native[k];
  window.WebSocket = Logged;
})();
`;

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { data?: Record<string, unknown>; name?: string; [k: string]: unknown };
}

const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'netlog',
  'toplevel',
  '__metadata',
].join(',');

async function trace(session: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await session.send('Tracing.start', {
    categories: CATEGORIES,
    transferMode: 'ReportEvents',
  });
  await during();
  const done = new Promise<void>((resolve) =>
    session.once('Tracing.tracingComplete', () => resolve()),
  );
  await session.send('Tracing.end');
  await done;
  return events;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

async function storageWithName(b: Browser, url: string): Promise<StorageState> {
  const created = await createBoard(url, generatedBoard({ notes: 10, people: 5, meetings: 6 }));
  const context = await b.newContext({ viewport: VIEWPORT });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const page = await context.newPage();
  await openBoard(page, `${url}${created.editUrl}`, { name: 'Benchmark' });
  const state = await context.storageState();
  await context.close();
  return state;
}

const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '').slice(0, 60);

function summarise(
  events: TraceEvent[],
  navTs: number,
  mainPid: number,
  mainTid: number,
): string[] {
  const at = (ts: number) => ((ts - navTs) / 1000).toFixed(0).padStart(5);
  const lines: string[] = [];
  const requests = new Map<
    string,
    { url: string; send: number; response?: number; finish?: number }
  >();
  for (const e of events) {
    const d = e.args?.data;
    if (!d) continue;
    const id = String(d['requestId'] ?? '');
    if (e.name === 'ResourceSendRequest') requests.set(id, { url: String(d['url']), send: e.ts });
    else if (e.name === 'ResourceReceiveResponse') {
      const r = requests.get(id);
      if (r) r.response = e.ts;
    } else if (e.name === 'ResourceFinish') {
      const r = requests.get(id);
      if (r) r.finish = e.ts;
    } else if (e.name.startsWith('WebSocket'))
      lines.push(`${at(e.ts)} ${e.name} ${short(String(d['url'] ?? ''))}`);
  }
  for (const r of requests.values())
    lines.push(
      `${at(r.send)} req ${short(r.url)} → response ${r.response ? at(r.response) : '?'} finish ${r.finish ? at(r.finish) : '?'}`,
    );
  // Main-thread tasks of the page with what they ran.
  const main = events
    .filter((e) => e.pid === mainPid && e.tid === mainTid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  let busy = 0;
  for (const t of tasks) {
    const dur = (t.dur ?? 0) / 1000;
    if (t.ts < navTs) continue;
    busy += (t.tdur ?? t.dur ?? 0) / 1000;
    if (dur < MIN_MS) continue;
    const end = t.ts + (t.dur ?? 0);
    const inside = main.filter(
      (e) => e.ts >= t.ts && e.ts < end && e !== t && (e.dur ?? 0) >= 2000,
    );
    const what = inside
      .filter((e) =>
        /EvaluateScript|v8.compileModule|v8.evaluateModule|FunctionCall|ParseHTML|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|Commit|MajorGC|MinorGC|V8.GC|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8.compile|v8.run|ParseAuthorStyleSheet|Decode/.test(
          e.name,
        ),
      )
      .map((e) => {
        const dd = e.args?.data ?? {};
        const label = String(
          dd['functionName'] ?? dd['url'] ?? dd['type'] ?? e.args?.['fileName'] ?? '',
        );
        return `${e.name}${label ? `(${short(label).replace(/.*\//, '')})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`;
      })
      .slice(0, 12);
    lines.push(
      `${at(t.ts)} task ${dur.toFixed(0)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(0)}): ${what.join(', ')}`,
    );
  }
  for (const e of events)
    if (e.cat.includes('blink.user_timing') && e.ts > navTs && e.ph === 'R')
      lines.push(`${at(e.ts)} mark ${e.name}`);
  lines.push(`main-thread busy (cpu) after navigation: ${busy.toFixed(0)} ms`);
  return lines;
}

const server = await startTestServer();
const browser = await launchBrowser();
try {
  const storageState = await storageWithName(browser, server.url);
  for (const notes of SIZES) {
    for (let run = 0; run < RUNS; run++) {
      const board = generatedBoard({ notes, people: Math.min(500, notes), meetings: 6 });
      const created = await createBoard(server.url, board);
      const context = await browser.newContext({
        viewport: VIEWPORT,
        storageState,
        locale: 'da-DK',
      });
      await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
      await context.addInitScript(INSTRUMENT_SCRIPT);
      await context.addInitScript(SOCKET_SCRIPT);
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      interface PageFacts {
        load: [number, number][];
        sockets: [string, number, unknown?][];
        nav: Record<string, number>;
        origin: number;
        resources: [string, number, number, number, number][];
        marks: [string, number][];
      }
      let facts: PageFacts | null = null;
      const t0 = epochNow();
      const open = async () => {
        await page.goto(`${server.url}${created.editUrl}`, { waitUntil: 'domcontentloaded' });
        await page.waitForFunction(
          () => {
            const w = window as unknown as { __bench: { load: unknown[] } };
            return w.__bench.load.length > 20;
          },
          undefined,
          { timeout: 60_000, polling: 250 },
        );
        facts = await page.evaluate((): PageFacts => {
          const w = window as unknown as {
            __bench: { load: [number, number][] };
            __socketLog: [string, number, unknown?][];
          };
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const resources = (
            performance.getEntriesByType('resource') as PerformanceResourceTiming[]
          ).map((r): [string, number, number, number, number] => [
            r.name,
            r.startTime,
            r.requestStart,
            r.responseStart,
            r.responseEnd,
          ]);
          return {
            load: w.__bench.load.slice(0, 40),
            sockets: w.__socketLog,
            origin: performance.timeOrigin,
            resources,
            marks: performance
              .getEntriesByType('mark')
              .map((m): [string, number] => [m.name, m.startTime]),
            nav: {
              requestStart: nav.requestStart,
              responseStart: nav.responseStart,
              responseEnd: nav.responseEnd,
              domInteractive: nav.domInteractive,
              domContentLoaded: nav.domContentLoadedEventEnd,
              load: nav.loadEventStart,
            },
          };
        });
      };
      serverLog.length = 0;
      const events = LIGHT ? [] : await trace(session, open);
      if (LIGHT) await open();
      const f = facts as PageFacts | null;
      if (f) {
        const lines: [number, string][] = [];
        for (const [k, v] of Object.entries(f.nav)) lines.push([v, `page nav ${k}`]);
        for (const [name, st, rq, rs, re] of f.resources)
          lines.push([
            st,
            `page res ${short(name)} start; request ${rq.toFixed(0)} first byte ${rs.toFixed(0)} end ${re.toFixed(0)}`,
          ]);
        for (const [kind, t, x] of f.sockets)
          lines.push([t, `page socket ${kind} ${String(x ?? '').slice(-40)}`]);
        for (const [name, t] of f.marks) lines.push([t, `page mark ${name}`]);
        const ready = f.load[0];
        if (ready) lines.push([ready[0], `page hook ready, ${ready[1]} notes rendered`]);
        const expected = Math.max(...f.load.map(([, n]) => n));
        const all = f.load.find(([, n]) => n >= expected);
        if (all) lines.push([all[0], `page all ${expected} rendered (frame)`]);
        for (const [t, what] of serverLog) if (t >= t0) lines.push([t - f.origin, what]);
        lines.sort((a, b) => a[0] - b[0]);
        console.log(`\n=== light ${notes} notes, run ${run + 1}`);
        for (const [t, what] of lines) console.log(`${t.toFixed(0).padStart(6)} ${what}`);
      }
      await context.close();
      if (OUT) writeFileSync(`${OUT}-${notes}-${run}.json`, JSON.stringify(events));
      const nav = events.find(
        (e) => e.name === 'navigationStart' && e.args?.data?.['isLoadingMainFrame'],
      );
      const commit = events.find(
        (e) => e.name === 'CommitLoad' || e.name === 'TracingStartedInBrowser',
      );
      const navTs = nav?.ts ?? commit?.ts ?? 0;
      const threads = events.filter(
        (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
      );
      // The page's renderer: the main thread that ran the board page's module.
      const evalMain = events.find(
        (e) => e.name === 'v8.evaluateModule' || (e.name === 'EvaluateScript' && e.ts > navTs),
      );
      const mainThread =
        threads.find((t) => evalMain && t.pid === evalMain.pid && t.tid === evalMain.tid) ??
        threads[0];
      console.log(`\n=== ${notes} notes, run ${run + 1}`);
      if (mainThread && !LIGHT)
        for (const l of summarise(events, navTs, mainThread.pid, mainThread.tid)) console.log(l);
    }
  }
} finally {
  await browser.close();
  await server.server.close();
}
