// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeLayout, type PlacedNote } from '../../client/canvas/boardGeometry.ts';
import { CanvasController } from '../../client/canvas/controller.ts';
import { NoteEditor } from '../../client/canvas/NoteEditor.tsx';
import type { Note, Person } from '../../shared/schema.ts';
import { boardWith, form, idea, participant } from './boardFixture.ts';
import { editorController, fieldLabelled } from './editorHarness.ts';
import { click, mount, pressKey, typeInto, type Mounted } from './plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.clearAllMocks();
});

const updateNote = vi.fn();
const controller = editorController({ updateNote });

function open(note: Note, lang: 'da' | 'en' = 'da', person?: Person, onClose = () => {}) {
  const placed: PlacedNote = { note, x: 100, y: 100, lane: note.lane };
  mounted = mount(
    <NoteEditor
      controller={controller}
      placed={placed}
      person={person}
      laneForms={[]}
      lang={lang}
      fresh={false}
      onClose={onClose}
    />,
  );
  const { container } = mounted;
  return { container, field: (label: string) => fieldLabelled(container, label) };
}

describe("the note editor: a form's minutes", () => {
  it.each([
    ['45 min', 45],
    ['45 minutter', 45],
    ['1,5 time', 90],
  ])('takes %j as %i minutes', (typed, minutes) => {
    const { field } = open(form('formCAFE01', 'meetingAAA1', 0, 0, 30));
    typeInto(field('Minutter'), typed);
    pressKey(field('Minutter'), 'Enter');
    expect(updateNote).toHaveBeenCalledWith('formCAFE01', { durationMinutes: minutes });
  });

  it('refuses what is not whole minutes, saying how to write them', () => {
    const { field, container } = open(form('formCAFE01', 'meetingAAA1', 0, 0, 30), 'en');
    typeInto(field('Minutes'), 'a while');
    pressKey(field('Minutes'), 'Enter');
    expect(updateNote).not.toHaveBeenCalled();
    expect(container.textContent).toContain('e.g. 45, 45 min or 1.5 hours');
  });
});

describe("the note editor: a participant's fields", () => {
  const soeren: Person = {
    id: 'personAAAA1',
    name: 'Søren S.',
    affiliation: '',
    category: 'citizen',
    core: false,
  };
  it.each([
    ['da', 'Rolle', 'fx facilitator, deltager, oplægsholder'],
    ['da', 'Tilknytning', 'fx afdeling, skole eller forening'],
    ['en', 'Role', 'e.g. facilitator, participant, speaker'],
    ['en', 'Affiliation', 'e.g. department, school or association'],
  ] as const)('give an example (%s): %s', (lang, label, example) => {
    const { field } = open(participant('noteP00001', 'meetingAAA1', 0, 0), lang, soeren);
    expect(field(label).placeholder).toBe(example);
  });
});

describe('the note editor: a text longer than the board takes', () => {
  it('keeps the editor open with the text in it, says how long it may be, writes nothing', () => {
    const onClose = vi.fn();
    const { field, container } = open(idea('n1', 'meetingAAA1', 0, 0), 'en', undefined, onClose);
    const text = field('Idea');
    const pasted = 'a long paste '.repeat(200).slice(0, 2500);
    typeInto(text, pasted);
    pressKey(text, 'Enter');
    expect(updateNote).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(text.value).toBe(pasted);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('[role=alert]')?.textContent).toBe(
      'The text is too long: 2500 characters, at most 2000. Shorten it – nothing has been saved yet.',
    );
    // Shortened, it saves.
    typeInto(text, pasted.slice(0, 2000));
    pressKey(text, 'Enter');
    expect(updateNote).toHaveBeenCalledWith('n1', { text: pasted.slice(0, 2000) });
    expect(onClose).toHaveBeenCalled();
  });
});

describe("the note editor: a person's name blanked", () => {
  it('is refused as the pool refuses it, the editor open, nothing written', () => {
    const updatePerson = vi.fn();
    const onClose = vi.fn();
    const jens: Person = {
      id: 'jens',
      name: 'Jens J.',
      affiliation: '',
      category: 'other',
      core: false,
    };
    mounted = mount(
      <NoteEditor
        controller={editorController({
          updatePerson,
          updateNote,
          together: (_: string, run: () => void) => run(),
        })}
        placed={{ note: participant('noteP00001', 'meetingAAA1', 0, 0), x: 0, y: 0, lane: null }}
        person={jens}
        laneForms={[]}
        lang="da"
        fresh={false}
        onClose={onClose}
      />,
    );
    const name = fieldLabelled(mounted.container, 'Navn eller kompetence');
    typeInto(name, '   ');
    pressKey(name, 'Enter');
    expect(updatePerson).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toBe('Skriv et navn.');
  });
});

describe("the note editor's Slet button", () => {
  it('says what it deleted, as the Delete key on the board does', () => {
    const note = idea('n1', 'meetingAAA1', 12, 12);
    const said: string[] = [];
    const deleting = Object.assign(editorController({ deleteNotes: () => ({ ok: true }) }), {
      layout: computeLayout(boardWith([note])),
      people: new Map(),
      select: () => {},
      announce: (text: string) => said.push(text),
      deletedText: CanvasController.prototype.deletedText,
    });
    Object.assign(deleting.props, { lang: 'da' });
    mounted = mount(
      <NoteEditor
        controller={deleting}
        placed={{ note, x: 12, y: 12, lane: note.lane }}
        person={undefined}
        laneForms={[]}
        lang="da"
        fresh={false}
        onClose={() => {}}
      />,
    );
    click(mounted.container.querySelector('[data-testid="editor-delete"]')!);
    expect(said).toEqual(['Slettet: Idé: n1 — Netværksmøde 1']);
  });
});
