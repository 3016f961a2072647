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

/**
 * The final meeting's standing purpose: its heading in the plan (always in
 * Danish, as the paper form) and what its empty sub-theme fields show.
 */
export const FINAL_MEETING_PURPOSE = {
  da: 'Analyse og generering af læring på baggrund af øvrige netværksmøder',
  en: 'Analysis and learning drawn from the other network meetings',
} as const satisfies Record<Lang, string>;
