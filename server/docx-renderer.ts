import { parentPort, type Worker } from 'node:worker_threads';
import type { Lang } from '../shared/i18n/lang.ts';
import type { Plan } from '../shared/plan.ts';
import { errorFields, type Logger } from './log.ts';
import { startTsWorker } from './ts-worker.ts';

/**
 * Renders Word files in a worker thread. The `docx` library takes seconds of
 * CPU for a big board (2.1 s for 2,000 notes, 4.8 s the first time, when it
 * loads): on the event loop that froze the live sync of every board. One
 * worker per server, started by the first Word export and ended after an
 * idle while (so the library's memory is returned) or when the server
 * closes; it never keeps the process alive by itself. A worker that fails or
 * dies fails the renders it had, and the next render starts a fresh one.
 * How many renders run at once is bounded by the caller (`BoardReads` slots).
 *
 * A render that has not answered within `renderMs` (a board that sends the
 * library into an endless loop, a thread stuck for good) would hold its
 * export slot forever: its worker is terminated instead, the renders it had
 * fail with `DocxRenderTimeout` (503 `render-slow`), and the next render
 * starts a fresh worker.
 */

export interface DocxRenderer {
  render(plan: Plan, lang: Lang): Promise<Uint8Array>;
  /** Ends the worker, failing renders it still had. */
  close(): Promise<void>;
}

export interface DocxRendererOptions {
  readonly log: Logger;
  /** The worker's module; tests give one that fails. */
  readonly module?: URL;
  /** An idle worker ends after this long (`DOCX_WORKER_IDLE_MS`). */
  readonly idleMs: number;
  /** A render not answered within this long ends its worker (`DOCX_RENDER_MS`). */
  readonly renderMs: number;
}

/** A render that outlasted its deadline; its worker was terminated. */
export class DocxRenderTimeout extends Error {
  constructor(readonly ms: number) {
    super(`DOCX render not done within ${ms} ms`);
    this.name = 'DocxRenderTimeout';
  }
}

interface DocxRequest {
  readonly id: number;
  readonly plan: Plan;
  readonly lang: Lang;
}

type DocxAnswer =
  | { readonly id: number; readonly bytes: Uint8Array }
  | { readonly id: number; readonly error: string };

interface Pending {
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: Error) => void;
  readonly deadline: NodeJS.Timeout;
}

const DEFAULT_MODULE = new URL('./docx-worker.ts', import.meta.url);

export function createDocxRenderer(options: DocxRendererOptions): DocxRenderer {
  const { log } = options;
  const module = options.module ?? DEFAULT_MODULE;
  const { idleMs, renderMs } = options;
  let worker: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  /** Fails every render of `gone` and forgets it; the next render starts a fresh worker. */
  const drop = (gone: Worker, reason: Error): void => {
    if (worker !== gone) return;
    worker = null;
    for (const one of pending.values()) {
      clearTimeout(one.deadline);
      one.reject(reason);
    }
    pending.clear();
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
    void gone.terminate();
  };

  const start = (): Worker => {
    const started = startTsWorker(module);
    started.unref();
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    started.on('message', (answer: DocxAnswer) => {
      const one = pending.get(answer.id);
      if (one === undefined) return;
      pending.delete(answer.id);
      clearTimeout(one.deadline);
      if ('bytes' in answer) one.resolve(answer.bytes);
      else one.reject(new Error(`DOCX render failed: ${answer.error}`));
      if (pending.size === 0) idleFrom(started);
    });
    started.on('error', (error) => {
      log.error('docx-worker-failed', errorFields(error));
      drop(started, new Error(`DOCX worker failed: ${String(error)}`));
    });
    started.on('exit', (code) => {
      log.debug('docx-worker-stopped', { code });
      if (worker !== started) return;
      log.error('docx-worker-exited', { code });
      drop(started, new Error(`DOCX worker exited with code ${code}`));
    });
    log.debug('docx-worker-started');
    return started;
  };

  const idleFrom = (idle: Worker): void => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = null;
      if (worker !== idle || pending.size > 0) return;
      worker = null;
      log.debug('docx-worker-idle-ended');
      void idle.terminate();
    }, idleMs);
    idleTimer.unref();
  };

  return {
    render: (plan, lang) =>
      new Promise<Uint8Array>((resolve, reject) => {
        worker ??= start();
        if (idleTimer !== null) clearTimeout(idleTimer);
        idleTimer = null;
        const id = nextId++;
        const current = worker;
        const deadline = setTimeout(() => {
          if (!pending.has(id)) return;
          log.error('docx-render-timeout', { ms: renderMs, renders: pending.size });
          drop(current, new DocxRenderTimeout(renderMs));
        }, renderMs);
        deadline.unref();
        pending.set(id, { resolve, reject, deadline });
        const request: DocxRequest = { id, plan, lang };
        current.postMessage(request);
      }),
    close: async () => {
      const current = worker;
      if (current !== null) drop(current, new Error('The server is closing'));
      await exited;
    },
  };
}

/**
 * The worker's side: answers each request with the rendered bytes (their
 * buffer transferred, not copied) or the reason it failed.
 */
export function answerDocxRequests(render: (plan: Plan, lang: Lang) => Promise<Uint8Array>): void {
  const port = parentPort;
  if (port === null) throw new Error('answerDocxRequests runs in a worker thread');
  port.on('message', (request: DocxRequest) => {
    render(request.plan, request.lang).then(
      (bytes) => {
        const answer: DocxAnswer = { id: request.id, bytes };
        port.postMessage(answer, bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []);
      },
      (error: unknown) => {
        const answer: DocxAnswer = { id: request.id, error: errorFields(error).error };
        port.postMessage(answer);
      },
    );
  });
}
