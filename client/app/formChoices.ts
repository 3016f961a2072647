import { numberRepeats } from '../../shared/i18n/meetings.ts';

export interface FormChoice {
  readonly id: string;
  readonly label: string;
}

/**
 * A lane's forms as a list offers them to choose from: an unnamed one as
 * `untitled`, names that repeat numbered in lane order ("Oplæg (1)",
 * "Oplæg (2)"), so two forms of one name can be told apart.
 */
export function formChoices(
  forms: readonly { readonly id: string; readonly name: string }[],
  untitled: string,
): FormChoice[] {
  const labels = numberRepeats(
    forms.map((form) => form.name.trim() || untitled),
    (name, n) => `${name} (${n})`,
  );
  return forms.map((form, i) => ({ id: form.id, label: labels[i] ?? form.name }));
}
