import { APP_STRINGS } from '../../shared/i18n/app.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';

/**
 * What one user publishes through awareness (never written to the document):
 * who they are, where their pointer is, what they have selected, and the live
 * position of what they are dragging (the document is written once, on drop).
 * Board coordinates throughout; lane-relative positions are resolved by the
 * canvas.
 */
export interface PresenceUser {
  /**
   * What the user called themselves; empty for an anonymous viewer, whom each
   * client names in its own language (`shownName`), never the sender's.
   */
  readonly name: string;
  /** CSS colour, e.g. '#c8460c'. */
  readonly color: string;
  /** Stable per device/session, for the presence list. */
  readonly sessionId: string;
  /**
   * When this presence began (ms since 1970). Of two users with one colour,
   * the later one takes another (see AwarenessPresence); absent: earliest.
   */
  readonly since?: number;
}

/** A user's name as this client shows it: "Gæst" / "Guest" for one who gave none. */
export function shownName(name: string, lang: Lang): string {
  return name.trim() || translate(APP_STRINGS.anonymous, lang);
}

/**
 * Cursor and avatar colours, distinct enough side by side and dark enough for
 * white text (4.5:1, WCAG AA: the names on them are 13 px); a workshop of a
 * dozen people can each have their own.
 */
export const PRESENCE_COLORS = [
  '#c8460c', // orange
  '#1971c2', // blue
  '#26803a', // green
  '#9c36b5', // purple
  '#e03131', // red
  '#087f8c', // teal
  '#c2255c', // pink
  '#5c7a0d', // olive
  '#5f3dc4', // violet
  '#8a5a2b', // brown
  '#495057', // grey
  '#1b3a6b', // navy
] as const;

export interface DragPresence {
  /** Note ids being dragged. */
  readonly ids: readonly string[];
  /** Offset in board units from each note's stored board position. */
  readonly dx: number;
  readonly dy: number;
  /**
   * A side panel's row dragged onto the board (`ids` empty): no note exists
   * yet, and dx, dy are where the post-it it becomes stands (board, top-left).
   */
  readonly entry?: PanelEntry;
}

/** A row of a side panel: a person of the participant pool or a form of the palette. */
export interface PanelEntry {
  readonly kind: 'person' | 'paletteForm';
  readonly id: string;
}

export interface PresenceState {
  readonly user: PresenceUser;
  readonly cursor: { readonly x: number; readonly y: number } | null;
  readonly selection: readonly string[];
  readonly dragging: DragPresence | null;
  /** The note whose editor overlay this user has open. */
  readonly editing: string | null;
}

export interface RemotePresence extends PresenceState {
  /** Yjs awareness client id. */
  readonly clientId: number;
}

/**
 * High-frequency presence is read through a subscription, not React props, so
 * a remote cursor moving does not re-render the board.
 */
export interface PresenceSource {
  /** Current remote states (not including the local user). */
  getRemote(): readonly RemotePresence[];
  /** Called on every remote change; returns the disposer. */
  subscribe(listener: () => void): () => void;
  /** Merges a partial update into the local state (throttled by the caller's transport). */
  setLocal(update: Partial<Omit<PresenceState, 'user'>>): void;
  /** The colour this user shows in, which may differ from the one asked for (see AwarenessPresence). */
  getLocalColor(): string;
}
