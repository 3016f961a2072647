/**
 * A side panel's half-typed form, kept on this device when the page goes (a
 * reload, a tablet that drops the tab) and opened again with its text. Not
 * saved to the board, as the plan's fields are: a half-typed new person would
 * appear in everyone's pool. sessionStorage: this tab only, and it outlives a
 * reload and a discarded tab's return. One per panel and board (a panel has
 * one form open at a time); written by the form itself (usePanelDraft.ts).
 */

/** The panels that keep drafts. */
export type DraftPanel = 'pool' | 'palette';

/** What is kept: which form ('add' or the entry's id) and what was typed in it (checked on use). */
export interface PanelDraft {
  readonly form: string;
  readonly own: unknown;
}

/** The board's path names the board (and the session: edit or view link). */
export const panelDraftKey = (panel: DraftPanel) =>
  `netvaerkstavle.draft.${location.pathname}.${panel}`;

/** The draft kept for `panel`, or null (none, storage blocked, or not ours). */
export function panelDraft(panel: DraftPanel): PanelDraft | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(panelDraftKey(panel)) ?? 'null') as {
      form?: unknown;
    } | null;
    return typeof kept?.form === 'string' ? (kept as PanelDraft) : null;
  } catch {
    return null;
  }
}
