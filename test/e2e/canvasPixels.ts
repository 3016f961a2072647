import type { Page } from 'playwright-core';
import type { Rect } from './harness.ts';

export type Rgb = readonly [number, number, number];

/**
 * The board's pixels in a client rectangle (CSS px, rounded), read from the
 * canvas layers as they are composited, two frames after the last input:
 * [r, g, b] per CSS pixel, row by row.
 */
export async function boardPixels(page: Page, rect: Rect): Promise<number[]> {
  return page.evaluate(async ({ x, y, width, height }) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const w = Math.max(1, Math.round(width));
    const h = Math.max(1, Math.round(height));
    const out = document.createElement('canvas');
    out.width = w;
    out.height = h;
    const context = out.getContext('2d');
    if (!context) throw new Error('no 2d context');
    for (const layer of document.querySelectorAll<HTMLCanvasElement>(
      '[data-testid="board-canvas"] canvas',
    )) {
      const box = layer.getBoundingClientRect();
      const scale = layer.width / box.width;
      const sx = (Math.round(x) - box.x) * scale;
      const sy = (Math.round(y) - box.y) * scale;
      context.drawImage(layer, sx, sy, w * scale, h * scale, 0, 0, w, h);
    }
    const data = context.getImageData(0, 0, w, h).data;
    const rgb: number[] = [];
    for (let i = 0; i < data.length; i += 4)
      rgb.push(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0);
    return rgb;
  }, rect);
}

/** The colour at a client point (see boardPixels). */
export async function colourAt(page: Page, at: { x: number; y: number }): Promise<Rgb> {
  const [r = 0, g = 0, b = 0] = await boardPixels(page, { x: at.x, y: at.y, width: 1, height: 1 });
  return [r, g, b];
}

/**
 * How many pixels of a PNG (a downloaded picture of the board) are within
 * `tolerance` of `rgb` in every channel: in all its rows, or in `rows`
 * (`top` < 0 counts from the bottom), and of those in all columns or in `columns`.
 * Decoded by the page's browser.
 */
export async function pngPixelsNear(
  page: Page,
  png: Buffer,
  rgb: Rgb,
  options: {
    rows?: { top: number; count: number };
    columns?: { left: number; count: number };
    tolerance?: number;
  } = {},
): Promise<{ count: number; width: number; height: number }> {
  return page.evaluate(
    async ({ base64, rgb, rows, columns, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const top = rows ? (rows.top < 0 ? canvas.height + rows.top : rows.top) : 0;
      const data = context.getImageData(
        columns?.left ?? 0,
        top,
        columns?.count ?? canvas.width,
        rows?.count ?? canvas.height,
      ).data;
      const near = (v: number | undefined, want: number) => Math.abs((v ?? 0) - want) < tolerance;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (near(data[i], rgb[0]) && near(data[i + 1], rgb[1]) && near(data[i + 2], rgb[2]))
          count++;
      }
      return { count, width: canvas.width, height: canvas.height };
    },
    {
      base64: png.toString('base64'),
      rgb,
      rows: options.rows,
      columns: options.columns,
      tolerance: options.tolerance ?? 24,
    },
  );
}
