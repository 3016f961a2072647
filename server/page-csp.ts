import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the app's own page (index.html), which holds
 * share links with edit rights in its URL:
 * - scripts only from this origin, plus the page's inline scripts by their
 *   hash (the build writes one that preloads a board's code);
 * - the websocket only back to the host the page came from;
 * - inline styles allowed (React sets `style` attributes), images also from
 *   `data:` and `blob:` (QR codes, the PNG export);
 * - nothing may frame the page, no plugins, no `<base>`.
 */
export function appPageCsp(
  inlineScriptHashes: readonly string[],
  host: string | undefined,
): string {
  const scripts = ["'self'", ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)];
  const sockets =
    host !== undefined && PLAIN_HOST.test(host) ? [`ws://${host}`, `wss://${host}`] : [];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${["'self'", ...sockets].join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A Host header safe to repeat in a header: a name or IPv4 address, or a bracketed IPv6 one, and a port. */
const PLAIN_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The base64 SHA-256 of each inline script of a page, as CSP `'sha256-…'` sources take it. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) =>
    createHash('sha256')
      .update(match[1] ?? '', 'utf8')
      .digest('base64'),
  );
}
