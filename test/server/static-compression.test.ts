import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptedCodings } from '../../server/content-encoding.ts';
import { Harness, rawRequest, type RawAnswer } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

const SCRIPT = 'assets/index-abc123.js';
const INLINE = "document.title = 'x';";
const PAGE = `<!doctype html><script>${INLINE}</script><title>Netværkstavlen</title>${'<p>plads</p>'.repeat(200)}`;

/** A build as `vite build` leaves it: each file with its `.br` and `.gz` (or without them). */
function fakeBuild(siblings: boolean): string {
  const dir = harness.tempDir();
  mkdirSync(join(dir, 'assets'));
  const files: Record<string, string> = {
    'index.html': PAGE,
    [SCRIPT]: `export const notes = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `post-it ${i}`))};`,
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    if (!siblings) continue;
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(text, { level: 9 }));
  }
  return dir;
}

const decode: Record<string, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
};

/** The bytes a browser would see, checked against the length sent. */
function decoded(answer: RawAnswer): Buffer {
  expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  const coding = answer.headers['content-encoding'];
  return coding === undefined
    ? answer.body
    : (decode[coding] ?? (() => Buffer.alloc(0)))(answer.body);
}

describe('compressed answers of the built client', () => {
  it('sends the brotli or gzip file the browser accepts, the same bytes once decoded, with the file’s own headers', async () => {
    const staticDir = fakeBuild(true);
    const server = await harness.server({ staticDir });
    const original = readFileSync(join(staticDir, SCRIPT));
    for (const [accept, coding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0.5, gzip', 'gzip'], // the browser's weights come first
      [' GZIP ; Q=0.8 ,BR;q=0', 'gzip'],
      ['x-gzip', 'gzip'],
      ['*', 'br'],
      ['*;q=0.1, gzip;q=0', 'br'],
    ] as const) {
      const answer = await rawRequest(`${server.url}/${SCRIPT}`, { 'Accept-Encoding': accept });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding'], accept).toBe(coding);
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.body.length).toBeLessThan(original.length);
      expect(decoded(answer).equals(original)).toBe(true);
    }
  });

  it('sends the file itself, still saying it varies, when no coding is accepted', async () => {
    const staticDir = fakeBuild(true);
    const server = await harness.server({ staticDir });
    const original = readFileSync(join(staticDir, SCRIPT));
    const requests: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': '' },
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'deflate' },
      { 'Accept-Encoding': 'br;q=0, gzip;q=0.000' },
      { 'Accept-Encoding': '*;q=0' },
      { 'Accept-Encoding': 'br;q=2, gzip;q=abc' }, // malformed weights accept nothing
    ];
    for (const headers of requests) {
      const answer = await rawRequest(`${server.url}/${SCRIPT}`, headers);
      expect(answer.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body.equals(original)).toBe(true);
      expect(Number(answer.headers['content-length'])).toBe(original.length);
    }
  });

  it('answers HEAD with the headers GET has, and no body', async () => {
    const server = await harness.server({ staticDir: fakeBuild(true) });
    for (const [path, accept, coding] of [
      [`/${SCRIPT}`, 'br', 'br'],
      [`/${SCRIPT}`, 'gzip', 'gzip'],
      [`/${SCRIPT}`, 'identity', undefined],
      ['/b/abc', 'gzip, br', 'br'],
    ] as const) {
      const get = await rawRequest(`${server.url}${path}`, { 'Accept-Encoding': accept });
      const head = await rawRequest(`${server.url}${path}`, { 'Accept-Encoding': accept }, 'HEAD');
      expect(head.body.length).toBe(0);
      expect(head.headers['content-encoding']).toBe(coding);
      for (const name of ['content-length', 'content-encoding', 'content-type', 'vary']) {
        expect(head.headers[name], `${path} ${accept} ${name}`).toBe(get.headers[name]);
      }
    }
  });

  it('sends the page compressed with the policy of its uncompressed inline script, the not-found page too', async () => {
    const staticDir = fakeBuild(true);
    const server = await harness.server({ staticDir });
    const hash = createHash('sha256').update(INLINE).digest('base64');
    const plain = await rawRequest(`${server.url}/b/abc`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [path, status] of [
      ['/b/abc', 200],
      ['/no-such-page', 404],
    ] as const) {
      const answer = await rawRequest(`${server.url}${path}`, {
        Accept: 'text/html',
        'Accept-Encoding': 'gzip, deflate, br',
      });
      expect(answer.status).toBe(status);
      expect(answer.headers['content-encoding']).toBe('br');
      expect(answer.headers['content-security-policy']).toBe(
        plain.headers['content-security-policy'],
      );
      expect(answer.headers['content-security-policy']).toContain(`'sha256-${hash}'`);
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(decoded(answer).toString('utf8')).toBe(PAGE);
    }
  });

  it('serves a build without compressed files, or with ones older than their file, as it is', async () => {
    const bare = await harness.server({ staticDir: fakeBuild(false) });
    const stale = fakeBuild(true);
    const server = await harness.server({ staticDir: stale });
    // index.html replaced by hand after the build: its old .br and .gz are not it any more.
    const edited = PAGE.replace('Netværkstavlen', 'Tavlen');
    writeFileSync(join(stale, 'index.html'), edited);
    const past = new Date(Date.now() - 60_000);
    for (const sibling of ['index.html.br', 'index.html.gz'])
      utimesSync(join(stale, sibling), past, past);
    for (const url of [`${bare.url}/`, `${bare.url}/${SCRIPT}`, `${server.url}/`]) {
      const answer = await rawRequest(url, { 'Accept-Encoding': 'gzip, br' });
      expect(answer.status, url).toBe(200);
      expect(answer.headers['content-encoding'], url).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
    }
    expect((await rawRequest(`${server.url}/`)).body.toString('utf8')).toBe(edited);
  });

  it('has no URL for the compressed files themselves (404)', async () => {
    const server = await harness.server({ staticDir: fakeBuild(true) });
    for (const path of [
      `/${SCRIPT}.br`,
      `/${SCRIPT}.gz`,
      '/index.html.br',
      `/${SCRIPT}.BR`,
      `/${SCRIPT}%2Egz`,
    ]) {
      const answer = await rawRequest(`${server.url}${path}`, {
        Accept: 'text/html',
        'Accept-Encoding': 'br, gzip',
      });
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString('utf8')).toBe('Not found\n');
    }
  });

  it('reads Accept-Encoding as RFC 9110 says: weights, *, case, spaces, q=0 refusing', () => {
    expect(acceptedCodings(undefined)).toEqual([]);
    expect(acceptedCodings('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(acceptedCodings('gzip;q=1.0, br;q=0.999')).toEqual(['gzip', 'br']);
    expect(acceptedCodings('\tBr ;q=0.2,\t gzip;q=0.1')).toEqual(['br', 'gzip']);
    expect(acceptedCodings('*;q=0.5, br;q=0')).toEqual(['gzip']);
    expect(acceptedCodings('br;level=3')).toEqual(['br']); // other parameters do not refuse
    expect(acceptedCodings('gzip;q=1.5, br;q=-1, *;q=')).toEqual([]);
  });
});
