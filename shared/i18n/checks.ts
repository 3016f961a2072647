import { formatDanishDate, formatEnglishDate } from '../dates.ts';
import type { CheckCode } from '../plan.ts';
import type { LocalizedText } from '../result.ts';
import type { MeetingKind, Period } from '../schema.ts';
import { meetingTitle } from './meetings.ts';
import type { Lang } from './lang.ts';
import { quote } from './quotes.ts';
import { formatDuration } from '../time-text.ts';

/**
 * The Danish and English messages of the plan checks (issue 2 §4). The reader
 * is the network's coordinator, not a programmer: name the meeting as the plan
 * heads it and the person by name, say what is wrong and, where it helps, what
 * to do about it.
 */

/** What a message needs to name a meeting. */
export interface MeetingRef {
  readonly kind: MeetingKind;
  readonly number: number | null;
  readonly subtheme: string;
  /** A real date or null. */
  readonly date: string | null;
}

/** What a message needs to name a person. */
export interface PersonRef {
  readonly name: string;
  readonly affiliation: string;
}

/** A person by name; by affiliation when nameless ("en borger" is a name here, too). */
export function personLabel(person: PersonRef, lang: Lang): string {
  const shown = person.name.trim() || person.affiliation.trim();
  if (shown !== '') return shown;
  return lang === 'da' ? '(uden navn)' : '(no name)';
}

/** What each message needs to know. Indexing by a code missing here is a type error. */
export interface CheckMessageParams {
  'core-missing': { meeting: MeetingRef; person: PersonRef };
  'meeting-no-date': { meeting: MeetingRef };
  'meeting-no-subtheme': { meeting: MeetingRef };
  'dates-out-of-order': { meeting: MeetingRef; date: string; later: MeetingRef; laterDate: string };
  'date-outside-period': { meeting: MeetingRef; date: string; period: Period };
  'meetings-same-day': { meeting: MeetingRef; other: MeetingRef; date: string };
  'no-final-meeting': Record<string, never>;
  'final-not-last': { meeting: MeetingRef };
  'meeting-no-participants': { meeting: MeetingRef };
  'meeting-not-planned': { meeting: MeetingRef };
  'participant-no-form': { meeting: MeetingRef; person: PersonRef };
  'form-no-participants': { meeting: MeetingRef; form: string };
  'person-twice-in-meeting': {
    meeting: MeetingRef;
    person: PersonRef;
    count: number;
    /** The form's name; null: the notes have no form. */
    form: string | null;
  };
  'forms-over-duration': { meeting: MeetingRef; formsMinutes: number; durationMinutes: number };
  'meeting-no-duration': { meeting: MeetingRef };
  'no-core-participants': Record<string, never>;
}

type MessageTable = {
  readonly [C in CheckCode]: (params: CheckMessageParams[C]) => LocalizedText;
};

function formatDate(date: string, lang: Lang): string {
  return lang === 'da' ? formatDanishDate(date) : formatEnglishDate(date);
}

/**
 * A meeting as the plan heads it, without the date placeholder:
 * "Netværksmøde 2: Samarbejde", "Afsluttende møde", "Ekstramøde (3. marts 2027)".
 * The date is added only when there is no sub-theme, to tell unnamed meetings apart.
 */
export function meetingLabel(meeting: MeetingRef, lang: Lang): string {
  let labels = meetingLabels.get(meeting);
  if (labels === undefined) {
    labels = { da: formatMeetingLabel(meeting, 'da'), en: formatMeetingLabel(meeting, 'en') };
    meetingLabels.set(meeting, labels);
  }
  return labels[lang];
}

/** Labels per meeting reference: the checks of one projection share references. */
const meetingLabels = new WeakMap<MeetingRef, LocalizedText>();

function formatMeetingLabel(meeting: MeetingRef, lang: Lang): string {
  const prefix = meetingTitle(meeting.kind, meeting.number, lang);
  const subtheme = meeting.subtheme.trim();
  if (subtheme !== '') return quote(`${prefix}: ${subtheme}`, lang);
  if (meeting.date !== null) return `${quote(prefix, lang)} (${formatDate(meeting.date, lang)})`;
  return quote(prefix, lang);
}

/** A sentence ending in "min.": the abbreviation's dot ends it, no second dot ("150 min.."). */
function sentenceEnd(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function quoted(text: string, fallback: LocalizedText, lang: Lang): string {
  const trimmed = text.trim();
  return trimmed === '' ? fallback[lang] : quote(trimmed, lang);
}

const UNNAMED_FORM: LocalizedText = { da: 'uden navn', en: 'without a name' };

function both(make: (lang: Lang) => string): LocalizedText {
  return { da: make('da'), en: make('en') };
}

/** A described competence ("en skoleleder") may open a sentence. */
function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const m = meetingLabel;
const p = personLabel;

export const CHECK_MESSAGES: MessageTable = {
  'core-missing': ({ meeting, person }) => ({
    da: `Kernedeltageren ${p(person, 'da')} er ikke med på ${m(meeting, 'da')}. Kernedeltagere er med på alle netværksmøder og det afsluttende møde.`,
    en: `Core participant ${p(person, 'en')} is not at ${m(meeting, 'en')}. Core participants attend every network meeting and the final meeting.`,
  }),
  'meeting-no-date': ({ meeting }) => ({
    da: `${m(meeting, 'da')} har ingen dato endnu.`,
    en: `${m(meeting, 'en')} has no date yet.`,
  }),
  'meeting-no-subtheme': ({ meeting }) => ({
    da: `${m(meeting, 'da')} har intet undertema. Skriv mødets undertema, så alle ved, hvad mødet skal arbejde med.`,
    en: `${m(meeting, 'en')} has no sub-theme. Add the meeting's sub-theme so everyone knows what it will work on.`,
  }),
  'dates-out-of-order': ({ meeting, date, later, laterDate }) =>
    both((lang) =>
      lang === 'da'
        ? `${m(meeting, lang)} er sat til ${formatDate(date, lang)}, før ${m(later, lang)} (${formatDate(laterDate, lang)}), som står før det på tavlen. Ret datoen, eller flyt mødet.`
        : `${m(meeting, lang)} is set for ${formatDate(date, lang)}, before ${m(later, lang)} (${formatDate(laterDate, lang)}), which comes before it on the board. Correct the date or move the meeting.`,
    ),
  'date-outside-period': ({ meeting, date, period }) =>
    both((lang) => {
      const range = `${formatDate(period.start, lang)} – ${formatDate(period.end, lang)}`;
      return lang === 'da'
        ? `${m(meeting, lang)} er sat til ${formatDate(date, lang)}, uden for netværkets periode (${range}).`
        : `${m(meeting, lang)} is set for ${formatDate(date, lang)}, outside the network's period (${range}).`;
    }),
  'meetings-same-day': ({ meeting, other, date }) =>
    both((lang) =>
      lang === 'da'
        ? `${m(meeting, lang)} og ${m(other, lang)} er begge sat til ${formatDate(date, lang)}.`
        : `${m(meeting, lang)} and ${m(other, lang)} are both set for ${formatDate(date, lang)}.`,
    ),
  'no-final-meeting': () => ({
    da: 'Planen har intet afsluttende møde. Netværket slutter med et møde, der samler læringen fra de øvrige møder.',
    en: 'The plan has no final meeting. The network ends with a meeting that gathers the learning from the other meetings.',
  }),
  'final-not-last': ({ meeting }) => ({
    da: `${m(meeting, 'da')} står ikke sidst på tavlen. Det afsluttende møde samler op på de øvrige møder, så det skal ligge til sidst.`,
    en: `${m(meeting, 'en')} is not last on the board. The final meeting sums up the other meetings, so it must come last.`,
  }),
  'meeting-no-participants': ({ meeting }) => ({
    da: `${m(meeting, 'da')} har ingen deltagere endnu.`,
    en: `${m(meeting, 'en')} has no participants yet.`,
  }),
  'meeting-not-planned': ({ meeting }) =>
    // The final meeting has its standing sub-theme: only the participants are left to plan.
    meeting.kind === 'final'
      ? {
          da: `${m(meeting, 'da')} er ikke planlagt endnu: sæt deltagere på.`,
          en: `${m(meeting, 'en')} is not planned yet: put participants on it.`,
        }
      : {
          da: `${m(meeting, 'da')} er ikke planlagt endnu: skriv et undertema og sæt deltagere på.`,
          en: `${m(meeting, 'en')} is not planned yet: add a sub-theme and put participants on it.`,
        },
  'participant-no-form': ({ meeting, person }) => ({
    da: `${upperFirst(p(person, 'da'))} på ${m(meeting, 'da')} er ikke knyttet til en inddragelsesform.`,
    en: `${upperFirst(p(person, 'en'))} at ${m(meeting, 'en')} is not linked to an involvement form.`,
  }),
  'form-no-participants': ({ meeting, form }) => ({
    da: `Inddragelsesformen ${quoted(form, UNNAMED_FORM, 'da')} på ${m(meeting, 'da')} har ingen deltagere.`,
    en: `The involvement form ${quoted(form, UNNAMED_FORM, 'en')} at ${m(meeting, 'en')} has no participants.`,
  }),
  'person-twice-in-meeting': ({ meeting, person, count, form }) => ({
    da: `${upperFirst(p(person, 'da'))} står ${count} gange på ${m(meeting, 'da')} ${form === null ? 'uden inddragelsesform' : `under inddragelsesformen ${quoted(form, UNNAMED_FORM, 'da')}`}. Fjern de ekstra post-its, eller saml dem på én.`,
    en: `${upperFirst(p(person, 'en'))} is on ${m(meeting, 'en')} ${count} times ${form === null ? 'without an involvement form' : `under the involvement form ${quoted(form, UNNAMED_FORM, 'en')}`}. Remove the extra post-its or merge them into one.`,
  }),
  'forms-over-duration': ({ meeting, formsMinutes, durationMinutes }) =>
    both((lang) =>
      lang === 'da'
        ? `Inddragelsesformerne på ${m(meeting, lang)} varer tilsammen ${formatDuration(formsMinutes, lang)}, men mødet varer kun ${sentenceEnd(formatDuration(durationMinutes, lang))}`
        : `The involvement forms at ${m(meeting, 'en')} take ${formatDuration(formsMinutes, lang)} in total, but the meeting lasts only ${sentenceEnd(formatDuration(durationMinutes, lang))}`,
    ),
  'meeting-no-duration': ({ meeting }) => ({
    da: `${m(meeting, 'da')} har ingen varighed. Hvor lang tid skal mødet tage?`,
    en: `${m(meeting, 'en')} has no duration. How long should the meeting take?`,
  }),
  'no-core-participants': () => ({
    da: 'Ingen i deltagerlisten er kernedeltager. Husk at have kernedeltagere med, som deltager igennem hele netværksarbejdet.',
    en: "No one in the participant pool is a core participant. Remember to have core participants who take part throughout the network's work.",
  }),
};
