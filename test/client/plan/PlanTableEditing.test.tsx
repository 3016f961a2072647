// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { moveNotes, updateNote } from '../../../shared/ops/index.ts';
import { boardWithTwoForms, paperExampleBoard } from '../../helpers/boards.ts';
import {
  blurField,
  byTestId,
  liveBoard,
  pressKey,
  typeInto,
  type LiveBoard,
  livePlanPerTest,
} from './harness.tsx';

const { show } = livePlanPerTest();

const noteOf = (live: LiveBoard, id: string) => {
  const note = live.board().notes.find((n) => n.id === id);
  if (note?.kind !== 'participant') throw new Error(`no participant note ${id}`);
  return note;
};

describe('plan table: editing', () => {
  it('edits the place of a meeting', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const place = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-meeting-m2'),
      'plan-input-location',
    );
    typeInto(place, 'Borgerhuset');
    blurField(place);
    expect(live.ops).toEqual(['updateMeeting']);
    expect(live.board().meetings[1]?.location).toBe('Borgerhuset');
  });

  it('keeps a place on one line: a pasted line break becomes a space, Enter saves (it wraps, it is not cut)', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const place = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-meeting-m2'),
      'plan-input-location',
    );
    expect(place.tagName).toBe('TEXTAREA');
    typeInto(place, 'Rådhuset,\nmødelokale "Æblet"');
    pressKey(place, 'Enter');
    expect(live.ops).toEqual(['updateMeeting']);
    expect(live.board().meetings[1]?.location).toBe('Rådhuset, mødelokale "Æblet"');
  });

  it('offers no fields to edit in read-only mode, even if actions are at hand', () => {
    const { container } = show(liveBoard(paperExampleBoard()), { readOnly: true });
    expect(container.querySelectorAll('input, select, textarea')).toHaveLength(0);
    const editable = show(liveBoard(paperExampleBoard()), { withoutActions: true });
    expect(editable.container.querySelectorAll('input, select, textarea')).toHaveLength(0);
  });

  it('saves an edited contribution on Enter as exactly one updateNote', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const input = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-row-n1'),
      'plan-input-contribution',
    );
    // Nothing unsaved: Ctrl+Z in the field is the board's undo.
    expect(input.hasAttribute('data-board-undo')).toBe(true);
    typeInto(input, 'Oplæg om ensomhed');
    expect(input.hasAttribute('data-board-undo')).toBe(false);
    expect(live.ops).toEqual([]);
    pressKey(input, 'Enter');
    expect(input.hasAttribute('data-board-undo')).toBe(true);
    blurField(input);
    expect(live.ops).toEqual(['updateNote']);
    expect(noteOf(live, 'n1').contribution).toBe('Oplæg om ensomhed');
    expect(input.value).toBe('Oplæg om ensomhed');
  });

  it('keeps a pasted contribution over the limit whole in the field, saying how long it may be, and saves nothing', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const input = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-row-n1'),
      'plan-input-contribution',
    );
    // No maxLength: the browser would cut the paste short without a word.
    expect(input.maxLength).toBe(-1);
    const pasted = 'Oplæg om ensomhed. '.repeat(120).slice(0, 2100);
    typeInto(input, pasted);
    pressKey(input, 'Enter');
    expect(live.ops).toEqual([]);
    expect(input.value).toBe(pasted);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain(
      'Teksten er for lang: 2100 tegn, højst 2000. Gør den kortere – intet er gemt endnu.',
    );
  });

  it('keeps the line breaks of a contribution; Shift+Enter adds one, Enter saves', () => {
    const board = paperExampleBoard();
    const n1 = board.notes.find((n) => n.id === 'n1');
    if (n1?.kind !== 'participant') throw new Error('fixture');
    n1.contribution = 'Linje 1\nLinje 2';
    const live = liveBoard(board);
    const { container } = show(live);
    const field = byTestId<HTMLTextAreaElement>(
      byTestId(container, 'plan-row-n1'),
      'plan-input-contribution',
    );
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.value).toBe('Linje 1\nLinje 2');
    typeInto(field as unknown as HTMLInputElement, 'Linje 1\nLinje 2 og mere');
    // Shift+Enter is a new line (the browser adds it), not a save.
    field.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        shiftKey: true,
        bubbles: true,
        cancelable: true,
      }),
    );
    expect(live.ops).toEqual([]);
    pressKey(field, 'Enter');
    expect(live.ops).toEqual(['updateNote']);
    expect(noteOf(live, 'n1').contribution).toBe('Linje 1\nLinje 2 og mere');
  });

  it('saves an edited role when the field loses focus', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const row = byTestId(container, 'plan-row-n2');
    const role = byTestId<HTMLInputElement>(row, 'plan-input-role');
    typeInto(role, 'oplægsholder');
    blurField(role);
    expect(live.ops).toEqual(['updateNote']);
    expect(noteOf(live, 'n2').role).toBe('oplægsholder');
  });

  it('reverts to the saved text on Escape without writing anything', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const input = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-row-n1'),
      'plan-input-contribution',
    );
    typeInto(input, 'Noget helt andet');
    pressKey(input, 'Escape');
    expect(input.value).toBe('Oplæg om X');
    blurField(input);
    expect(live.ops).toEqual([]);
    expect(noteOf(live, 'n1').contribution).toBe('Oplæg om X');
  });

  it('keeps the text being typed when a remote change re-renders the plan', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const input = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-row-n1'),
      'plan-input-contribution',
    );
    typeInto(input, 'Halvskrevet');
    act(() => {
      updateNote(live.doc, 'n1', { contribution: 'Fjernændring' }, 'someone-else');
      updateNote(live.doc, 'n2', { contribution: 'Også fjern' }, 'someone-else');
    });
    const sameInput = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-row-n1'),
      'plan-input-contribution',
    );
    expect(sameInput).toBe(input);
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('Halvskrevet');
    const other = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-row-n2'),
      'plan-input-contribution',
    );
    expect(other.value).toBe('Også fjern');
  });

  it('saves what was typed in a row that left the plan and keeps no draft: a text saved later shows when it comes back, and it takes no focus', async () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const field = () =>
      container.querySelector<HTMLInputElement>(
        '[data-testid="plan-row-n1"] [data-testid="plan-input-contribution"]',
      );
    typeInto(field()!, 'Halvskrevet');
    // Someone parks the post-it: its row leaves the plan.
    act(() => {
      moveNotes(live.doc, [{ id: 'n1', lane: null, x: 10, y: 10 }], 'someone-else');
    });
    expect(field()).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    // Not lost: saved as it stood when the row left.
    expect(noteOf(live, 'n1').contribution).toBe('Halvskrevet');
    act(() => {
      updateNote(live.doc, 'n1', { contribution: 'Færdig tekst' }, 'someone-else');
      moveNotes(live.doc, [{ id: 'n1', lane: 'm1', x: 12, y: 12 }], 'someone-else');
    });
    expect(field()?.value).toBe('Færdig tekst');
    expect(document.activeElement).not.toBe(field());
  });

  it('keeps the text being typed, and the focus, when someone moves the post-it to another meeting', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const field = () =>
      byTestId<HTMLInputElement>(byTestId(container, 'plan-row-n1'), 'plan-input-contribution');
    const before = field();
    typeInto(before, 'Halvskrevet bidrag');
    expect(before.closest('[data-testid="plan-meeting-m1"]')).not.toBeNull();
    act(() => {
      moveNotes(live.doc, [{ id: 'n1', lane: 'm2', x: 12, y: 400 }], 'someone-else');
    });
    const after = field();
    expect(after.closest('[data-testid="plan-meeting-m2"]')).not.toBeNull();
    expect(after.value).toBe('Halvskrevet bidrag');
    expect(document.activeElement).toBe(after);
    // Enter saves it, as if nothing had happened.
    pressKey(after, 'Enter');
    expect(noteOf(live, 'n1').contribution).toBe('Halvskrevet bidrag');
  });

  it('attaches a participant to the form chosen in the how column, and detaches with none', () => {
    const live = liveBoard(boardWithTwoForms());
    const { container } = show(live);
    const select = byTestId<HTMLSelectElement>(
      byTestId(container, 'plan-row-n1'),
      'plan-input-form',
    );
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '(ingen)',
      'Workshop m. borgere',
      'Oplæg',
    ]);
    typeInto(select, 'f2');
    expect(live.ops).toEqual(['attachToForm']);
    expect(noteOf(live, 'n1').form).toBe('f2');
    const moved = byTestId(container, 'plan-row-n1');
    expect(byTestId<HTMLSelectElement>(moved, 'plan-input-form').value).toBe('f2');
    // The narrow column cuts a long form's name: its tooltip gives it whole.
    expect(byTestId<HTMLSelectElement>(moved, 'plan-input-form').title).toBe('Oplæg');
    typeInto(byTestId<HTMLSelectElement>(moved, 'plan-input-form'), '');
    expect(noteOf(live, 'n1').form).toBeNull();
    const loose = byTestId(container, 'plan-row-n1');
    expect(byTestId<HTMLSelectElement>(loose, 'plan-input-form').title).toBe('(ingen)');
  });

  it('edits the meeting duration through updateMeeting and refuses a non-number locally', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const m1 = byTestId(container, 'plan-meeting-m1');
    const duration = byTestId<HTMLInputElement>(m1, 'plan-input-duration');
    typeInto(duration, '90');
    pressKey(duration, 'Enter');
    expect(live.ops).toEqual(['updateMeeting']);
    expect(live.board().meetings[0]?.durationMinutes).toBe(90);
    typeInto(duration, '2 timer og 15 min');
    pressKey(duration, 'Enter');
    expect(live.ops).toEqual(['updateMeeting', 'updateMeeting']);
    expect(live.board().meetings[0]?.durationMinutes).toBe(135);
    typeInto(duration, '1.5');
    pressKey(duration, 'Enter');
    expect(live.ops).toEqual(['updateMeeting', 'updateMeeting']);
    expect(m1.querySelector('[role="alert"]')?.textContent).toBe(
      'Skriv et helt antal minutter fra 1 til 2880 (fx 45, 45 min. eller 1,5 time), eller lad feltet stå tomt.',
    );
  });

  it('shows an open error of a field in the language switched to', () => {
    const live = liveBoard(paperExampleBoard());
    const { container, switchLang } = show(live);
    const m1 = byTestId(container, 'plan-meeting-m1');
    const duration = byTestId<HTMLInputElement>(m1, 'plan-input-duration');
    typeInto(duration, '1.5');
    pressKey(duration, 'Enter');
    switchLang('en');
    expect(m1.querySelector('[role="alert"]')?.textContent).toBe(
      'Enter whole minutes from 1 to 2880 (e.g. 45, 45 min or 1.5 hours), or leave the field empty.',
    );
    // The typed text stays, to be corrected.
    expect(duration.value).toBe('1.5');
  });

  it('says so when a date is left half typed, though the browser reports no value for it', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const date = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-meeting-m2'),
      'plan-input-date',
    );
    // What Chromium does with "03" typed into the month: value '', validity.badInput.
    Object.defineProperty(date, 'validity', { value: { badInput: true }, configurable: true });
    act(() => date.focus());
    blurField(date);
    expect(live.ops).toEqual([]);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(
      byTestId(container, 'plan-meeting-m2').querySelector('[role="alert"]')?.textContent,
    ).toBe('Skriv en hel, gyldig dato.');
    // Cleared back to empty (the browser sends no event for that): the message goes.
    Object.defineProperty(date, 'validity', { value: { badInput: false } });
    act(() => date.focus());
    blurField(date);
    expect(date.getAttribute('aria-invalid')).toBe('false');
    expect(live.ops).toEqual([]);
  });

  it('edits sub-theme, date and start time of a meeting', () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live);
    const m2 = byTestId(container, 'plan-meeting-m2');
    typeInto(byTestId<HTMLInputElement>(m2, 'plan-input-subtheme'), 'Fagpersonernes blik');
    blurField(byTestId(m2, 'plan-input-subtheme'));
    typeInto(byTestId<HTMLInputElement>(m2, 'plan-input-date'), '2027-02-16');
    blurField(byTestId(m2, 'plan-input-date'));
    typeInto(byTestId<HTMLInputElement>(m2, 'plan-input-start'), '13:30');
    blurField(byTestId(m2, 'plan-input-start'));
    expect(live.ops).toEqual(['updateMeeting', 'updateMeeting', 'updateMeeting']);
    expect(live.board().meetings[1]).toMatchObject({
      subtheme: 'Fagpersonernes blik',
      date: '2027-02-16',
      startTime: '13:30',
    });
    expect(m2.querySelector('h3')?.textContent).toBe(
      'Netværksmøde 2: Fagpersonernes blik, 16. februar 2027',
    );
  });

  it("refuses a too long text inline in the user's language, before any op", () => {
    const live = liveBoard(paperExampleBoard());
    const { container } = show(live, { lang: 'en' });
    const subtheme = byTestId<HTMLInputElement>(
      byTestId(container, 'plan-meeting-m1'),
      'plan-input-subtheme',
    );
    typeInto(subtheme, 'x'.repeat(201));
    pressKey(subtheme, 'Enter');
    expect(live.ops).toEqual([]);
    expect(
      byTestId(container, 'plan-meeting-m1').querySelector('[role="alert"]')?.textContent,
    ).toBe(
      'The text is too long: 201 characters, at most 200. Shorten it – nothing has been saved yet.',
    );
    expect(subtheme.value).toHaveLength(201);
  });
});
