// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { LandingPage } from '../../../client/app/LandingPage.tsx';
import { byTestId, mount, typeInto, type Mounted } from '../plan/harness.tsx';

/**
 * A date input shows the browser's format, not the page's: a Danish page in an English
 * browser reads 01/11/2027. The chosen start date is written out under it in the page's
 * language.
 */

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe("the landing page's start date", () => {
  it("is written out in the page's language once a whole date is chosen", () => {
    mounted = mount(<LandingPage lang="da" setLang={() => {}} navigate={() => {}} />);
    const { container } = mounted;
    const written = () => container.querySelector('[data-testid="written-out-date"]');
    typeInto(byTestId<HTMLInputElement>(container, 'create-start'), '');
    expect(written()).toBeNull();
    typeInto(byTestId<HTMLInputElement>(container, 'create-start'), '2027-01-11');
    expect(written()?.textContent).toBe('11. januar 2027');
    mounted.render(<LandingPage lang="en" setLang={() => {}} navigate={() => {}} />);
    expect(written()?.textContent).toBe('11 January 2027');
  });
});
