/** Expected failures are values, not exceptions (architecture guide, habit 3). */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Exhaustiveness guard for `switch` over closed sets. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/** A message shown to people, in both UI languages. */
export interface LocalizedText {
  readonly da: string;
  readonly en: string;
}
