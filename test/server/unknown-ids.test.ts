import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { Harness, createBoard } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('unknown ids', () => {
  it('closes a socket for an unknown or malformed id with 4404 and stores nothing', async () => {
    const dataDir = harness.tempDir();
    const server = await harness.server({ dataDir });
    const board = await createBoard(server);
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'no$such*id', 'a'.repeat(65)]) {
      const raw = await harness.raw(server, encodeURIComponent(id));
      expect((await raw.closed).code).toBe(CLOSE_CODES.unknownBoard);
    }
    // The provider gives up (4404 is permanent) instead of reconnecting forever.
    const provider = harness.provider(server, 'BBBBBBBBBBBBBBBBBBBBBB');
    const closed = await new Promise<{ code: number }>((resolve) =>
      provider.once('closed', resolve),
    );
    expect(closed.code).toBe(CLOSE_CODES.unknownBoard);
    expect(provider.shouldConnect).toBe(false);
    expect(server.stats().rooms).toBe(0);

    await server.close();
    const store = openSqliteStore(dataDir);
    const boards = await store.list();
    expect(boards.map((b) => b.id)).toEqual([board.id]);
    expect(boards[0]?.logLength).toBe(0);
    await store.close();
  });

  it('answers a websocket upgrade outside /ws with 404', async () => {
    const server = await harness.server();
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/elsewhere`);
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('error', () => resolve(-1));
    });
    socket.terminate();
    expect(status).toBe(404);
  });
});
