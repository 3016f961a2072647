import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { Harness, createBoard, sleep } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('websocket origin check (cross-site websocket hijacking)', () => {
  it('refuses a page from another origin with 4403', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const raw = await harness.raw(server, board.id, { Origin: 'https://evil.example' });
    expect((await raw.closed).code).toBe(CLOSE_CODES.forbiddenOrigin);
  });

  it('allows the same origin, a configured origin and clients without Origin', async () => {
    const server = await harness.server({ allowedOrigins: ['https://tavle.kommune.dk'] });
    const board = await createBoard(server);
    const host = new URL(server.url).host;
    const sockets = await Promise.all([
      harness.raw(server, board.id, { Origin: server.url }),
      harness.raw(server, board.id, { Origin: 'https://tavle.kommune.dk' }),
      harness.raw(server, board.id),
      harness.raw(server, board.id, { Origin: `http://${host}` }),
    ]);
    await sleep(100);
    for (const socket of sockets) {
      expect(socket.closeCode).toBeNull();
      expect(socket.received.length).toBeGreaterThan(0); // got sync step 1
    }
  });
});
