import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Chromium's omnibox popup is a WebUI page (chrome://omnibox-popup.top-chrome),
 * made in a renderer of its own for every new window; headless, every browser
 * context is a window. It took ~1.3 s of CPU in the 2 s after each `newPage`,
 * on the two cores the page under test loads on: the browser benchmark's load
 * measured 0.3–0.5 s of Chromium's window rather than the app (issue 4), and
 * every e2e user paid it. All three must be off for the renderer not to start.
 */
export const NO_OMNIBOX_WEBUI = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
];

/**
 * The features Playwright disables for Chromium. Chromium honours only the last
 * `--disable-features`, so ours must repeat Playwright's list, which it does
 * not export: it is read from its bundle. A Playwright whose bundle no longer
 * has it fails here, loudly, rather than dropping its list
 * (test/e2e/chromium-features.test.ts checks the result).
 */
export function playwrightDisabledFeatures(): string[] {
  const bundle = createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle');
  const list = /\bdisabledFeatures = \[([\s\S]*?)\]/.exec(readFileSync(bundle, 'utf8'))?.[1];
  const names = [...(list ?? '').matchAll(/^\s*"(\w+)",?\s*$/gm)].map((match) => match[1] ?? '');
  if (names.length === 0) throw new Error(`no disabledFeatures list in ${bundle}`);
  return names;
}

/** Playwright's disabled features and ours, as Chromium's one `--disable-features`. */
export function disableFeaturesArg(): string {
  return `--disable-features=${[...playwrightDisabledFeatures(), ...NO_OMNIBOX_WEBUI].join(',')}`;
}
