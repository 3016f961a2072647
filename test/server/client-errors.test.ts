import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerClientError } from '../../server/clientError.ts';
import { createLogger } from '../../server/log.ts';
import { Harness, getJson } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** Opens a raw TCP socket, writes `request` (if any) and resolves with all it got once the server closed it. */
function rawExchange(port: number, request: string | null, timeoutMs = 3_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server did not close the socket: ${JSON.stringify(answer)}`));
    }, timeoutMs);
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    if (request !== null) socket.write(request);
  });
}

describe('requests the HTTP server cannot read', () => {
  it('a socket that sends no request in time gets 408, which browsers retry on an idle socket', async () => {
    // The app's timeouts are 20 s (headers) checked every 30 s; the same answer, sooner.
    const server: Server = createServer({ connectionsCheckingInterval: 50 }, (_req, res) =>
      res.end(),
    );
    server.headersTimeout = 200;
    server.requestTimeout = 300;
    server.on('clientError', answerClientError(createLogger('silent')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    harness.onCleanup(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;

    const answer = await rawExchange(port, null);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
  });

  it('answers too large headers with 431 and a broken request with 400, and carries on', async () => {
    const server = await harness.server();
    const huge = `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`;
    expect(await rawExchange(server.port, huge)).toMatch(/^HTTP\/1\.1 431 /);
    expect(await rawExchange(server.port, 'NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await getJson(server, '/healthz')).toMatchObject({ ok: true });
  });

  it('answers request targets that are no URL path with 400, not 500 and an error log', async () => {
    const lines: string[] = [];
    const server = await harness.server({
      logger: createLogger('warn', (line) => lines.push(line)),
    });
    for (const target of ['//', '//[', '/\\', '//x:99999']) {
      const request = `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
      expect(await rawExchange(server.port, request)).toMatch(/^HTTP\/1\.1 400 /);
    }
    expect(lines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
    expect(await getJson(server, '/healthz')).toMatchObject({ ok: true });
  });
});
