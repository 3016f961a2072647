import type { OpError, OpErrorCode } from '../ops/edit.ts';
import { message, type Localized, type Message } from './translate.ts';

/** An operation's failure in the user's words (its `detail` is English, for logs). */
export const OP_ERROR_STRINGS = {
  'not-found': {
    da: 'Det findes ikke længere – måske har en anden lige slettet det.',
    en: 'It no longer exists – someone may just have deleted it.',
  },
  'invalid-input': {
    da: 'Ændringen blev ikke gemt: et af felterne er ugyldigt eller for langt.',
    en: 'The change was not saved: one of the fields is invalid or too long.',
  },
  'limit-reached': {
    da: 'Ændringen blev ikke gemt: tavlen har nået sin grænse.',
    en: 'The change was not saved: the board has reached its limit.',
  },
} as const satisfies Record<OpErrorCode, Localized>;

/** The failure as a message kept in UI state, so it follows a language switch. */
export function opErrorText(error: OpError): Message {
  return message(OP_ERROR_STRINGS[error.code]);
}
