import { describe, expect, it } from 'vitest';
import { titleLines } from '../../client/canvas/titleLines.ts';

/** Every letter 10 px wide. */
const measure = (text: string) => text.length * 10;
const FONT = '600 32px system-ui';

describe("a PNG's board title", () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('  Ensomhed blandt unge ', FONT, 400, measure)).toEqual([
      'Ensomhed blandt unge',
    ]);
  });

  it('wraps a long title between words, every line within the image, nothing cut', () => {
    const title =
      'Netværk om ensomhed blandt unge i overgangen fra grundskole til ungdomsuddannelse, Aarhus Kommune 2027';
    const lines = titleLines(title, FONT, 300, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(title);
  });

  it('breaks a word wider than a line between letters, with a hyphen, as on a post-it', () => {
    const lines = titleLines('Ungdomsuddannelsesvejledningen', FONT, 100, measure);
    expect(lines).toEqual(['Ungdomsud-', 'dannelses-', 'vejlednin-', 'gen']);
  });

  it('has no lines for an empty title (no band)', () => {
    expect(titleLines('   ', FONT, 300, measure)).toEqual([]);
  });
});
