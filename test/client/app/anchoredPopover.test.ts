import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../client/app/anchoredPopover.ts';

/** A toolbar button at `left`, `width` wide, on the toolbar's first row. */
const button = (left: number, width: number, top = 8, height = 34) => ({
  left,
  right: left + width,
  top,
  bottom: top + height,
});

const laptop = { width: 1366, height: 768 };

describe('where a toolbar popover opens', () => {
  it('opens under its button, left edges aligned, when it fits there', () => {
    // "+ Møde" at 448 px on a laptop: its menu is 367 px wide.
    expect(placePopover(button(448, 84), { width: 367, height: 96 }, laptop)).toEqual({
      left: 448,
      top: 46,
      maxHeight: 768 - 8 - 46,
    });
  });

  it('aligns the right edges when the left-aligned box would leave the screen', () => {
    // "Del" near the right edge, its panel 360 px wide.
    const place = placePopover(button(1221, 47), { width: 360, height: 497 }, laptop);
    expect(place.left).toBe(1268 - 360);
    expect(place.top).toBe(46);
  });

  it('stays on screen when it fits neither way, and on a screen narrower than itself', () => {
    // A phone: the button's right edge is too far left to align to.
    const phone = { width: 600, height: 800 };
    expect(placePopover(button(258, 85), { width: 367, height: 96 }, phone).left).toBe(8);
    // A button half off the right edge (the toolbar scrolled sideways): in from the edge.
    expect(placePopover(button(580, 30), { width: 420, height: 96 }, phone).left).toBe(172);
    expect(placePopover(button(100, 80), { width: 700, height: 96 }, phone).left).toBe(8);
  });

  it('opens under a button on the toolbar’s second row', () => {
    const place = placePopover(button(111, 131, 48), { width: 270, height: 254 }, laptop);
    expect(place).toEqual({ left: 111, top: 86, maxHeight: 768 - 8 - 86 });
  });

  it('scrolls within the room below it on a short screen, rather than leaving it', () => {
    const short = { width: 1024, height: 400 };
    const place = placePopover(button(450, 47, 57, 44), { width: 360, height: 554 }, short);
    expect(place.top).toBe(105);
    expect(place.maxHeight).toBe(400 - 8 - 105);
  });

  it('opens above a button low on the screen when there is more room there', () => {
    const place = placePopover(button(100, 80, 700), { width: 300, height: 250 }, laptop);
    expect(place.top).toBe(700 - 4 - 250);
    expect(place.maxHeight).toBe(700 - 4 - 8);
    // Taller than the room above: it starts at the top edge, and scrolls.
    const tall = placePopover(button(100, 80, 700), { width: 300, height: 900 }, laptop);
    expect(tall.top).toBe(8);
    expect(tall.maxHeight).toBe(688);
  });
});
