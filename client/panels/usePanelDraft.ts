import { useEffect, useState } from 'react';
import type { OwnFields } from '../app/liveFields.tsx';
import { usePageHide } from '../app/usePageHide.ts';
import { panelDraft, panelDraftKey, type DraftPanel } from './panelDrafts.ts';

/**
 * What this form had typed when the page last went (panelDrafts.ts): only
 * fields the form has, holding values of the field's type, so a draft of
 * another version of the form cannot put a wrong value in.
 */
export function useKeptDraft<T extends object>(
  panel: DraftPanel,
  form: string,
  record: T,
): OwnFields<T> {
  const [kept] = useState(() => {
    const draft = panelDraft(panel);
    if (draft?.form !== form) return {};
    const own: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(draft.own)) {
      const now: unknown = (record as Record<string, unknown>)[key];
      const typed = field as { value?: unknown; from?: unknown } | null;
      if (key in record && typeof typed?.value === typeof now && typeof typed?.from === typeof now)
        own[key] = typed;
    }
    return own as OwnFields<T>;
  });
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
