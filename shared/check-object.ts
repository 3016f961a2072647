import { CHECK_MESSAGES } from './i18n/checks.ts';
import type { CheckMessageParams, MeetingRef, PersonRef } from './i18n/checks.ts';
import type { Check, CheckCode, Severity } from './plan.ts';
import type { Person } from './schema.ts';

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
 *
 * A class rather than an object literal also because V8 tracks literals'
 * allocation sites: objects that all outlive a young-generation GC (as a
 * projection's output does while it is being made) get their site
 * "pretenured", allocated straight into the old generation, which made the
 * projection about twice as slow. Objects made with `new` are never pretenured.
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

  constructor(
    code: CheckCode,
    meetingId: string | undefined,
    noteId: string | undefined,
    personId: string | undefined,
    params: unknown,
  ) {
    this.code = code;
    this.severity = CHECK_SEVERITY[code];
    // Only the ids given, in this order: the same own keys as before (JSON key order, `in`).
    if (meetingId !== undefined) this.meetingId = meetingId;
    if (noteId !== undefined) this.noteId = noteId;
    if (personId !== undefined) this.personId = personId;
    this.#params = params;
    Object.defineProperty(this, 'message', LazyCheck.#messageProperty);
  }
}

export function makeCheck<C extends CheckCode>(
  code: C,
  ids: CheckIds,
  params: CheckMessageParams[C],
): Check {
  return new LazyCheck(code, ids.meetingId, ids.noteId, ids.personId, params);
}

/**
 * A check on a person in a meeting, made per participant note or core
 * participant (the bulk of a large board's checks): ids as arguments and
 * params made with `new`, so that neither is an object literal (see LazyCheck).
 */
export function personCheck(
  code: 'core-missing' | 'participant-no-form',
  meetingId: string,
  noteId: string | undefined,
  meeting: MeetingRef,
  person: Person,
): Check {
  return new LazyCheck(code, meetingId, noteId, person.id, new PersonParams(meeting, person));
}

/** `person-twice-in-meeting` for one note, as `personCheck`. */
export function personTwiceCheck(
  meetingId: string,
  noteId: string,
  meeting: MeetingRef,
  person: Person,
  count: number,
  form: string | null,
): Check {
  return new LazyCheck(
    'person-twice-in-meeting',
    meetingId,
    noteId,
    person.id,
    new PersonTwiceParams(meeting, person, count, form),
  );
}

type PersonMessageParams = CheckMessageParams['participant-no-form'];
type TwiceMessageParams = CheckMessageParams['person-twice-in-meeting'];

class PersonParams implements PersonMessageParams {
  declare readonly meeting: MeetingRef;
  declare readonly person: PersonRef;
  constructor(meeting: MeetingRef, person: PersonRef) {
    this.meeting = meeting;
    this.person = person;
  }
}

class PersonTwiceParams implements TwiceMessageParams {
  declare readonly meeting: MeetingRef;
  declare readonly person: PersonRef;
  declare readonly count: number;
  declare readonly form: string | null;
  constructor(meeting: MeetingRef, person: PersonRef, count: number, form: string | null) {
    this.meeting = meeting;
    this.person = person;
    this.count = count;
    this.form = form;
  }
}
