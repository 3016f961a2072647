import { describe, expect, it } from 'vitest';
import { fitTag, type Measure } from '../../client/canvas/tagFit.ts';
import { NOTE_WIDTH } from '../../shared/layout.ts';

/**
 * Others' name tags (on a post-it someone edits or drags, at a cursor) are
 * drawn at screen size. With the whole board in view on a projector or a
 * whiteboard (~29 %, a post-it ~52 px wide) a full "✎ Tablet-Anne" covered the
 * neighbouring post-its: a tag now keeps within one post-it's width on screen.
 */

/** 8 px a character in the tags' 13 px font, 6.5 in the smaller 11 px one. */
const measure: Measure = (text, font) => [...text].length * (font.includes('13px') ? 8 : 6.5);
const room = (zoom: number) => NOTE_WIDTH * zoom;

describe('a presence name tag', () => {
  it('is as before at 100 % and closer, a long name included', () => {
    for (const name of ['Tablet-Anne', 'Margrethe Christiansen-Holm fra Skoletjenesten']) {
      for (const zoom of [1, 2]) {
        const fit = fitTag('✎ ', name, zoom, measure);
        expect(fit).toMatchObject({ text: `✎ ${name}`, small: false, height: 23 });
        expect(fit.font).toContain('bold 13px');
        expect(fit.width).toBe(Math.ceil(measure(`✎ ${name}`, fit.font)) + 10);
      }
    }
  });

  it('keeps its full size from half size up where the whole name fits a post-it', () => {
    expect(fitTag('✎ ', 'Bo', 0.5, measure)).toMatchObject({ text: '✎ Bo', small: false });
  });

  it('is the small tag further out, however short the name: a full one covers a post-it below', () => {
    expect(fitTag('✎ ', 'Bo', 0.45, measure)).toMatchObject({ text: '✎ Bo', small: true });
  });

  it('takes a smaller font before it shortens the name', () => {
    // Full: 13 × 8 + 10 = 114 px, more than the post-it's 108; small: 91.
    expect(fitTag('✎ ', 'Tablet-Anne', 0.6, measure)).toMatchObject({
      text: '✎ Tablet-Anne',
      small: true,
      width: 91,
      height: 17,
    });
  });

  it('shows initials at the whole board’s zoom, which tell Tablet-Anne from Tablet-Bo', () => {
    expect(fitTag('✎ ', 'Tablet-Anne', 0.29, measure).text).toBe('✎ TA');
    expect(fitTag('✎ ', 'Tablet-Bo', 0.29, measure).text).toBe('✎ TB');
    expect(fitTag('', 'Jens Jensen', 0.29, measure).text).toBe('JJ');
  });

  it('cuts a name of one word short with an ellipsis', () => {
    expect(fitTag('✎ ', 'Mette', 0.2, measure).text).toBe('✎ M…');
    expect(fitTag('', 'Mette', 0.2, measure).text).toBe('Met…');
  });

  it('comes down to the pencil or an initial on a coloured chip, then to nothing', () => {
    expect(fitTag('✎ ', 'Tablet-Anne', 0.1, measure)).toMatchObject({ text: '✎', width: 17 });
    expect(fitTag('', 'Anne', 0.1, measure)).toMatchObject({ text: 'A', width: 17 });
    expect(fitTag('✎ ', 'Anne', 0.05, measure)).toMatchObject({ text: '', width: 0, height: 0 });
  });

  it('is never wider than a post-it on screen below 100 %', () => {
    const names = ['Anne', 'Tablet-Anne', 'Bent', 'Margrethe Christiansen-Holm', 'Gæst'];
    for (let zoom = 0.02; zoom < 1; zoom += 0.01) {
      for (const name of names) {
        for (const prefix of ['', '✎ ']) {
          expect(fitTag(prefix, name, zoom, measure).width).toBeLessThanOrEqual(room(zoom));
        }
      }
    }
  });
});
