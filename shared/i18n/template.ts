import type { Localized } from './translate.ts';

/**
 * The involvement forms a new board's palette ("Metodesamling") starts with,
 * in the language of the page that created it (`POST /api/boards`' `lang`).
 * Seeded content, not UI: a board keeps them as created, whatever language a
 * user switches to later.
 */
export interface TemplateForm {
  readonly name: Localized;
  readonly durationMinutes: number;
  readonly description: Localized;
}

export const TEMPLATE_FORMS: readonly TemplateForm[] = [
  {
    name: { da: 'Workshop m. borgere', en: 'Workshop with citizens' },
    durationMinutes: 120,
    description: {
      da: 'Borgere giver deres perspektiv på undertemaet.',
      en: 'Citizens give their perspective on the sub-theme.',
    },
  },
  {
    name: { da: 'Workshop m. fagprofessionelle', en: 'Workshop with professionals' },
    durationMinutes: 120,
    description: {
      da: 'Fagprofessionelle bidrager med viden og erfaring.',
      en: 'Professionals contribute knowledge and experience.',
    },
  },
  {
    name: { da: 'Oplæg', en: 'Presentation' },
    durationMinutes: 30,
    description: {
      da: 'Et oplæg, der giver fælles viden at arbejde videre med.',
      en: 'A presentation that gives shared knowledge to build on.',
    },
  },
  {
    name: { da: 'Læring blandt kernedeltagere', en: 'Learning among core participants' },
    durationMinutes: 90,
    description: {
      da: 'Kun netværkets kernedeltagere reflekterer sammen.',
      en: "Only the network's core participants reflect together.",
    },
  },
  {
    name: { da: 'Dialogmøde', en: 'Dialogue meeting' },
    durationMinutes: 60,
    description: {
      da: 'En åben samtale mellem deltagerne om undertemaet.',
      en: 'An open conversation between the participants about the sub-theme.',
    },
  },
  {
    name: { da: 'Fokusgruppe', en: 'Focus group' },
    durationMinutes: 90,
    description: {
      da: 'En lille gruppe interviewes om deres erfaringer.',
      en: 'A small group is interviewed about their experiences.',
    },
  },
  {
    name: { da: 'Interview', en: 'Interview' },
    durationMinutes: 45,
    description: {
      da: 'Et interview med en borger eller en fagperson.',
      en: 'An interview with a citizen or a professional.',
    },
  },
  {
    name: { da: 'Erfaringsudveksling', en: 'Exchange of experience' },
    durationMinutes: 60,
    description: {
      da: 'Deltagerne deler erfaringer og gode eksempler.',
      en: 'The participants share experiences and good examples.',
    },
  },
  {
    name: { da: 'Opsamling og refleksion', en: 'Summing up and reflection' },
    durationMinutes: 30,
    description: {
      da: 'Hvad har vi lært, og hvad tager vi med videre?',
      en: 'What have we learned, and what do we take with us?',
    },
  },
];
