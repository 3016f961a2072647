/**
 * The fields of `values` that differ from `opened` (what an editor or form
 * showed when it opened): a save writes only what this user changed, so
 * someone else's change to another field, made meanwhile, survives.
 */
export function changedFields<T extends object>(opened: T, values: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (values[key] !== opened[key]) patch[key] = values[key];
  }
  return patch;
}
