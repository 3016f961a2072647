import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, FORM_COLOR, SELECTION, formAccents } from '../../client/canvas/colors.ts';
import { flowTexts, noteLook, type TextBlock } from '../../client/canvas/noteLook.ts';
import { layoutLines } from '../../client/canvas/textLayout.ts';
import type { FormNote, Note, Person } from '../../shared/schema.ts';
import { form, idea, participant } from './boardFixture.ts';

const jens: Person = {
  id: 'personAAAA1',
  name: 'Jens',
  affiliation: 'ØS',
  category: 'citizen',
  core: true,
};
const cafe = { ...form('formCAFE01', 'meetingAAA1', 0, 0, 45), name: 'Café' } as FormNote;

describe('a post-it shows', () => {
  it('a participant: who, the contribution, and "how" from its form and role, in the form colour', () => {
    const note = {
      ...participant('noteP00001', 'meetingAAA1', 0, 0, cafe.id),
      contribution: 'Fortæller om sin hverdag',
      role: 'oplægsholder',
    } as Note;
    const look = noteLook(note, jens, cafe, false, false, 'da', '#0f766e');
    expect(look.fill).toBe(CATEGORY_COLORS.citizen);
    expect(look.accent).toBe('#0f766e');
    expect(look.texts.map((b) => b.text)).toEqual([
      'Jens, ØS',
      'Fortæller om sin hverdag',
      'Café, oplægsholder',
    ]);
    // Text starts right of the colour bar.
    expect(look.texts[0]?.x).toBeGreaterThan(10);
    expect(look.core?.label.text).toBe('Kerne');
  });

  it('a participant named as the plan names them: the word "Borger" added, in the board\'s language, never to typed text', () => {
    const note = participant('noteP00003', 'meetingAAA1', 0, 0) as Note;
    const who = (person: Person, lang: 'da' | 'en') =>
      noteLook(note, person, undefined, false, false, lang).texts[0]?.text;
    const soeren = { ...jens, name: 'Søren S.', affiliation: '' };
    expect(who(soeren, 'da')).toBe('Søren S., Borger');
    expect(who(soeren, 'en')).toBe('Søren S., Citizen');
    expect(who({ ...soeren, affiliation: 'Borger' }, 'en')).toBe('Søren S., Borger');
    expect(who({ ...soeren, category: 'professional' }, 'en')).toBe('Søren S.');
  });

  it('a participant without form or core status: no bar, no badge, only the role as "how"', () => {
    const note = { ...participant('noteP00002', null, 0, 0), role: 'deltager' } as Note;
    const look = noteLook(note, { ...jens, core: false }, undefined, false, false, 'en');
    expect(look.accent).toBeNull();
    expect(look.core).toBeNull();
    expect(look.texts[2]?.text).toBe('deltager');
  });

  it('a form: its name, description and minutes, with a header strip', () => {
    const look = noteLook(
      { ...cafe, description: 'Små borde' },
      undefined,
      undefined,
      false,
      false,
      'da',
    );
    expect(look.fill).toBe(FORM_COLOR);
    expect(look.header).not.toBeNull();
    expect(look.texts.map((b) => b.text)).toEqual(['Café', 'Små borde', '45 min.']);
  });

  it('an empty idea in muted italics, and the selection and warning marks', () => {
    const note = { ...idea('noteI00001', null, 0, 0), text: ' ' } as Note;
    const plain = noteLook(note, undefined, undefined, false, false, 'da');
    expect(plain.texts[0]?.fontStyle).toBe('italic');
    expect(plain.warning).toBeNull();
    const marked = noteLook(note, undefined, undefined, true, true, 'da');
    expect(marked.stroke).toBe(SELECTION);
    expect(marked.strokeWidth).toBeGreaterThan(plain.strokeWidth);
    expect(marked.warning?.label.text).toBe('!');
  });
});

describe('the colour bars of forms', () => {
  // Ids as the board makes them (random): several of these pick the same colour by themselves.
  const IDS = ['qW3r7TzLp0', 'Xc9VbN2mKa', 'h4JkL8sD1f', 'Pz0oI9uY7t', 'aS5dF6gH7j'];
  const lane = (laneId: string, count: number) =>
    [...IDS, 'mN8bV4cX2z', 'Lk3Jh5Gf7D', 'tR6eW2qA9s', 'Yu1Io4Pa8S']
      .slice(0, count)
      .map((id) => form(`${laneId}${id}`, laneId, 0, 0));

  it('differ between the forms of one lane while there are colours enough (eight)', () => {
    const eight = lane('lane1', 8);
    const accents = formAccents([...eight, ...lane('lane2', 8)]);
    expect(new Set(eight.map((f) => accents.get(f.id))).size).toBe(8);
    // Another lane's forms choose among all the colours again.
    expect(new Set(lane('lane2', 8).map((f) => accents.get(f.id))).size).toBe(8);
    // A ninth form shares a colour.
    const nine = lane('lane1', 9);
    const more = formAccents(nine);
    expect(new Set(nine.map((f) => more.get(f.id))).size).toBe(8);
  });

  it('stay as they were when a form is added to the lane, whatever its id', () => {
    const there = lane('lane1', 4);
    const before = formAccents(there);
    // Placed last (on top), with an id that sorts before all the others.
    const newcomer = form('lane1000002', 'lane1', 0, 0); // picks the first form's colour by itself
    const after = formAccents([...there, newcomer]);
    for (const f of there) expect(after.get(f.id)).toBe(before.get(f.id));
    expect(new Set(there.map((f) => after.get(f.id))).has(after.get(newcomer.id))).toBe(false);
  });
});

describe('a post-it with a one-line title', () => {
  const contribution = 'Fortæller om sin hverdag på skolen og i fritiden';
  const note = { ...participant('noteP00009', 'meetingAAA1', 0, 0), contribution } as Note;
  /** How many lines a block's text takes: one for a short one, else all its box has room for. */
  const lines = (block: { text: string; height: number; fontSize: number; lineHeight: number }) =>
    block.text.length <= 20
      ? 1
      : Math.floor((block.height + 0.5) / (block.fontSize * block.lineHeight));

  it('leaves no blank line under a name without affiliation: the contribution moves up and keeps its bottom', () => {
    const look = noteLook(
      note,
      { ...jens, affiliation: '', category: 'professional' },
      undefined,
      false,
      false,
      'da',
    );
    const [title, text, how] = flowTexts(look.texts, lines);
    expect(title?.text).toBe('Jens');
    // Up by the title's second line, which stays empty.
    const drawn = look.texts[1];
    const line = (title?.fontSize ?? 0) * (title?.lineHeight ?? 0);
    expect(text?.y).toBeCloseTo((drawn?.y ?? 0) - line, 5);
    expect((text?.y ?? 0) + (text?.height ?? 0)).toBeCloseTo(
      (drawn?.y ?? 0) + (drawn?.height ?? 0),
      5,
    );
    expect(how).toEqual(look.texts[2]);
  });

  it('a form with a short name and a description: the description right under the name', () => {
    const look = noteLook(
      { ...cafe, description: 'Kompetencer i spil' },
      undefined,
      undefined,
      false,
      false,
      'da',
    );
    const [title, description] = flowTexts(look.texts, lines);
    expect(title?.text).toBe('Café');
    expect(description?.y).toBeCloseTo((look.texts[1]?.y ?? 0) - 15 * 1.2, 5);
  });

  it('a two-line name keeps the contribution where it was', () => {
    const look = noteLook(
      note,
      { ...jens, name: 'Jens Peter Christiansen Holm' },
      undefined,
      false,
      false,
      'da',
    );
    expect(flowTexts(look.texts, lines)).toEqual(look.texts);
  });
});

describe('a participant post-it without a contribution', () => {
  const long: Person = {
    ...jens,
    name: 'Jens Jensen',
    affiliation: 'Ældre- og sundhedsforvaltningen, Aarhus Kommune',
    category: 'professional',
  };
  /** Lines as the canvas lays them out, seven pixels a character. */
  const shown = (block: TextBlock) =>
    layoutLines(
      block.text,
      {
        font: `${block.fontStyle} ${block.fontSize}px test`,
        width: block.width,
        maxLines: Math.max(
          1,
          Math.floor((block.height + 0.5) / (block.fontSize * block.lineHeight)),
        ),
        wrap: block.wrap,
        ellipsis: block.ellipsis,
      },
      (text) => text.length * 7,
    );

  it('gives the name and affiliation the free lines, down to the "how" line, which stays at the bottom', () => {
    const note = {
      ...participant('noteP00010', 'meetingAAA1', 0, 0, cafe.id),
      contribution: ' ',
    } as Note;
    const look = noteLook(note, long, cafe, false, false, 'da', '#0f766e');
    const [who, , how] = flowTexts(look.texts, (block) => shown(block).length);
    const lines = shown(who as TextBlock);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Jens Jensen, Ældre- og sundhedsforvaltningen, Aarhus Kommune');
    // The name's last line ends above the "how" line, which has not moved.
    const step = (who?.fontSize ?? 0) * (who?.lineHeight ?? 0);
    expect((who?.y ?? 0) + lines.length * step).toBeLessThanOrEqual(how?.y ?? 0);
    const withText = noteLook(
      { ...note, contribution: 'Fortæller' } as Note,
      long,
      cafe,
      false,
      false,
      'da',
      '#0f766e',
    );
    expect(how).toEqual(withText.texts[2]);
  });

  it('keeps the name to two lines when there is a contribution', () => {
    const note = {
      ...participant('noteP00011', 'meetingAAA1', 0, 0),
      contribution: 'Fortæller om sin hverdag',
    } as Note;
    const [who] = noteLook(note, long, undefined, false, false, 'da').texts;
    const lines = shown(who as TextBlock);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});
