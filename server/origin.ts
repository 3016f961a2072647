/**
 * Cross-site websocket hijacking guard (issue 3): a browser always sends
 * `Origin`; a page may use the board only if it is served from this server
 * (the Origin's host equals the Host header) or from an ALLOWED_ORIGINS
 * entry. A request without Origin comes from a non-browser client and is
 * allowed: it cannot carry a victim's ambient credentials (there are none).
 */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null"
  }
  if (allowedOrigins.includes(parsed.origin)) return true;
  return host !== undefined && parsed.host.toLowerCase() === host.toLowerCase();
}
