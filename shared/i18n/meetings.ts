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
