// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../../shared/ops/index.ts';
import { projectPlan } from '../../../shared/projection.ts';
import { formsMinutesLine } from '../../../shared/export/text.ts';
import { hyphenateLongWords } from '../../../shared/hyphenate.ts';
import { paperExampleBoard } from '../../helpers/boards.ts';
import { byTestId, click, liveBoard, cellTexts, copiedText, livePlanPerTest } from './harness.tsx';

const { show, unmount } = livePlanPerTest();

describe('plan table', () => {
  it('shows the paper example as the paper form: a heading per meeting, three columns, its rows', () => {
    const { container } = show(liveBoard(paperExampleBoard()), { readOnly: true });
    const m1 = byTestId(container, 'plan-meeting-m1');
    expect(m1.querySelector('h3')?.textContent).toBe(
      'Netværksmøde 1: Hvad ved vi?, 12. januar 2027',
    );
    expect([...m1.querySelectorAll('th')].map((th) => copiedText(th))).toEqual([
      'Netværksdeltager',
      'Hvad skal personen bidrage med?',
      'Hvordan? (Inddragelsesform)',
    ]);
    expect(cellTexts(byTestId(m1, 'plan-row-n1'))).toEqual([
      'Jens J., ØS',
      'Oplæg om X',
      'Workshop m. borgere, facilitator',
    ]);
    expect(cellTexts(byTestId(m1, 'plan-row-n3'))).toEqual([
      'Søren S., Borger',
      'Modtager ydelse X',
      'Workshop m. borgere, deltager',
    ]);
    expect(byTestId(container, 'plan-meeting-final').querySelector('h3')?.textContent).toBe(
      'Afsluttende møde: Analyse og generering af læring på baggrund af øvrige netværksmøder, 11. maj 2027',
    );
  });

  it("says a core participant's row is one, in the page's language, not in the copied text", () => {
    // The row's bar alone told a reader (and a screen reader) nothing: the cell carries the word,
    // which planTable.css shows after the name; the cell's text stays the exports'.
    const { container, switchLang } = show(liveBoard(paperExampleBoard()), { readOnly: true });
    const cell = (noteId: string) =>
      byTestId(byTestId(container, `plan-row-${noteId}`), 'plan-cell-participant');
    expect(cell('n1').dataset['core']).toBe('Kerne');
    expect(cell('n3').dataset['core']).toBeUndefined();
    expect(cellTexts(byTestId(container, 'plan-row-n1'))[0]).toBe('Jens J., ØS');
    switchLang('en');
    expect(cell('n1').dataset['core']).toBe('Core');
  });

  it('names a citizen without an affiliation "Citizen" on the English screen, "Borger" in Danish', () => {
    const board = paperExampleBoard();
    board.people = board.people.map((p) => (p.id === 'soeren' ? { ...p, affiliation: '' } : p));
    const { container, switchLang } = show(liveBoard(board), { readOnly: true });
    const soeren = () => cellTexts(byTestId(container, 'plan-row-n3'))[0];
    expect(soeren()).toBe('Søren S., Borger');
    switchLang('en');
    expect(soeren()).toBe('Søren S., Citizen');
    expect(cellTexts(byTestId(container, 'plan-row-n1'))[0]).toBe('Jens J., ØS');
  });

  it('shows an affiliation the user typed as typed in English, "Borger" included', () => {
    // The paper example's Søren has "Borger" typed as his affiliation: the board says so too.
    const live = liveBoard(paperExampleBoard());
    const { container, switchLang } = show(live, { readOnly: true, lang: 'en' });
    const soeren = () => cellTexts(byTestId(container, 'plan-row-n3'))[0];
    expect(soeren()).toBe('Søren S., Borger');
    // Cleared, the affiliation is the plan's word for a citizen, said in the reader's language.
    act(() => {
      updatePerson(live.doc, 'soeren', { affiliation: '' }, 'someone-else');
    });
    expect(soeren()).toBe('Søren S., Citizen');
    switchLang('da');
    expect(soeren()).toBe('Søren S., Borger');
  });

  it('lets a narrow column break the Danish headings only between the words of a compound', () => {
    const { container } = show(liveBoard(paperExampleBoard()), { readOnly: true });
    const titles = [...byTestId(container, 'plan-meeting-m1').querySelectorAll('th')];
    // Soft hyphens where the compounds may break: "Netværks-/deltager", not "Netværksdelt/ager".
    expect(titles.map((th) => th.textContent)).toEqual([
      'Netværks\u00addeltager',
      'Hvad skal personen bidrage med?',
      'Hvordan? (Ind\u00addragelses\u00adform)',
    ]);
    // Each in an element that copying skips: what a user copies has no invisible characters.
    for (const th of titles) {
      for (const hyphen of th.querySelectorAll('.soft-hyphen')) {
        expect(hyphen.textContent).toBe('\u00ad');
      }
      expect(copiedText(th)).not.toContain('\u00ad');
    }
  });

  it('breaks a long compound in a name at its syllables, with soft hyphens copying skips', () => {
    const live = liveBoard(paperExampleBoard());
    const long = 'Beskæftigelsesforvaltningen';
    updatePerson(live.doc, 'jens', { affiliation: long }, 'someone-else');
    const { container } = show(live, { readOnly: true });
    const cell = byTestId(byTestId(container, 'plan-row-n1'), 'plan-cell-participant');
    // As the overview's names: "Bes-kæf-ti-gel-ses-for-valt-nin-gen" where the column is narrow.
    expect(cell.textContent).toBe(`Jens J., ${hyphenateLongWords(long)}`);
    const hyphens = [...cell.querySelectorAll('.soft-hyphen')];
    expect(hyphens.length).toBeGreaterThan(3);
    for (const hyphen of hyphens) expect(hyphen.textContent).toBe('\u00ad');
    expect(copiedText(cell)).toBe(`Jens J., ${long}`);
  });

  it('titles the columns in English for English users', () => {
    const { container } = show(liveBoard(paperExampleBoard()), { readOnly: true, lang: 'en' });
    const titles = [...byTestId(container, 'plan-meeting-m1').querySelectorAll('th')];
    expect(titles.map((th) => th.textContent)).toEqual([
      'Network participant',
      'What should the person contribute?',
      'How? (Involvement form)',
    ]);
  });

  it('shows a read-only reader when, how long and where each meeting is, in their language', () => {
    const board = paperExampleBoard();
    const m1 = board.meetings[0];
    if (!m1) throw new Error('fixture');
    Object.assign(m1, { startTime: '09:00', durationMinutes: 150, location: 'Rådhuset, lok. 2' });
    const { container, switchLang } = show(liveBoard(board), { readOnly: true });
    const details = () => byTestId(byTestId(container, 'plan-meeting-m1'), 'plan-details');
    expect(details().textContent).toBe('kl. 9.00 · 150 min. · Rådhuset, lok. 2');
    switchLang('en');
    expect(details().textContent).toBe('09:00 · 150 min · Rådhuset, lok. 2');
  });

  it("heads each meeting in the UI's language, in Danish exactly as the exports do", () => {
    const live = liveBoard(paperExampleBoard());
    const { container, switchLang } = show(live, { readOnly: true });
    const headings = () => [...container.querySelectorAll('h3')].map((h) => h.textContent);
    const danish = projectPlan(live.board()).meetings.map((meeting) => meeting.heading);
    expect(headings()).toEqual(danish);
    expect(danish[0]).toBe('Netværksmøde 1: Hvad ved vi?, 12. januar 2027');
    switchLang('en');
    expect(headings()).toEqual([
      'Network meeting 1: Hvad ved vi?, 12 January 2027',
      'Network meeting 2: Borgernes perspektiv, 9 February 2027',
      'Final meeting: Analysis and generation of learning based on the other network meetings, 11 May 2027',
    ]);
  });

  it("shows the final meeting's standing purpose where its sub-theme is empty", () => {
    const { container } = show(liveBoard(paperExampleBoard()));
    const sub = (id: string) =>
      byTestId<HTMLInputElement>(byTestId(container, `plan-meeting-${id}`), 'plan-input-subtheme');
    expect(sub('final').placeholder).toBe(
      'Analyse og generering af læring på baggrund af øvrige netværksmøder',
    );
    expect(sub('m2').placeholder).toBe('');
  });

  it("compares the forms' minutes with the meeting's duration", () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const minutes = byTestId(byTestId(container, 'plan-meeting-m1'), 'plan-minutes');
    expect(minutes.textContent).toBe('Inddragelsesformer: 120 af 150 min.');
    act(() => {
      live.actions.updateNote('f1', { durationMinutes: 180 });
    });
    expect(minutes.textContent).toBe(
      'Inddragelsesformer: 180 af 150 min. – Inddragelsesformerne varer 30 min. længere end mødet',
    );
  });

  it("writes the forms' time line as the files do: none where no form has a time", () => {
    const live = liveBoard(paperExampleBoard());
    for (const lang of ['da', 'en'] as const) {
      const { container } = show(live, { lang, readOnly: true });
      const plan = projectPlan(live.board());
      // The final meeting has a duration but no forms: no "0 af 180 min." on screen either.
      expect(formsMinutesLine(plan.meetings[2]!, lang)).toBe('');
      for (const meeting of plan.meetings) {
        const block = byTestId(container, `plan-meeting-${meeting.meetingId}`);
        const shown = block.querySelector('[data-testid="plan-minutes"]')?.textContent ?? '';
        expect(shown).toBe(formsMinutesLine(meeting, lang));
      }
      unmount();
    }
  });

  it('focuses the note when a row is clicked, but not when a field in it is', () => {
    const { container, onFocus } = show(liveBoard(paperExampleBoard()));
    const row = byTestId(container, 'plan-row-n2');
    click(byTestId(row, 'plan-input-contribution'));
    expect(onFocus).not.toHaveBeenCalled();
    click(byTestId(row, 'plan-cell-participant'));
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onFocus).toHaveBeenCalledWith({ kind: 'note', id: 'n2' });
  });

  it("names each meeting's table and its Handlinger button by the meeting, for a screen reader's lists", () => {
    const { container } = show(liveBoard(paperExampleBoard()));
    /** What aria-labelledby points at, read in order as a screen reader joins it. */
    const labelOf = (element: Element | null) =>
      (element?.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => container.ownerDocument.getElementById(id)?.textContent ?? `#${id}?`)
        .join(' ');
    const m2 = byTestId(container, 'plan-meeting-m2');
    expect(labelOf(m2.querySelector('table'))).toBe(
      'Netværksmøde 2: Borgernes perspektiv, 9. februar 2027',
    );
    expect(labelOf(byTestId(m2, 'plan-meeting-actions'))).toBe(
      'Handlinger Netværksmøde 2: Borgernes perspektiv, 9. februar 2027',
    );
  });

  it('focuses the lane when a meeting heading is clicked', () => {
    const { container, onFocus } = show(liveBoard(paperExampleBoard()), { readOnly: true });
    click(byTestId(container, 'plan-meeting-m2').querySelector('h3 button') as Element);
    expect(onFocus).toHaveBeenCalledWith({ kind: 'lane', id: 'm2' });
  });
});
