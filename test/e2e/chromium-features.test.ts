import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sleep } from './browserHelpers.ts';
import { NO_OMNIBOX_WEBUI } from './chromiumFeatures.ts';
import { CHROMIUM_ARGS, launchBrowser } from './harness.ts';

/**
 * The tests' Chromium (harness.ts, chromiumFeatures.ts): a new browser context
 * starts no WebUI renderer of Chromium's own beside the page, and Playwright's
 * own disabled features stay disabled. Read from /proc: the processes this
 * test's browser started and their command lines.
 */

interface Proc {
  readonly pid: number;
  readonly args: readonly string[];
}

/** This process's descendants (Chromium's browser, zygotes, renderers…). */
function descendants(): Proc[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        // Chromium's child processes rewrite their command line as one string.
        const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split(/[\0 ]/);
        return [{ pid: Number(name), ppid, args }];
      } catch {
        return []; // ended meanwhile
      }
    });
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (ours.has(p.ppid) && !ours.has(p.pid)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => p.pid !== process.pid && ours.has(p.pid));
}

/** The `--disable-features` values of the browser processes (no `--type`) started since `before`. */
function newBrowsersFeatures(before: ReadonlySet<number>): string[][] {
  return descendants()
    .filter((p) => !before.has(p.pid) && !p.args.some((arg) => arg.startsWith('--type=')))
    .map((p) => p.args.filter((arg) => arg.startsWith('--disable-features=')));
}

const pids = () => new Set(descendants().map((p) => p.pid));

describe.runIf(existsSync('/proc/self/stat'))("the tests' Chromium", () => {
  it("keeps Playwright's disabled features and adds the omnibox WebUI's, in the --disable-features Chromium reads", async () => {
    const before = pids();
    const plain = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const [plainSwitches] = newBrowsersFeatures(before);
    await plain.close();
    const playwrights = plainSwitches?.at(-1)?.split('=')[1]?.split(',') ?? [];
    expect(playwrights.length).toBeGreaterThan(3);

    const before2 = pids();
    const browser = await launchBrowser();
    try {
      const [switches] = newBrowsersFeatures(before2);
      // Chromium honours only the last one (Playwright's own comes first).
      const ours = new Set(switches?.at(-1)?.split('=')[1]?.split(','));
      for (const feature of [...playwrights, ...NO_OMNIBOX_WEBUI]) expect(ours).toContain(feature);
    } finally {
      await browser.close();
    }
  });

  it('starts no WebUI renderer of its own for a new browser context', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      await context.newPage();
      // Chromium makes the omnibox popup's renderer within a second of the window.
      await sleep(1_500);
      const webUi = descendants().filter((p) => p.args.includes('--top-chrome-webui'));
      expect(webUi.map((p) => p.args.slice(0, 2).join(' '))).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
