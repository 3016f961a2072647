import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ENCODE_MIN_BYTES } from '../../server/content-encoding.ts';
import { generatedBoard } from '../helpers/boards.ts';
import { Harness, createBoard, rawRequest } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

const decode: Record<string, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
};

describe('compressed REST reads', () => {
  it('sends the board file and the text exports compressed as accepted, the same bytes once decoded', async () => {
    const server = await harness.server();
    const board = await createBoard(server, generatedBoard({ notes: 60, people: 20, meetings: 4 }));
    for (const path of ['', '/plan.json', '/plan.md', '/plan.csv', '/plan.html?lang=en']) {
      const url = `${server.url}/api/boards/${board.viewId}${path}`;
      const plain = await rawRequest(url);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      expect(plain.body.length, path).toBeGreaterThan(ENCODE_MIN_BYTES);
      for (const [accept, coding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
      ] as const) {
        const answer = await rawRequest(url, { 'Accept-Encoding': accept });
        expect(answer.headers['content-encoding'], `${path} ${accept}`).toBe(coding);
        expect(answer.headers.vary).toBe('Accept-Encoding');
        expect(answer.headers['content-type']).toBe(plain.headers['content-type']);
        expect(answer.headers['content-disposition']).toBe(plain.headers['content-disposition']);
        expect(answer.headers['content-security-policy']).toBe(
          plain.headers['content-security-policy'],
        );
        expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
        expect(answer.body.length).toBeLessThan(plain.body.length / 2);
        expect(decode[coding]?.(answer.body).equals(plain.body)).toBe(true);
        const head = await rawRequest(url, { 'Accept-Encoding': accept }, 'HEAD');
        expect(head.headers['content-length']).toBe(answer.headers['content-length']);
        expect(head.headers['content-encoding']).toBe(coding);
      }
      const refused = await rawRequest(url, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.body.equals(plain.body)).toBe(true);
    }
  });

  it('sends a Word file and small answers as they are', async () => {
    const server = await harness.server();
    const board = await createBoard(server, generatedBoard({ notes: 60, people: 20, meetings: 4 }));
    const small = await createBoard(server);
    for (const path of [
      `/api/boards/${board.id}/plan.docx`,
      `/api/boards/${board.id}/meta`,
      `/api/boards/${small.id}/plan.md`,
    ]) {
      const answer = await rawRequest(`${server.url}${path}`, { 'Accept-Encoding': 'br, gzip' });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-encoding'], path).toBeUndefined();
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    }
  });
});
