import { useEffect, useState } from 'react';
import type { OwnFields } from '../app/liveFields.tsx';
import { usePageHide } from '../app/usePageHide.ts';
import { panelDraft, panelDraftKey, type DraftPanel, type PanelDraft } from './panelDrafts.ts';

/**
 * Pure: what `form` had typed in `draft` (panelDrafts.ts), as fields over
 * `record`: only fields the form has, holding values of the field's type, so
 * a draft of another version of the form cannot put a wrong value in.
 */
export function keptFields<T extends object>(
  draft: PanelDraft | null,
  form: string,
  record: T,
): OwnFields<T> {
  const own: Record<string, unknown> = {};
  if (draft?.form !== form) return own as OwnFields<T>;
  // Object(): a draft's own of another shape (null, a number) gives no fields.
  for (const [key, field] of Object.entries(Object(draft.own) as object)) {
    const now: unknown = (record as Record<string, unknown>)[key];
    const typed = field as { value?: unknown; from?: unknown } | null;
    if (key in record && typeof typed?.value === typeof now && typeof typed?.from === typeof now)
      own[key] = typed;
  }
  return own as OwnFields<T>;
}

/** What this form had typed when the page last went, read once as it opens. */
export function useKeptDraft<T extends object>(
  panel: DraftPanel,
  form: string,
  record: T,
): OwnFields<T> {
  const [kept] = useState(() => keptFields(panelDraft(panel), form, record));
  return kept;
}

/** Keeps what was typed in `form` ('add' or the entry's id) when the page goes; a form closed (saved, cancelled) keeps nothing. */
export function useKeepDraft(panel: DraftPanel, form: string, own: object): void {
  const key = panelDraftKey(panel);
  usePageHide(true, () => {
    try {
      if (Object.keys(own).length === 0) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, JSON.stringify({ form, own }));
    } catch {
      // Storage full or blocked: the text goes as it did before drafts were kept.
    }
  });
  useEffect(
    () => () => {
      try {
        sessionStorage.removeItem(key);
      } catch {
        // Blocked: nothing was kept either.
      }
    },
    [key],
  );
}
