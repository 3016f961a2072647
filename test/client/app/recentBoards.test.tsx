// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { LandingPage } from '../../../client/app/LandingPage.tsx';
import type { Lang } from '../../../shared/i18n/index.ts';
import { mount, type Mounted } from '../plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  localStorage.clear();
});

function recentList(lang: Lang): string {
  mounted = mount(<LandingPage lang={lang} setLang={() => {}} navigate={() => {}} />);
  return mounted.container.querySelector('.recent-list')?.textContent ?? '';
}

describe('the landing page’s recently opened boards', () => {
  it('are dated as the plan writes dates, in English too (not 11/30/2026)', () => {
    // Noon local time: the same calendar day in every time zone the test may run in.
    const openedAt = new Date(2026, 10, 30, 12).getTime();
    const entry = { path: '/b/abc', title: 'Ensomhed blandt unge', readOnly: false, openedAt };
    localStorage.setItem('netvaerkstavle.recent', JSON.stringify([entry]));
    expect(recentList('en')).toContain('30 November 2026');
    mounted?.unmount();
    expect(recentList('da')).toContain('30. november 2026');
  });
});
