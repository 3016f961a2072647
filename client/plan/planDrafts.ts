import { createContext, useContext } from 'react';

/**
 * What the user has typed into the plan's fields and not saved yet, by
 * `<note id>:<field>`, kept by the plan rather than by each row: a row that
 * someone else moves to another meeting is mounted anew under that meeting,
 * and must come back with the text being typed and with the focus (in a
 * workshop, that was a contribution lost without a word).
 */
export class PlanDrafts {
  private readonly texts = new Map<string, string>();
  private readonly mounted = new Map<string, number>();
  /** The field that has the focus, so its row, mounted anew, takes it back. */
  focused: string | null = null;

  /**
   * A field with this key is on screen, saving a draft with `save`; returns
   * what to call when it goes.
   */
  mount(key: string, save: (text: string) => void): () => void {
    this.mounted.set(key, (this.mounted.get(key) ?? 0) + 1);
    return () => {
      this.mounted.set(key, (this.mounted.get(key) ?? 1) - 1);
      // A row moved to another meeting is mounted anew in the same render. A
      // field no one takes up again by then has left the plan (its post-it
      // parked or deleted): what was typed is saved (a parked post-it keeps
      // it; a deleted one refuses it), and neither the draft nor the focus
      // stays behind, to come back over a text saved later or to take the
      // focus minutes later.
      setTimeout(() => {
        if ((this.mounted.get(key) ?? 0) > 0) return;
        const text = this.texts.get(key);
        this.mounted.delete(key);
        this.texts.delete(key);
        if (this.focused === key) this.focused = null;
        if (text !== undefined) save(text);
      }, 0);
    };
  }

  get(key: string): string | null {
    return this.texts.get(key) ?? null;
  }

  set(key: string, text: string | null): void {
    if (text === null) this.texts.delete(key);
    else this.texts.set(key, text);
  }
}

export const PlanDraftsContext = createContext<PlanDrafts | null>(null);

export function usePlanDrafts(): PlanDrafts | null {
  return useContext(PlanDraftsContext);
}
