import { preloadablePart } from '../app/lazyPart.tsx';
import type { PaletteFormEditorProps } from './PaletteFormEditor.tsx';
import type { PersonFormProps } from './PersonForm.tsx';

/** The side panels' add and edit forms load when first opened (issue 6: start-up JavaScript). */
const person = preloadablePart<PersonFormProps>(() =>
  import('./PersonForm.tsx').then((module) => module.PersonForm),
);
const palette = preloadablePart<PaletteFormEditorProps>(() =>
  import('./PaletteFormEditor.tsx').then((module) => module.PaletteFormEditor),
);

export const PersonForm = person.Part;
export const PaletteFormEditor = palette.Part;

/** For tests that open a form and expect it at once. */
export function preloadPanelForms(): Promise<unknown> {
  return Promise.all([person.preload(), palette.preload()]);
}
