import { CHECK_MESSAGES } from './i18n/checks.ts';
import type { CheckMessageParams } from './i18n/checks.ts';
import type { Check, CheckCode, Severity } from './plan.ts';

export const CHECK_SEVERITY: Readonly<Record<CheckCode, Severity>> = {
  'core-missing': 'warning',
  'meeting-no-date': 'warning',
  'meeting-no-subtheme': 'warning',
  'dates-out-of-order': 'error',
  'date-outside-period': 'warning',
  'meetings-same-day': 'warning',
  'no-final-meeting': 'warning',
  'final-not-last': 'error',
  'meeting-no-participants': 'warning',
  'meeting-not-planned': 'info',
  'participant-no-form': 'info',
  'form-no-participants': 'info',
  'person-twice-in-meeting': 'warning',
  'forms-over-duration': 'warning',
  'meeting-no-duration': 'info',
  'no-core-participants': 'warning',
};

export interface CheckIds {
  readonly meetingId?: string;
  readonly noteId?: string;
  readonly personId?: string;
}

/**
 * A check whose message is worded when first read (the checks list, a
 * tooltip, an export), then kept: a board of 3,000 post-its has ~2,000
 * checks, and their texts in both languages were most of the plan's memory
 * (~0.5 MB) though rarely shown.
 *
 * `message` is an own enumerable accessor, so JSON, structured clones and
 * equality see a plain value; its getter is one function shared by every
 * check, which reads the params from private fields. A getter per check (an
 * object literal's `get message()`) gave each check a map of its own, i.e. a
 * dictionary-mode object of ~900 bytes: creating the checks was most of the
 * projection's time and garbage.
 */
class LazyCheck implements Check {
  // `declare`: no field initialisers, so a check has only the own keys the constructor sets.
  declare readonly code: CheckCode;
  declare readonly severity: Severity;
  declare readonly meetingId?: string;
  declare readonly noteId?: string;
  declare readonly personId?: string;
  declare readonly message: Check['message'];
  readonly #params: unknown;
  #message: Check['message'] | undefined;

  static readonly #messageProperty: PropertyDescriptor = {
    get(this: LazyCheck): Check['message'] {
      this.#message ??= (CHECK_MESSAGES[this.code] as (params: unknown) => Check['message'])(
        this.#params,
      );
      return this.#message;
    },
    enumerable: true,
    configurable: true,
  };

  constructor(code: CheckCode, ids: CheckIds, params: unknown) {
    this.code = code;
    this.severity = CHECK_SEVERITY[code];
    // Only the ids given, in this order: the same own keys as before (JSON key order, `in`).
    if (ids.meetingId !== undefined) this.meetingId = ids.meetingId;
    if (ids.noteId !== undefined) this.noteId = ids.noteId;
    if (ids.personId !== undefined) this.personId = ids.personId;
    this.#params = params;
    Object.defineProperty(this, 'message', LazyCheck.#messageProperty);
  }
}

export function makeCheck<C extends CheckCode>(
  code: C,
  ids: CheckIds,
  params: CheckMessageParams[C],
): Check {
  return new LazyCheck(code, ids, params);
}
