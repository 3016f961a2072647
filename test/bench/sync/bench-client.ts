import type * as Y from 'yjs';
import { connect, lastMessageAt, synced, waitFor } from './clients.ts';
import { LeanClient } from './lean-client.ts';

/**
 * The two kinds of load-generator client of `npm run bench:sync`, behind one
 * shape: 'provider' = y-websocket's `WebsocketProvider` (what the browser
 * runs), 'lean' = `LeanClient` (the same protocol without the provider's
 * extras; lean-client.ts says which).
 */
export type ClientKind = 'provider' | 'lean';

export interface BenchClient {
  readonly doc: Y.Doc;
  /** When the client's socket last delivered a frame (monotonic ns). */
  arrivedAt(): bigint;
  /** Runs a local change; the client sends it to the server. */
  local(change: () => void): void;
  destroy(): void;
}

export async function syncedClient(
  kind: ClientKind,
  serverUrl: string,
  boardId: string,
): Promise<BenchClient> {
  if (kind === 'provider') {
    const provider = await synced(connect(serverUrl, boardId));
    return {
      doc: provider.doc,
      arrivedAt: () => lastMessageAt(provider),
      // The provider's own 'update' listener sends it.
      local: (change) => change(),
      destroy: () => provider.destroy(),
    };
  }
  const client = new LeanClient(serverUrl, boardId);
  await waitFor(() => client.synced, 60_000);
  return {
    doc: client.doc,
    arrivedAt: () => client.lastMessageAt,
    local: (change) => client.local(change),
    destroy: () => client.destroy(),
  };
}
