/**
 * What Yjs uses of lib0's logging: `print`, `warn` and the style marks it
 * passes them. lib0's own version styles the browser console through lib0's
 * DOM and schema modules (2.3 KB gzip of start-up JavaScript, issue 6), so
 * the client build gives Yjs this one instead (vite.config.ts
 * `slimYjsLogging`). Yjs only prints warnings; they read the same, uncoloured.
 */
export const BOLD = Symbol('bold');
export const UNBOLD = Symbol('unbold');
export const BLUE = Symbol('blue');
export const GREY = Symbol('grey');
export const GREEN = Symbol('green');
export const RED = Symbol('red');
export const PURPLE = Symbol('purple');
export const ORANGE = Symbol('orange');
export const UNCOLOR = Symbol('uncolor');

const STYLES: ReadonlySet<unknown> = new Set([
  BOLD,
  UNBOLD,
  BLUE,
  GREY,
  GREEN,
  RED,
  PURPLE,
  ORANGE,
  UNCOLOR,
]);

const withoutStyles = (args: readonly unknown[]) => args.filter((arg) => !STYLES.has(arg));

export function print(...args: unknown[]): void {
  console.log(...withoutStyles(args));
}

export function warn(...args: unknown[]): void {
  console.warn(...withoutStyles(args));
}
