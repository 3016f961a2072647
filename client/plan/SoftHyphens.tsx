import { Fragment } from 'react';
import { SOFT_HYPHEN } from '../../shared/i18n/translate.ts';

/**
 * A text whose soft hyphens (U+00AD, in the plan's column headings) break a
 * long compound in a narrow column, each in a span that copying skips
 * (`user-select: none`, planTable.css): Chromium copies soft hyphens with the
 * text, invisible characters that would then sit in whatever the user pastes
 * into. The line still breaks there: breaking ignores element boundaries.
 */
export function SoftHyphens({ text }: { readonly text: string }) {
  const parts = text.split(SOFT_HYPHEN);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <span className="soft-hyphen">{SOFT_HYPHEN}</span>}
      {part}
    </Fragment>
  ));
}
