import { describe, expect, it, vi } from 'vitest';
import {
  checkMessagesLoaded,
  loadCheckMessages,
  onCheckMessagesLoaded,
  standInMessages,
} from '../../../client/plan/checkWording.ts';
import { CHECK_MESSAGES } from '../../../shared/i18n/checks.ts';

/**
 * The build hands shared/check-object.ts this stand-in for the checks'
 * messages (vite.config.ts, lazyCheckMessages); the board page loads them when
 * a check is first shown (issue 6: start-up JavaScript). One module state per
 * file: the stand-in is taken once, as in the build.
 */
describe('the checks messages loaded on first use', () => {
  const standIn = standInMessages();
  const meeting = { kind: 'network', number: 2, subtheme: 'Overgange', date: null } as const;

  it('are not read before they load: a message read then throws rather than being worded wrong', () => {
    expect(checkMessagesLoaded()).toBe(false);
    expect(() => standIn['meeting-no-date']({ meeting })).toThrow(
      /meeting-no-date.*before it loaded/,
    );
  });

  it('once loaded, word each check as the table does, and tell who waited for them', async () => {
    const waited = vi.fn();
    const stop = onCheckMessagesLoaded(waited);
    await loadCheckMessages();
    stop();
    expect(waited).toHaveBeenCalledTimes(1);
    expect(checkMessagesLoaded()).toBe(true);
    expect(standIn['meeting-no-date']({ meeting })).toEqual(
      CHECK_MESSAGES['meeting-no-date']({ meeting }),
    );
    expect(standIn['no-final-meeting']({})).toEqual(CHECK_MESSAGES['no-final-meeting']({}));
    await loadCheckMessages(); // loaded: nothing more
    expect(waited).toHaveBeenCalledTimes(1);
  });
});
