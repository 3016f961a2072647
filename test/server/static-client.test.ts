import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appPageCsp } from '../../server/page-csp.ts';
import { Harness } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

function fakeBuild(dir: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Netværkstavlen</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
}

describe('the built client', () => {
  it('answers a clear 503 when the client is not built', async () => {
    const server = await harness.server({ staticDir: join(harness.tempDir(), 'missing') });
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/not built/);
  });

  it('serves index.html for the client routes, uncached, and hashed assets cached for a year', async () => {
    const staticDir = harness.tempDir();
    fakeBuild(staticDir);
    const server = await harness.server({ staticDir });
    for (const path of ['/', '/b/abcDEF123_-', '/v/xyz']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await response.text()).toContain('Netværkstavlen');
    }
    const asset = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it("answers a browser's unknown page with the app (its not-found page) and status 404", async () => {
    const staticDir = harness.tempDir();
    fakeBuild(staticDir);
    const server = await harness.server({ staticDir });
    for (const path of ['/b/', '/board', '/b/abc/extra']) {
      const response = await fetch(`${server.url}${path}`, { headers: { Accept: 'text/html' } });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      // A mistyped share link (`/b/<id>/extra`) still carries the id: the README's rule holds here too.
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await response.text()).toContain('Netværkstavlen');
    }
    // Files, and clients that do not ask for a page, get a plain 404.
    const file = await fetch(`${server.url}/nope.js`, { headers: { Accept: 'text/html' } });
    expect(await file.text()).toBe('Not found\n');
    const plain = await fetch(`${server.url}/board`);
    expect(plain.status).toBe(404);
    expect(await plain.text()).toBe('Not found\n');
  });

  it('does not serve files outside the build', async () => {
    const staticDir = harness.tempDir();
    fakeBuild(staticDir);
    writeFileSync(join(staticDir, '..', 'secret.txt'), 'secret');
    const server = await harness.server({ staticDir });
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/nope.js',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
    }
  });

  it('sends the page with a Content-Security-Policy that admits its own inline script by hash, and a new build at once', async () => {
    const staticDir = harness.tempDir();
    fakeBuild(staticDir);
    const inline = "document.title = 'x';";
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    writeFileSync(
      join(staticDir, 'index.html'),
      `<!doctype html><script>${inline}</script><script type="module" src="/assets/index-abc123.js"></script><title>Netværkstavlen</title>`,
    );
    const server = await harness.server({ staticDir });
    for (const [path, accept] of [
      ['/b/abc', '*/*'],
      ['/unknown-page', 'text/html'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { headers: { Accept: accept } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain(`script-src 'self' 'sha256-${hash(inline)}'`);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+/);
    }
    // A rebuilt page (another inline script) gets its own hash, not the remembered one.
    const rebuilt = "document.title = 'y';";
    writeFileSync(
      join(staticDir, 'index.html'),
      `<!doctype html><script>${rebuilt}</script><title>Netværkstavlen, ny</title>`,
    );
    const next = await fetch(`${server.url}/`);
    expect(next.headers.get('content-security-policy')).toContain(`'sha256-${hash(rebuilt)}'`);
  });

  it('names the websocket host in the policy only when the Host header is a plain host', () => {
    expect(appPageCsp([], 'localhost:8080')).toContain(
      "connect-src 'self' ws://localhost:8080 wss://localhost:8080",
    );
    expect(appPageCsp([], '[::1]:8080')).toContain('ws://[::1]:8080');
    for (const host of ['evil.example\r\nX-Injected: 1', 'a b', 'x/y', undefined]) {
      expect(appPageCsp([], host)).toContain("connect-src 'self';");
    }
  });
});
