import type { CheckCode } from '../../shared/plan.ts';
import type { CHECK_MESSAGES } from '../../shared/i18n/checks.ts';
import type { LocalizedText } from '../../shared/result.ts';

type MessageTable = typeof CHECK_MESSAGES;

/**
 * The plan checks' messages (shared/i18n/checks.ts) on the board page. A board
 * shows them only in the checks tab and in a post-it's or a meeting's tooltip,
 * so the build loads them when first asked for (issue 6: start-up JavaScript):
 * shared/check-object.ts gets `standInMessages()` instead of the table (the
 * `lazyCheckMessages` plugin in vite.config.ts). The server, the tests and the
 * development server import the table as it is: there they are loaded at once.
 */
let table: MessageTable | null = null;
/** Set when the build handed check-object.ts the stand-in: until then nothing waits. */
let standIn = false;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Whether a check's message can be read now. */
export function checkMessagesLoaded(): boolean {
  return !standIn || table !== null;
}

/** Loads the messages; after a failed load (offline) the next call tries again. */
export function loadCheckMessages(): Promise<void> {
  if (checkMessagesLoaded()) return Promise.resolve();
  return (loading ??= import('../../shared/i18n/checks.ts').then(
    (module) => {
      table = module.CHECK_MESSAGES;
      for (const listener of [...listeners]) listener();
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

/** `listener` once the messages have loaded (e.g. to word a tooltip asked for meanwhile). */
export function onCheckMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What check-object.ts reads as its table in the build: each message from the
 * loaded table. Read before the load, a message throws rather than being
 * worded wrong (check-object.ts keeps the first wording it gets).
 */
export function standInMessages(): MessageTable {
  standIn = true;
  return new Proxy({} as MessageTable, {
    get: (_target, code) => (params: unknown) => {
      if (table === null) throw new Error(`Check message ${String(code)} read before it loaded`);
      return (table[code as CheckCode] as (params: unknown) => LocalizedText)(params);
    },
  });
}
