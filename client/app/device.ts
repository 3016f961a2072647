import { DEFAULT_LANG, isLang, type Lang } from '../../shared/i18n/index.ts';
import { createId } from '../../shared/ids.ts';
import { PRESENCE_COLORS } from '../sync/presence.ts';

/**
 * What this device remembers (localStorage): language, display name, a
 * session id for presence and undo, and the boards opened here. Storage can
 * be unavailable (private mode, blocked): everything falls back to defaults.
 */

const KEYS = {
  lang: 'netvaerkstavle.lang',
  name: 'netvaerkstavle.name',
  recent: 'netvaerkstavle.recent',
} as const;

const MAX_RECENT = 12;

export interface RecentBoard {
  /** `/b/<id>` or `/v/<viewId>`. */
  readonly path: string;
  readonly title: string;
  readonly readOnly: boolean;
  /** ms since epoch. */
  readonly openedAt: number;
}

function readItem(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeItem(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the setting lasts for this page only.
  }
}

export function loadLang(): Lang {
  const stored = readItem(KEYS.lang);
  // Danish by default, whatever the browser's language (the product is Danish first).
  return isLang(stored) ? stored : DEFAULT_LANG;
}

export const saveLang = (lang: Lang): void => writeItem(KEYS.lang, lang);

export const loadName = (): string => readItem(KEYS.name)?.trim() ?? '';
export const saveName = (name: string): void => writeItem(KEYS.name, name.trim());

/**
 * The plan's size beside the board (its width) or below it (its height), as the
 * divider left it; empty: the default size (PlanDivider.tsx checks what it reads).
 */
const planKey = (below: boolean) => `netvaerkstavle.plan${below ? 'Height' : 'Width'}`;
export const loadPlanSize = (below: boolean): string | null => readItem(planKey(below));
export const savePlanSize = (below: boolean, size: number | null): void =>
  writeItem(planKey(below), String(size ?? ''));

/** New per page load: two tabs of one person are two presences with their own undo. */
export const SESSION_ID = createId(64);

/** When this page's presence began: of two users who share a colour, the later changes. */
export const SESSION_STARTED = Date.now();

/** A first colour from the session id; presence moves to a free one if someone has it already. */
export function colorFor(sessionId: string): string {
  let hash = 0;
  for (let i = 0; i < sessionId.length; i++) hash = (hash * 31 + sessionId.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? '#c8460c';
}

function isRecentBoard(value: unknown): value is RecentBoard {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    typeof entry.title === 'string' &&
    typeof entry.readOnly === 'boolean' &&
    typeof entry.openedAt === 'number'
  );
}

export function loadRecentBoards(): RecentBoard[] {
  try {
    const parsed: unknown = JSON.parse(readItem(KEYS.recent) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecentBoard) : [];
  } catch {
    return [];
  }
}

export function rememberBoard(entry: Omit<RecentBoard, 'openedAt'>): void {
  const others = loadRecentBoards().filter((board) => board.path !== entry.path);
  const next = [{ ...entry, openedAt: Date.now() }, ...others].slice(0, MAX_RECENT);
  writeItem(KEYS.recent, JSON.stringify(next));
}
