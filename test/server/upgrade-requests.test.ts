import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { Harness, createBoard, getJson, mark, marks, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** Sends a websocket upgrade request for `target` on a raw TCP socket; resolves with what came back once the server closed it. */
function rawUpgrade(server: RunningServer, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer and no close for ${JSON.stringify(target)}: ${answer}`));
    }, 2_000);
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.write(
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
  });
}

describe('websocket upgrade requests', () => {
  it('answers 400 and closes the socket for targets that are no URL path, and carries on', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const editor = await harness.syncedProvider(server, board.id);
    for (const target of ['//', '//@', '//[', '/\\', '//x:99999']) {
      expect(await rawUpgrade(server, target)).toMatch(/^HTTP\/1\.1 400 /);
    }
    expect(await getJson(server, '/healthz')).toMatchObject({ ok: true, connections: 1 });
    const late = await harness.syncedProvider(server, board.id);
    mark(editor.doc, 'after-bad-targets');
    await waitFor(() => marks(late.doc).has('after-bad-targets'), 'the board still syncs');
  });

  it('answers 404 and closes the socket for a path outside the sync endpoint', async () => {
    const server = await harness.server();
    expect(await rawUpgrade(server, '/not-ws')).toMatch(/^HTTP\/1\.1 404 /);
  });
});
