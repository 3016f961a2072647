import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, FORM_COLOR, SELECTION, formAccent } from '../../client/canvas/colors.ts';
import { noteLook } from '../../client/canvas/noteLook.ts';
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
    const look = noteLook(note, jens, cafe, false, false, 'da');
    expect(look.fill).toBe(CATEGORY_COLORS.citizen);
    expect(look.accent).toBe(formAccent(cafe.id));
    expect(look.texts.map((b) => b.text)).toEqual([
      'Jens, ØS',
      'Fortæller om sin hverdag',
      'Café, oplægsholder',
    ]);
    // Text starts right of the colour bar.
    expect(look.texts[0]?.x).toBeGreaterThan(10);
    expect(look.core?.label.text).toBe('Kerne');
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
    expect(look.texts.map((b) => b.text)).toEqual(['Café', 'Små borde', '45 min']);
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
