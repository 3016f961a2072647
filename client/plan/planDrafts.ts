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
  /** The field that has the focus, so its row, mounted anew, takes it back. */
  focused: string | null = null;

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
