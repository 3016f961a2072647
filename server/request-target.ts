/**
 * The request target's path and query; null when it is not a usable URL path
 * (`//`, `/\`, `//[`: the URL parser takes them for an authority and fails).
 * Both the HTTP handler and the websocket upgrade read targets through this,
 * so a client's odd target is a 400, never an exception.
 */
export function parseRequestTarget(
  target: string | undefined,
): { pathname: string; search: string } | null {
  try {
    const url = new URL(target ?? '/', 'http://localhost');
    return { pathname: url.pathname, search: url.search };
  } catch {
    return null;
  }
}
