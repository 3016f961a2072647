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

  it('breaks a word longer than the box between characters, with a hyphen at the break', () => {
    expect(layoutLines('Inddragelsesform', style({ maxLines: 4 }), measure)).toEqual([
      'Inddragel-',
      'sesform',
    ]);
    // Zoomed out, a title's first word may be wider than the card: "Worksho|p m.…" read as a
    // typo, and so did "Worksho-" / "p m.…": the break carries three letters at least.
    expect(layoutLines('Workshop m. borgere', style({ width: 70, maxLines: 2 }), measure)).toEqual([
      'Works-',
      'hop m.…',
    ]);
  });

  it('breaks a word inside only when it does not fit a line of its own', () => {
    expect(
      layoutLines('Netværkskoordinator i Socialforvaltningen', style({ width: 210 }), measure),
    ).toEqual(['Netværkskoordinator i', 'Socialforvaltningen']);
  });

  it('breaks a hyphenated compound after its own hyphens first', () => {
    expect(layoutLines('Walk-and-talk med unge', style({ maxLines: 2 }), measure)).toEqual([
      'Walk-and-',
      'talk med…',
    ]);
    expect(layoutLines('Walk-and-talk', style({ width: 60 }), measure)).toEqual([
      'Walk-',
      'and-',
      'talk',
    ]);
    // A part still too long is cut with a hyphen; the word's own hyphen gets no second one.
    expect(layoutLines('Ungdomsuddannelse-x', style({ width: 90, maxLines: 4 }), measure)).toEqual([
      'Ungdomsu-',
      'ddanne-',
      'lse-x',
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

  it('measures each distinct word once, not every growing line', () => {
    const measured: string[] = [];
    const counting = (text: string) => {
      measured.push(text);
      return measure(text);
    };
    const lines = layoutLines(
      'ensomhed blandt unge og ensomhed blandt ældre',
      style({ width: 160, maxLines: 5 }),
      counting,
    );
    expect(lines).toEqual(['ensomhed blandt', 'unge og ensomhed', 'blandt ældre']);
    // Only single words and the space: a candidate line ("ensomhed blandt unge") is never measured.
    expect(measured.filter((text) => text !== ' ' && /\s/.test(text))).toEqual([]);
  });

  it('wraps as measuring whole lines would when widths add up', () => {
    // Characters of different widths; a line's width is the sum of its characters'.
    const varied = (text: string) =>
      [...text].reduce((sum, char) => sum + 4 + (char.charCodeAt(0) % 7), 0);
    /** The greedy wrap by whole-line measures, as textLayout did it before. */
    const byWholeLines = (paragraph: string, width: number) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (varied(candidate) <= width) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      return [...lines, line];
    };
    const words = ['Oplæg', 'om', 'ensomhed', 'blandt', 'unge', 'i', 'Aarhus', 'Kommune', 'ml.'];
    for (let seed = 0; seed < 200; seed++) {
      const text = Array.from(
        { length: 3 + (seed % 9) },
        (_, i) => words[(seed * 7 + i * 5) % words.length],
      ).join(' ');
      const width = 90 + ((seed * 13) % 120); // every word fits a line of its own
      expect(layoutLines(text, style({ width, maxLines: 20 }), varied)).toEqual(
        byWholeLines(text, width),
      );
    }
  });
});
