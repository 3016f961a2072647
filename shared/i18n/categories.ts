import type { PersonCategory } from '../schema.ts';
import type { Localized } from './translate.ts';

/** The pool's person categories, one wording everywhere (the planning tool says "fagprofessionelle"). */
export const CATEGORY_STRINGS = {
  citizen: { da: 'Borger', en: 'Citizen' },
  professional: { da: 'Fagprofessionel', en: 'Professional' },
  external: { da: 'Ekstern', en: 'External' },
  referenceLeader: { da: 'Referenceleder', en: 'Reference leader' },
  politician: { da: 'Politiker', en: 'Politician' },
  other: { da: 'Andet', en: 'Other' },
} as const satisfies Record<PersonCategory, Localized>;
