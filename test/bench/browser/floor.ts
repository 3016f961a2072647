import type { Browser } from 'playwright-core';
import { instrument, startFrames, stopFrames, type FrameStats } from './page.ts';

/**
 * The instrument's floor: the same frame sampling on a page that does nothing
 * ('idle': an empty page) or next to nothing ('fill': one canvas fill per
 * frame, the board's size). On this machine's headless software rendering
 * even the empty page's raw p95 is a little over 16.7 ms — the figures of the
 * board's gestures are read against these rows.
 */
export async function measureFloor(
  browser: Browser,
  serverUrl: string,
  viewport: { width: number; height: number },
  mode: 'idle' | 'fill',
): Promise<FrameStats> {
  const context = await browser.newContext({ viewport });
  try {
    // tsx names functions with a helper the page does not have.
    await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    await instrument(context);
    const page = await context.newPage();
    // Any page of the server will do; the instrument is installed on navigation.
    await page.goto(`${serverUrl}/healthz`);
    await page.evaluate((mode) => {
      if (mode === 'idle') {
        document.body.replaceChildren();
        return;
      }
      const canvas = document.createElement('canvas');
      canvas.width = innerWidth;
      canvas.height = innerHeight;
      document.body.replaceChildren(canvas);
      const ctx = canvas.getContext('2d');
      let n = 0;
      const paint = () => {
        if (ctx) {
          ctx.fillStyle = `hsl(${n++ % 360} 40% 80%)`;
          ctx.fillRect(0, 0, canvas.width, canvas.height);
        }
        requestAnimationFrame(paint);
      };
      requestAnimationFrame(paint);
    }, mode);
    await startFrames(page);
    await page.waitForTimeout(2_000);
    return await stopFrames(page);
  } finally {
    await context.close();
  }
}
