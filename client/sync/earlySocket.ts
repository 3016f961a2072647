import {
  WS_PATH,
  WS_WHOLE_BOARD_QUERY,
  editPath,
  parseClientRoute,
  viewPath,
} from '../../shared/protocol.ts';
import { loadRecentBoards } from '../app/device.ts';

/** An early socket that no provider claims within this time is closed. */
const UNCLAIMED_MS = 60_000;

/** The websocket endpoint of this page's server. */
export function boardServerUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WS_PATH}`;
}

interface Early {
  /** The provider's url for this board (the socket's, without the query). */
  readonly url: string;
  readonly socket: WebSocket;
  readonly received: MessageEvent[];
  readonly stopListening: () => void;
  readonly unclaimedTimer: ReturnType<typeof setTimeout>;
}

/**
 * A board's websocket opened while the page's code is still loading, and
 * handed to y-websocket's provider once the board page makes one.
 *
 * The board page's code takes a few hundred ms to load and run; the server
 * needs less to answer. So the entry code opens the socket and, for a board
 * this device has no copy of, asks for the whole board on connecting
 * (`WS_WHOLE_BOARD_QUERY`: the answer an empty document's sync step 1 gets).
 * What arrives waits in a queue. The provider's socket class
 * (`webSocketClass`) hands it the early socket: an open one shows it 'open'
 * and the queued messages as if they had just arrived, a connecting one is
 * handed over as it is. The provider then speaks the protocol as always (the
 * server leaves out the second whole board an empty sync step 1 would bring).
 * A socket that closed is dropped, and the provider opens its own, as it
 * always does; so is one for another board.
 */
export class EarlySockets {
  private early: Early | null = null;

  constructor(
    private readonly WebSocketImpl: typeof WebSocket,
    private readonly unclaimedMs = UNCLAIMED_MS,
  ) {}

  /** Opens `url` (the provider's url for a board), asking for the whole board or not. */
  open(url: string, wholeBoard: boolean): void {
    this.drop();
    const socket = new this.WebSocketImpl(wholeBoard ? `${url}?${WS_WHOLE_BOARD_QUERY}` : url);
    socket.binaryType = 'arraybuffer';
    const received: MessageEvent[] = [];
    const onMessage = (event: MessageEvent) => received.push(event);
    const onClose = () => {
      if (this.early === early) this.drop();
    };
    socket.addEventListener('message', onMessage);
    socket.addEventListener('close', onClose);
    const early: Early = {
      url,
      socket,
      received,
      stopListening: () => {
        socket.removeEventListener('message', onMessage);
        socket.removeEventListener('close', onClose);
      },
      unclaimedTimer: setTimeout(() => this.drop(), this.unclaimedMs),
    };
    this.early = early;
  }

  /** For y-websocket's `WebSocketPolyfill`: the early socket for its url if there is one, else a new one. */
  webSocketClass(): typeof WebSocket {
    const Impl = this.WebSocketImpl;
    const claim = (url: string) => this.claim(url);
    // Called with `new` by the provider; a constructor that returns an object
    // gives that object, so the provider gets a real socket either way.
    function ClaimingWebSocket(url: string | URL, protocols?: string | string[]): WebSocket {
      return claim(String(url)) ?? new Impl(url, protocols);
    }
    return ClaimingWebSocket as unknown as typeof WebSocket;
  }

  private claim(url: string): WebSocket | null {
    const early = this.early;
    if (early === null) return null;
    if (early.url !== url) {
      this.drop();
      return null;
    }
    this.early = null;
    clearTimeout(early.unclaimedTimer);
    early.stopListening();
    const { socket } = early;
    if (socket.readyState !== socket.CONNECTING && socket.readyState !== socket.OPEN) return null;
    // An open socket's 'open' has passed: replay it, and what arrived, once the
    // provider has set its handlers (right after constructing the socket).
    if (socket.readyState === socket.OPEN) {
      queueMicrotask(() => {
        socket.onopen?.(new Event('open'));
        for (const event of early.received) socket.onmessage?.(event);
      });
    }
    return socket;
  }

  private drop(): void {
    const early = this.early;
    if (early === null) return;
    this.early = null;
    clearTimeout(early.unclaimedTimer);
    early.stopListening();
    // Closing a socket that is still connecting reports an error (in Node, a
    // thrown one without a listener), as y-websocket's own close handling notes.
    early.socket.onerror = () => {};
    early.socket.close();
  }
}

let appSockets: EarlySockets | null = null;

/** The page's early sockets (made on first use: Node, in tests, has no WebSocket). */
export function earlySockets(): EarlySockets {
  appSockets ??= new EarlySockets(WebSocket);
  return appSockets;
}

/**
 * Opens the board's socket early when `pathname` is a board page and the
 * browser is online. A board opened on this device before has a copy here
 * (IndexedDB), so the server is asked for what that copy lacks, not the whole board.
 */
export function openBoardSocketEarly(pathname: string): void {
  const route = parseClientRoute(pathname);
  if (!navigator.onLine || route === null || route.kind === 'landing') return;
  const path = route.kind === 'edit' ? editPath(route.id) : viewPath(route.viewId);
  const id = route.kind === 'edit' ? route.id : route.viewId;
  const known = loadRecentBoards().some((board) => board.path === path);
  earlySockets().open(`${boardServerUrl()}/${id}`, !known);
}
