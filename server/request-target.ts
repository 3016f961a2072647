import { DEFAULT_LANG, isLang, type Lang } from '../shared/i18n/lang.ts';

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

/**
 * The `lang` of an export's query (`?lang=en`): Danish when there is none,
 * null when it is not one language the plan speaks (empty, unknown, or given
 * twice), which the caller answers with 400.
 */
export function langFromQuery(search: string): Lang | null {
  const given = new URLSearchParams(search).getAll('lang');
  if (given.length === 0) return DEFAULT_LANG;
  const [lang] = given;
  return given.length === 1 && isLang(lang) ? lang : null;
}
