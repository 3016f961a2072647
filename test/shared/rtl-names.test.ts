import { describe, expect, it } from 'vitest';
import { isolated } from '../../shared/bidi.ts';
import { planToHtml } from '../../shared/export/html.ts';
import { planToMarkdown } from '../../shared/export/markdown.ts';
import { meetingHeading } from '../../shared/i18n/meetings.ts';
import { quote } from '../../shared/i18n/quotes.ts';
import { projectPlan } from '../../shared/projection.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A right-to-left name (Arabic, Hebrew) set into a Danish sentence is isolated
 * (FSI … PDI), so the digits and commas after it do not run into it:
 * "Netværksmøde 1: حوار 2, 12. januar 2027" read "12 ,2 حوار. januar" before.
 */
describe('right-to-left text in the plan’s sentences', () => {
  function board() {
    const file = paperExampleBoard();
    const [first] = file.meetings;
    if (first) first.subtheme = 'حوار 2';
    const [jens] = file.people;
    if (jens) Object.assign(jens, { name: 'سارة 3', affiliation: 'ØS 4' });
    return file;
  }

  it('isolates a text with right-to-left letters and leaves any other as it was', () => {
    expect(isolated('שרה כהן')).toBe(`${FSI}שרה כהן${PDI}`);
    expect(isolated('Søren S.')).toBe('Søren S.');
    expect(meetingHeading('network', 1, 'حوار 2', 'da')).toBe(`Netværksmøde 1: ${FSI}حوار 2${PDI}`);
    expect(quote('سارة', 'da')).toBe(`„${FSI}سارة${PDI}“`);
  });

  it('the plan’s headings and participant labels isolate the name, the rest unchanged', () => {
    const plan = projectPlan(board());
    const meeting = plan.meetings[0];
    expect(meeting?.heading).toBe(`Netværksmøde 1: ${FSI}حوار 2${PDI}, 12. januar 2027`);
    const labels = meeting?.rows.map((row) => ('participant' in row ? row.participant : ''));
    expect(labels).toContain(`${FSI}سارة 3${PDI}, ØS 4`);
    expect(labels).toContain('Helle H., SPO');
  });

  it('the HTML and Markdown files keep the isolates, and a Danish board’s files do not change', () => {
    const plan = projectPlan(board());
    for (const text of [planToHtml(plan), planToMarkdown(plan)]) {
      expect(text).toContain(`${FSI}حوار 2${PDI}, 12. januar 2027`);
      expect(text).toContain(`${FSI}سارة 3${PDI}`);
    }
    const danish = projectPlan(paperExampleBoard());
    expect(planToHtml(danish) + planToMarkdown(danish)).not.toMatch(/[\u2066-\u2069]/);
  });
});
