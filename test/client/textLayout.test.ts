import { describe, expect, it } from 'vitest';
import { layoutLines, type TextStyle } from '../../client/canvas/textLayout.ts';

/** Every character 10 px wide, whatever the font. */
const measure = (text: string) => text.length * 10;
const style = (overrides: Partial<TextStyle> = {}): TextStyle => ({
  font: `${Math.random()}px test`, // a fresh cache key per test
  width: 100,
  maxLines: 3,
  wrap: 'word',
  ellipsis: true,
  ...overrides,
});

describe('post-it text layout', () => {
  it('wraps at word boundaries within the width', () => {
    expect(layoutLines('Oplæg om ensomhed blandt unge', style(), measure)).toEqual([
      'Oplæg om',
      'ensomhed',
      'blandt…',
    ]);
  });

  it('keeps short text on one line and honours explicit line breaks', () => {
    expect(layoutLines('Jens J.', style(), measure)).toEqual(['Jens J.']);
    expect(layoutLines('a\nb', style(), measure)).toEqual(['a', 'b']);
  });

  it('ends the last line with an ellipsis when the text does not fit', () => {
    const lines = layoutLines(
      'en to tre fire fem seks syv otte ni ti',
      style({ maxLines: 2 }),
      measure,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(lines.every((line) => measure(line) <= 100)).toBe(true);
  });

  it('cuts without an ellipsis when asked', () => {
    const lines = layoutLines(
      'en to tre fire fem seks',
      style({ maxLines: 1, ellipsis: false }),
      measure,
    );
    expect(lines).toEqual(['en to tre']);
  });

  it('breaks a word longer than the box between characters', () => {
    expect(layoutLines('Inddragelsesform', style({ maxLines: 4 }), measure)).toEqual([
      'Inddragels',
      'esform',
    ]);
  });

  it('puts a single-line text with an ellipsis inside the width', () => {
    const [line] = layoutLines(
      'Workshop m. borgere, facilitator',
      style({ wrap: 'none' }),
      measure,
    );
    expect(line).toBe('Workshop…');
  });
});
