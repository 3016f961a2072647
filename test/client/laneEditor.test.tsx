// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LaneLayout } from '../../client/canvas/boardGeometry.ts';
import { LaneEditor } from '../../client/canvas/LaneEditor.tsx';
import { editorController, fieldLabelled } from './editorHarness.ts';
import { mount, pressKey, typeInto, type Mounted } from './plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const updateMeeting = vi.fn();
const controller = editorController({ updateMeeting });

function lane(x: number, index: number): LaneLayout {
  return {
    id: 'm2',
    index,
    x,
    number: 2,
    formsMinutes: 0,
    meeting: {
      id: 'm2',
      kind: 'network',
      subtheme: 'Undertema',
      date: null,
      startTime: null,
      durationMinutes: 150,
      location: '',
    },
  };
}

describe('the meeting header editor', () => {
  it("writes the chosen date and time out in the board's language, whatever the browser's date format", () => {
    const editor = (lang: 'da' | 'en') => (
      <LaneEditor controller={controller} lane={lane(0, 1)} lang={lang} onClose={() => {}} />
    );
    mounted = mount(editor('da'));
    const written = () =>
      mounted?.container.querySelector('[data-testid="written-out-date"]')?.textContent ?? null;
    expect(written()).toBeNull();
    typeInto(fieldLabelled(mounted.container, 'Dato'), '2027-01-12');
    typeInto(fieldLabelled(mounted.container, 'Starttid'), '13:00');
    expect(written()).toBe('12. januar 2027 · kl. 13.00');
    mounted.render(editor('en'));
    expect(written()).toBe('12 January 2027 · 13:00');
  });

  it('follows its meeting when someone moves that meeting to another place meanwhile', () => {
    const editor = (at: LaneLayout) => (
      <LaneEditor controller={controller} lane={at} lang="da" onClose={() => {}} />
    );
    mounted = mount(editor(lane(420, 1)));
    const form = mounted.container.querySelector('form');
    expect(form?.style.left).toBe('420px');
    mounted.render(editor(lane(1260, 3)));
    expect(form?.style.left).toBe('1260px');
  });

  it("shows another user's changes where this user has not typed, keeps what they typed, and says so where both changed", () => {
    const at = lane(420, 1);
    const editor = (meeting: LaneLayout['meeting']) => (
      <LaneEditor controller={controller} lane={{ ...at, meeting }} lang="en" onClose={() => {}} />
    );
    mounted = mount(editor(at.meeting));
    const field = (label: string) => fieldLabelled(mounted!.container, label);
    typeInto(field('Location'), 'Rådhuset');
    mounted.render(editor({ ...at.meeting, subtheme: 'Unge og fællesskab', location: 'Skolen' }));
    expect(field('Sub-theme').value).toBe('Unge og fællesskab');
    expect(field('Location').value).toBe('Rådhuset');
    expect(mounted.container.querySelector<HTMLElement>('.changed-by-other')!.textContent).toBe(
      'Changed by someone else: “Skolen”',
    );
    pressKey(field('Location'), 'Enter');
    expect(updateMeeting).toHaveBeenCalledWith('m2', { location: 'Rådhuset' });
  });

  it.each([
    ['2 timer', 120],
    ['2 t', 120],
    ['1½ time', 90],
    ['2 hours', 120],
    ['90 min', 90],
  ])('takes the duration %j as %i minutes', (typed, minutes) => {
    updateMeeting.mockClear();
    mounted = mount(
      <LaneEditor controller={controller} lane={lane(420, 1)} lang="da" onClose={() => {}} />,
    );
    const duration = fieldLabelled(mounted.container, 'Varighed');
    typeInto(duration, typed);
    pressKey(duration, 'Enter');
    expect(updateMeeting).toHaveBeenCalledWith('m2', { durationMinutes: minutes });
  });

  it('keeps a sub-theme longer than the board takes in the open editor, with a message, writing nothing', () => {
    const onClose = vi.fn();
    const write = vi.fn();
    mounted = mount(
      <LaneEditor
        controller={editorController({ updateMeeting: write })}
        lane={lane(0, 1)}
        lang="da"
        onClose={onClose}
      />,
    );
    const subtheme = fieldLabelled(mounted.container, 'Undertema');
    typeInto(subtheme, 'Ø'.repeat(201));
    pressKey(subtheme, 'Enter');
    expect(write).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(subtheme.value).toHaveLength(201);
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toBe(
      'Teksten er for lang: 201 tegn, højst 200. Gør den kortere – intet er gemt endnu.',
    );
  });

  /** Opens the editor on meeting 2 (with `date`); the spies it writes and closes through. */
  function openEditor(date: string | null = null) {
    const onClose = vi.fn();
    const write = vi.fn();
    const shown = lane(0, 1);
    mounted = mount(
      <LaneEditor
        controller={editorController({ updateMeeting: write })}
        lane={{ ...shown, meeting: { ...shown.meeting, date } }}
        lang="da"
        onClose={onClose}
      />,
    );
    return { container: mounted.container, onClose, write };
  }

  it('refuses a date typed outside the years 2000–2100, with a message, keeping the editor open', () => {
    const { container, onClose, write } = openEditor();
    const date = fieldLabelled(container, 'Dato');
    typeInto(date, '0201-03-02');
    pressKey(date, 'Enter');
    expect(write).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(date.value).toBe('0201-03-02');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('[role=alert]')?.textContent).toBe(
      'Vælg en dato fra år 2000 til 2100.',
    );
    typeInto(date, '2027-03-02');
    pressKey(date, 'Enter');
    expect(write).toHaveBeenCalledWith('m2', { date: '2027-03-02' });
  });

  it('saves another field of a meeting whose old date lies outside the years (a board from before the rule)', () => {
    const { container, write } = openEditor('0201-03-02');
    const location = fieldLabelled(container, 'Sted');
    typeInto(location, 'Rådhuset');
    pressKey(location, 'Enter');
    expect(write).toHaveBeenCalledWith('m2', { location: 'Rådhuset' });
  });
});
