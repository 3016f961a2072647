// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { computeLayout, headerButtonRect } from '../../client/canvas/boardGeometry.ts';
import type { CanvasController } from '../../client/canvas/controller.ts';
import { attachPointerInput, type PointerInput } from '../../client/canvas/pointerInput.ts';
import { laneX } from '../../shared/layout.ts';
import type { Check } from '../../shared/plan.ts';
import { boardWith } from './boardFixture.ts';

let input: PointerInput | null = null;
afterEach(() => {
  input?.detach();
  input = null;
  document.body.replaceChildren();
});

const noDate: Check = {
  code: 'meeting-no-date',
  severity: 'warning',
  meetingId: 'meetingAAA1',
  message: { da: 'Netværksmøde 1 har ingen dato.', en: 'Network meeting 1 has no date.' },
};

/** What the pointer input reads of the controller while a mouse rests on the board. */
function board(props: { lang: 'da' | 'en'; checks: Check[] }, location = '', subtheme = '') {
  const plain = boardWith([]);
  const meetings = plain.meetings.map((m) => ({ ...m, location, subtheme }));
  const controller = {
    layout: computeLayout({ ...plain, meetings }),
    camera: { x: 0, y: 0, zoom: 1 },
    readOnly: false,
    editing: null,
    overlayGroup: null,
    props: { ...props, presence: { setLocal: () => {} } },
    clientToLocal: (x: number, y: number) => ({ x, y }),
  };
  const container = document.createElement('div');
  document.body.append(container);
  input = attachPointerInput(controller as unknown as CanvasController, container);
  const hover = (x: number, y: number) =>
    container.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        clientX: x,
        clientY: y,
        pointerType: 'mouse',
        buttons: 0,
      }),
    );
  return { controller, container, hover, input };
}

describe('the board tooltip', () => {
  it('follows a language switch while the mouse rests on a lane header', () => {
    const { controller, container, hover, input } = board({ lang: 'da', checks: [noDate] });
    hover(laneX(0) + 20, 20);
    expect(container.title).toBe('Netværksmøde 1 har ingen dato.');

    controller.props.lang = 'en';
    input.refreshHover();

    expect(container.title).toBe('Network meeting 1 has no date.');
  });

  it('follows a language switch on a header button', () => {
    const { controller, container, hover, input } = board({ lang: 'da', checks: [] });
    const button = headerButtonRect('delete');
    hover(laneX(0) + button.x + 4, button.y + 4);
    expect(container.title).toBe('Slet møde');

    controller.props.lang = 'en';
    input.refreshHover();

    expect(container.title).toBe('Delete meeting');
  });

  it('is left alone once the mouse has left the board', () => {
    const { controller, container, hover, input } = board({ lang: 'da', checks: [noDate] });
    hover(laneX(0) + 20, 20);
    container.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    controller.props.lang = 'en';
    input.refreshHover();
    expect(container.title).toBe('Netværksmøde 1 har ingen dato.');
  });
});

const LONG_PLACE = 'Borgerservicecentret i Sundhedshusets østfløj, mødelokale 3 på første sal';

describe("a lane header's tooltip", () => {
  it('gives the date line whole, a long place and all, before its checks', () => {
    const { container, hover } = board({ lang: 'da', checks: [noDate] }, LONG_PLACE);
    hover(laneX(0) + 20, 20);
    expect(container.title).toBe(
      `Ingen dato · 120 min. · ${LONG_PLACE}\nNetværksmøde 1 har ingen dato.`,
    );
  });

  it('gives it alone where the header has no checks, in the page language', () => {
    const { container, hover } = board({ lang: 'en', checks: [] }, LONG_PLACE);
    hover(laneX(0) + 20, 20);
    expect(container.title).toBe(`No date · 120 min · ${LONG_PLACE}`);
  });

  it('has no date line for a meeting without a place (the header shows it whole)', () => {
    const { container, hover } = board({ lang: 'da', checks: [] });
    hover(laneX(0) + 20, 20);
    expect(container.title).toBe('');
  });

  it('gives a sub-theme the header cuts short whole, first, as the header reads', () => {
    const { container, hover } = board({ lang: 'da', checks: [noDate] }, LONG_PLACE, LONG_SUBTHEME);
    hover(laneX(0) + 20, 20);
    expect(container.title).toBe(
      `${LONG_SUBTHEME}\nIngen dato · 120 min. · ${LONG_PLACE}\nNetværksmøde 1 har ingen dato.`,
    );
    const noPlace = board({ lang: 'en', checks: [] }, '', `  ${LONG_SUBTHEME} `);
    noPlace.hover(laneX(0) + 20, 20);
    expect(noPlace.container.title).toBe(LONG_SUBTHEME);
  });

  it('leaves out a sub-theme the header shows whole', () => {
    const { container, hover } = board({ lang: 'da', checks: [] }, '', 'Borgernes perspektiv');
    hover(laneX(0) + 20, 20);
    expect(container.title).toBe('');
  });
});

/** Past the header's two lines at any width a sans-serif font of 15 px gives it. */
const LONG_SUBTHEME =
  'Hvordan bruger vi borgernes egne erfaringer, når vi planlægger indsatser sammen med ' +
  'jobcentret, sundhedsplejen og de frivillige foreninger i lokalområdet?';
