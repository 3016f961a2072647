// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LandingPage } from '../../../client/app/LandingPage.tsx';
import type { Lang } from '../../../shared/i18n/index.ts';
import { byTestId, mount, typeInto, type Mounted } from '../plan/harness.tsx';

/**
 * The landing page's number of network meetings follows the rule the API
 * applies (shared/template.ts): whole numbers from 0 to 20.
 */

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

function show(lang: Lang = 'da') {
  const navigate = vi.fn<(to: string) => void>();
  const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
    new Response(JSON.stringify({ id: 'e', viewId: 'v', editUrl: '/b/e', viewUrl: '/v/v' }), {
      status: 201,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  mounted = mount(<LandingPage lang={lang} setLang={() => {}} navigate={navigate} />);
  const { container } = mounted;
  typeInto(byTestId<HTMLInputElement>(container, 'create-title'), 'Ensomhed blandt unge');
  typeInto(byTestId<HTMLInputElement>(container, 'create-start'), '2027-01-11');
  return { container, navigate, fetch };
}

async function create(container: HTMLElement, meetings: string): Promise<string[]> {
  typeInto(byTestId<HTMLInputElement>(container, 'create-meetings'), meetings);
  const form = byTestId(container, 'create-submit').closest('form');
  await act(async () => {
    form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  return [...container.querySelectorAll('[role="alert"] li')].map((li) => li.textContent ?? '');
}

describe('the landing page: number of network meetings', () => {
  it('offers the range the API takes, 0 to 20', () => {
    const { container } = show();
    const field = byTestId<HTMLInputElement>(container, 'create-meetings');
    expect([field.min, field.max, field.value]).toEqual(['0', '20', '5']);
  });

  it.each(['21', '-1', '2.5', '', 'fem'])(
    'refuses %j with the range in Danish, and asks the server for nothing',
    async (typed) => {
      const { container, fetch, navigate } = show();
      expect(await create(container, typed)).toEqual([
        'Antal netværksmøder skal være et helt tal fra 0 til 20.',
      ]);
      expect(fetch).not.toHaveBeenCalled();
      expect(navigate).not.toHaveBeenCalled();
    },
  );

  it('says it in English for English users', async () => {
    const { container } = show('en');
    expect(await create(container, '30')).toEqual([
      'The number of network meetings must be a whole number from 0 to 20.',
    ]);
  });

  it.each([
    ['0', 0],
    [' 20 ', 20],
    ['12', 12],
  ])('creates a board for %j network meetings, as the API allows', async (typed, count) => {
    const { container, fetch, navigate } = show();
    expect(await create(container, typed)).toEqual([]);
    const body = JSON.parse(String(fetch.mock.calls[0]?.[1]?.body)) as Record<string, unknown>;
    expect(body).toEqual({
      title: 'Ensomhed blandt unge',
      start: '2027-01-11',
      networkMeetings: count,
      // The page's language: the template's forms are seeded in it.
      lang: 'da',
    });
    expect(navigate).toHaveBeenCalledWith('/b/e');
  });
});

describe('the landing page: where a refused form sends the user', () => {
  it('moves the focus to the first wrong field and marks the wrong ones until they are typed in', async () => {
    const { container } = show('da');
    const title = byTestId<HTMLInputElement>(container, 'create-title');
    const meetings = byTestId<HTMLInputElement>(container, 'create-meetings');
    typeInto(title, '   ');
    byTestId(container, 'create-submit').focus();
    expect(await create(container, '21')).toHaveLength(2);
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(meetings.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId(container, 'create-start').hasAttribute('aria-invalid')).toBe(false);
    const errors = container.querySelector('[role="alert"]');
    expect(title.getAttribute('aria-describedby')).toBe(errors?.id);
    typeInto(title, 'Ensomhed blandt unge');
    expect(title.hasAttribute('aria-invalid')).toBe(false);
    expect(meetings.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the landing page: messages follow the language', () => {
  it('shows a message made in Danish in English once the page is switched', async () => {
    const { container } = show('da');
    expect(await create(container, '21')).toEqual([
      'Antal netværksmøder skal være et helt tal fra 0 til 20.',
    ]);
    mounted?.render(<LandingPage lang="en" setLang={() => {}} navigate={() => {}} />);
    const shown = [...container.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    expect(shown).toEqual(['The number of network meetings must be a whole number from 0 to 20.']);
  });
});

describe('the landing page: what the server refused, in the user’s words', () => {
  const answer = (status: number, body: string, type = 'application/json') =>
    vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(body, { status, headers: { 'Content-Type': type } }));

  it('words a known error code itself instead of showing the API’s English message', async () => {
    const { container } = show('da');
    answer(
      503,
      JSON.stringify({
        error: 'store-unavailable',
        message: 'The board could not be stored; try again',
      }),
    );
    expect(await create(container, '5')).toEqual([
      'Serveren kunne ikke gemme tavlen lige nu. Prøv igen om lidt.',
    ]);
    mounted?.render(<LandingPage lang="en" setLang={() => {}} navigate={() => {}} />);
    const shown = [...container.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    expect(shown).toEqual(['The server could not store the board just now. Try again shortly.']);
  });

  it('words a store too slow to store the board as a store that could not', async () => {
    const { container } = show('en');
    answer(
      503,
      JSON.stringify({
        error: 'store-slow',
        message: 'The store is not answering; try again shortly',
      }),
    );
    expect(await create(container, '5')).toEqual([
      'The server could not store the board just now. Try again shortly.',
    ]);
  });

  it('names an unknown failure by its HTTP status (a proxy’s HTML page has no code)', async () => {
    const { container } = show('da');
    answer(502, '<html><body>Bad gateway</body></html>', 'text/html');
    expect(await create(container, '5')).toEqual([
      'Serveren svarede med en fejl (HTTP 502). Prøv igen om lidt.',
    ]);
  });
});
