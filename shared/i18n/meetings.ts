import { isolated } from '../bidi.ts';
import type { MeetingKind } from '../schema.ts';
import type { Lang } from './lang.ts';

const TITLES = {
  network: { da: 'Netværksmøde', en: 'Network meeting' },
  final: { da: 'Afsluttende møde', en: 'Final meeting' },
  extra: { da: 'Ekstramøde', en: 'Extra meeting' },
} as const satisfies Record<MeetingKind, Record<Lang, string>>;

/** "Netværksmøde 2", "Afsluttende møde", "Ekstramøde": one wording for lanes, plan and checks. */
export function meetingTitle(kind: MeetingKind, number: number | null, lang: Lang): string {
  const title = TITLES[kind][lang];
  return kind === 'network' && number !== null ? `${title} ${number}` : title;
}

/** A meeting's header line: "Netværksmøde 2: Borgernes perspektiv", or the title alone. */
export function meetingHeading(
  kind: MeetingKind,
  number: number | null,
  subtheme: string,
  lang: Lang,
): string {
  const base = meetingTitle(kind, number, lang);
  return subtheme.trim() ? `${base}: ${isolated(subtheme.trim())}` : base;
}

/**
 * Titles that tell meetings side by side apart (the overview's columns): a
 * title that would repeat — extra meetings, or a second final meeting on a
 * damaged board — is numbered in board order, "Ekstramøde 1", "Ekstramøde 2",
 * as network meetings are; a title that stands once is left as it is, so a
 * lone extra meeting reads "Ekstramøde" here as on its lane.
 */
export function distinctMeetingTitles(
  meetings: readonly { readonly kind: MeetingKind; readonly number: number | null }[],
  lang: Lang,
): string[] {
  return numberRepeats(meetings.map((meeting) => meetingTitle(meeting.kind, meeting.number, lang)));
}

/**
 * Names that repeat numbered in order ("Ekstramøde 1", "Ekstramøde 2"; with
 * `format`, "Oplæg (1)"), so a list or a column tells them apart; a name that
 * stands once is left as it is.
 */
export function numberRepeats(
  names: readonly string[],
  format: (name: string, n: number) => string = (name, n) => `${name} ${n}`,
): string[] {
  const total = new Map<string, number>();
  for (const name of names) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return names.map((name) => {
    if ((total.get(name) ?? 0) < 2) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return format(name, n);
  });
}

/**
 * The final meeting's standing purpose: its heading in the plan (the paper
 * form's words) and what its empty sub-theme fields show.
 */
export const FINAL_MEETING_PURPOSE = {
  da: 'Analyse og generering af læring på baggrund af øvrige netværksmøder',
  en: 'Analysis and generation of learning based on the other network meetings',
} as const satisfies Record<Lang, string>;
