// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LandingPage } from '../../../client/app/LandingPage.tsx';
import { byTestId, mount, typeInto, type Mounted } from '../plan/harness.tsx';

/**
 * A theme pasted over the title's limit is kept whole and refused with its
 * length (the field's maxLength used to cut it short without a word). A start
 * date outside the years 2000–2100 (shared/schema.ts TYPED_YEARS) is refused,
 * saying which years: a slip ("0201") made a board planned 1,800 years ago, and
 * a period ending after 9999 lost its dates silently.
 */

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

async function create(
  start: string,
  title = 'Ensomhed blandt unge',
): Promise<{ alerts: string[]; asked: boolean }> {
  const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
    new Response(JSON.stringify({ id: 'e', viewId: 'v', editUrl: '/b/e', viewUrl: '/v/v' }), {
      status: 201,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  mounted?.unmount();
  mounted = mount(<LandingPage lang="da" setLang={() => {}} navigate={() => {}} />);
  const { container } = mounted;
  typeInto(byTestId<HTMLInputElement>(container, 'create-title'), title);
  typeInto(byTestId<HTMLInputElement>(container, 'create-start'), start);
  const form = byTestId(container, 'create-submit').closest('form');
  await act(async () => {
    form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  const alerts = [...container.querySelectorAll('[role="alert"] li')].map(
    (li) => li.textContent ?? '',
  );
  return { alerts, asked: fetch.mock.calls.length > 0 };
}

describe('the landing page: a start date outside the years 2000–2100', () => {
  it('refuses a far-past year typed by a slip (0201 for 2026), saying which years, and asks the server nothing', async () => {
    expect(await create('0201-03-02')).toEqual({
      alerts: ['Vælg en startdato fra år 2000 til 2100.'],
      asked: false,
    });
    expect(byTestId(mounted!.container, 'create-start').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a start far in the future (its period would even end after 9999)', async () => {
    expect((await create('9999-12-01')).alerts).toEqual([
      'Vælg en startdato fra år 2000 til 2100.',
    ]);
    expect((await create('2101-01-01')).asked).toBe(false);
  });

  it('takes the first and the last day of the range', async () => {
    expect(await create('2000-01-01')).toEqual({ alerts: [], asked: true });
    expect(await create('2100-12-31')).toEqual({ alerts: [], asked: true });
  });
});

describe('the landing page: a theme longer than a title may be', () => {
  it('keeps a pasted 300-character theme whole and says how long it may be', async () => {
    const theme = 'Unge og ensomhed '.repeat(20).slice(0, 300);
    expect(await create('2027-01-11', theme)).toEqual({
      alerts: ['Temaet er for langt: 300 tegn, højst 200.'],
      asked: false,
    });
    const field = byTestId<HTMLInputElement>(mounted!.container, 'create-title');
    expect(field.value).toBe(theme);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
