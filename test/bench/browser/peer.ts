import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roots } from '../../../shared/doc.ts';
import { readPlace } from '../../../shared/note-place.ts';
import { moveNotes } from '../../../shared/ops/index.ts';
import { WS_PATH } from '../../../shared/protocol.ts';

/**
 * A remote collaborator in Node: a real y-websocket provider on the board that
 * moves notes through the same document operation the app uses.
 */
export class RemotePeer {
  private timer: ReturnType<typeof setInterval> | null = null;
  private tick = 0;
  moves = 0;

  private constructor(
    private readonly provider: WebsocketProvider,
    private readonly doc: Y.Doc,
  ) {}

  static async connect(
    serverUrl: string,
    boardId: string,
    timeoutMs = 30_000,
  ): Promise<RemotePeer> {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      `${serverUrl.replace(/^http/, 'ws')}${WS_PATH}`,
      boardId,
      doc,
      { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true },
    );
    const deadline = Date.now() + timeoutMs;
    while (!provider.synced) {
      if (Date.now() > deadline) throw new Error('remote peer did not sync');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return new RemotePeer(provider, doc);
  }

  /** Moves one of `ids` every 1000/perSecond ms, a few units up or down inside its lane. */
  start(ids: readonly string[], perSecond = 10): void {
    this.stop();
    if (ids.length === 0) return;
    this.timer = setInterval(() => {
      const id = ids[this.tick % ids.length] ?? '';
      const note = roots(this.doc).notes.get(id);
      this.tick++;
      if (!note) return;
      const { lane, x, y: y0 } = readPlace(note);
      const y = y0 + (this.tick % 2 === 0 ? 8 : -8);
      if (moveNotes(this.doc, [{ id, lane, x, y: Math.max(0, y) }]).ok) this.moves++;
    }, 1000 / perSecond);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  destroy(): void {
    this.stop();
    this.provider.destroy();
    this.doc.destroy();
  }
}
