import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type StartOptions } from '../../server/app.ts';
import { API_BOARDS_PATH, type CreatedBoard } from '../../shared/protocol.ts';
import {
  fitBoard,
  openBoard,
  showPlan,
  sleep,
  waitConnected,
  waitUntil,
} from './browserHelpers.ts';
import { disableFeaturesArg } from './chromiumFeatures.ts';
import type { Board } from '../../shared/schema.ts';

/**
 * The end-to-end harness (issue 6): the real server on 127.0.0.1 port 0 with a
 * temporary data directory serving the production build (dist/client), and
 * Debian's Chromium driven by playwright-core. One browser per test file, one
 * browser context per user. The pointer is aimed with the page's test hook
 * (`window.__netvaerkstavle`, client/testHook.ts); everything else is real
 * pointer and keyboard input.
 */

export const ROOT = join(import.meta.dirname, '..', '..');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * tsx (used by the browser benchmark) compiles with esbuild's keepNames, which
 * wraps named functions inside `page.evaluate` callbacks in `__name(…)`; the
 * page has no such helper, so every context gets a no-op one.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** `args`: more of Chromium's switches (a device's pointers, say). */
export async function launchBrowser(args: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, disableFeaturesArg(), ...args],
  });
}

export interface ServerHandle {
  server: RunningServer;
  readonly dataDir: string;
  readonly url: string;
  readonly port: number;
}

export async function startTestServer(
  dataDir?: string,
  port = 0,
  options: StartOptions = {},
): Promise<ServerHandle> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'nvt-e2e-'));
  // E2E_STATIC_DIR: another build of the client (default: dist/client, the production build).
  const staticDir = process.env.E2E_STATIC_DIR;
  const server = await startServer({
    port,
    host: '127.0.0.1',
    dataDir: dir,
    logLevel: 'silent',
    ...(staticDir ? { staticDir } : {}),
    ...options,
  });
  return { server, dataDir: dir, url: server.url, port: server.port };
}

/** Everything one test file needs; `close()` tears down in reverse order. */
export class E2E {
  private readonly contexts: BrowserContext[] = [];
  /** Uncaught errors of every page opened through `user()`; tests expect none. */
  readonly pageErrors: string[] = [];

  private constructor(
    readonly browser: Browser,
    private handle: ServerHandle,
  ) {}

  /** `server`: settings (or a store) for this file's server; a restart starts it without them. */
  static async start(server: StartOptions = {}): Promise<E2E> {
    const handle = await startTestServer(undefined, 0, server);
    const browser = await launchBrowser();
    return new E2E(browser, handle);
  }

  get url(): string {
    return this.handle.url;
  }

  get server(): RunningServer {
    return this.handle.server;
  }

  /** Stops the server gracefully and starts a new one on the same port and data directory. */
  async restartServer(downMs = 300): Promise<void> {
    await this.handle.server.close();
    await sleep(downMs);
    const next = await startTestServer(this.handle.dataDir, this.handle.port);
    this.handle = next;
  }

  async stopServer(): Promise<void> {
    await this.handle.server.close();
  }

  /** A new user: a fresh browser context (own storage, own IndexedDB) and one page. */
  async user(
    options: {
      viewport?: { width: number; height: number };
      hasTouch?: boolean;
      /** A phone's browser: the page's meta viewport counts, scrollbars lie over the content. */
      isMobile?: boolean;
      /** The browser's language (its own dialogs' "OK" / "Cancel"); Danish unless told. */
      locale?: string;
    } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      viewport: options.viewport ?? { width: 1920, height: 1080 },
      acceptDownloads: true,
      locale: options.locale ?? 'da-DK',
      // A touch screen: `pointer: coarse`, so the larger touch buttons.
      hasTouch: options.hasTouch ?? false,
      isMobile: options.isMobile ?? false,
    });
    await context.addInitScript(KEEP_NAMES_SHIM);
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${error.message}`));
    // Whatever the page's Content-Security-Policy refuses is a bug too.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        this.pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    return { context, page };
  }

  /**
   * Anne and Bent, two users with the board open and its plan showing (and,
   * with `fit`, the whole board in view and both connected).
   */
  async anneAndBent(
    board: CreatedBoard,
    options: {
      fit?: boolean;
      /** Runs before the user's page opens the board (to route its websocket, say). */
      beforeOpen?: (user: { context: BrowserContext; page: Page }, name: string) => Promise<void>;
    } = {},
  ): Promise<{
    a: { context: BrowserContext; page: Page };
    b: { context: BrowserContext; page: Page };
  }> {
    const a = await this.user();
    const b = await this.user();
    for (const [user, name] of [
      [a, 'Anne'],
      [b, 'Bent'],
    ] as const) {
      await options.beforeOpen?.(user, name);
      await openBoard(user.page, `${this.url}${board.editUrl}`, { name });
      await showPlan(user.page);
      if (options.fit) await fitBoard(user.page);
    }
    if (options.fit) {
      await waitConnected(a.page);
      await waitConnected(b.page);
    }
    return { a, b };
  }

  /** `POST /api/boards`: a template (`{title,start,networkMeetings}`), a board file, or empty. */
  async createBoard(body?: Board | Record<string, unknown>): Promise<CreatedBoard> {
    return createBoard(this.url, body);
  }

  async close(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close().catch(() => {});
    await this.browser.close().catch(() => {});
    await this.handle.server.close().catch(() => {});
    rmSync(this.handle.dataDir, { recursive: true, force: true });
  }
}

export async function createBoard(
  baseUrl: string,
  body?: Board | Record<string, unknown>,
): Promise<CreatedBoard> {
  const response = await fetch(`${baseUrl}${API_BOARDS_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  if (response.status !== 201)
    throw new Error(`POST ${API_BOARDS_PATH}: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedBoard;
}

/**
 * The usual setup of a test file: one E2E (server and browser) and one board
 * created from `makeBoard`, both torn down after the file. Read `.e2e` and
 * `.board` inside the tests.
 */
export function e2eWithBoard(makeBoard: () => Board): {
  readonly e2e: E2E;
  readonly board: CreatedBoard;
} {
  let e2e: E2E | null = null;
  let board: CreatedBoard | null = null;
  beforeAll(async () => {
    e2e = await E2E.start();
    board = await e2e.createBoard(makeBoard());
  });
  afterAll(async () => {
    await e2e?.close();
  });
  return {
    get e2e() {
      if (e2e === null) throw new Error('e2eWithBoard: used outside a test');
      return e2e;
    },
    get board() {
      if (board === null) throw new Error('e2eWithBoard: used outside a test');
      return board;
    },
  };
}

export async function fetchBoard(baseUrl: string, id: string): Promise<Board> {
  const response = await fetch(`${baseUrl}${API_BOARDS_PATH}/${id}`);
  if (!response.ok) throw new Error(`GET board ${id}: ${response.status}`);
  return (await response.json()) as Board;
}

/** The id of the participant note the server has in `laneId`, once it is there (placing from a row's menu). */
export async function participantNoteIn(
  baseUrl: string,
  id: string,
  laneId: string,
): Promise<string> {
  return waitUntil(async () => {
    const notes = (await fetchBoard(baseUrl, id)).notes;
    return notes.find((note) => note.lane === laneId && note.kind === 'participant')?.id;
  }, `a participant note in ${laneId}`);
}

export * from './browserHelpers.ts';
