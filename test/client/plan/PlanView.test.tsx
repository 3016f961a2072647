// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadChecksPanel } from '../../../client/plan/ChecksPanel.tsx';
import type { PlanTab } from '../../../client/plan/PlanView.tsx';
import type { PlanFocusTarget } from '../../../client/plan/types.ts';
import { paperExampleBoard } from '../../helpers/boards.ts';
import {
  LivePlan,
  byTestId,
  click,
  liveBoard,
  mount,
  pressKey,
  waitForDom,
  type Mounted,
} from './harness.tsx';

// The checks' list loads on first show (ChecksPanel); loaded before, a tab shows it at once.
beforeAll(async () => {
  await preloadChecksPanel();
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const has = (root: Element, id: string) => root.querySelector(`[data-testid="${id}"]`) !== null;

describe('plan view', () => {
  it('switches between the plan, the overview (loaded on first use) and the checks', async () => {
    mounted = mount(
      <LivePlan
        live={liveBoard(paperExampleBoard())}
        lang="da"
        readOnly={false}
        onFocus={() => {}}
      />,
    );
    const view = byTestId(mounted.container, 'plan-view');
    expect(has(view, 'plan-meeting-m1')).toBe(true);
    expect(byTestId(view, 'plan-tab-checks').textContent).toBe('Tjek4');
    click(byTestId(view, 'plan-tab-overview'));
    await waitForDom(() => has(view, 'plan-overview'));
    expect(has(view, 'plan-meeting-m1')).toBe(false);
    expect(byTestId(view, 'plan-tab-overview').getAttribute('aria-selected')).toBe('true');
    pressKey(byTestId(view, 'plan-tab-overview'), 'ArrowRight');
    expect(has(view, 'checks-panel')).toBe(true);
    expect(document.activeElement).toBe(byTestId(view, 'plan-tab-checks'));
  });

  it('follows the tab the page chooses and reports the user choosing another', () => {
    const onTabChange = vi.fn<(tab: PlanTab) => void>();
    const live = liveBoard(paperExampleBoard());
    const view = (tab: PlanTab) => (
      <LivePlan
        live={live}
        lang="da"
        readOnly={false}
        onFocus={() => {}}
        tab={tab}
        onTabChange={onTabChange}
      />
    );
    mounted = mount(view('checks'));
    expect(has(mounted.container, 'checks-panel')).toBe(true);
    click(byTestId(mounted.container, 'plan-tab-plan'));
    expect(onTabChange).toHaveBeenCalledWith('plan');
    // Controlled: the page decides; until it does, the checks stay.
    expect(has(mounted.container, 'checks-panel')).toBe(true);
    mounted.render(view('plan'));
    expect(has(mounted.container, 'plan-meeting-m1')).toBe(true);
  });

  it('calls the latest onFocus the page passed, though the table keeps a stable callback', () => {
    const live = liveBoard(paperExampleBoard());
    const first = vi.fn<(target: PlanFocusTarget) => void>();
    const second = vi.fn<(target: PlanFocusTarget) => void>();
    mounted = mount(<LivePlan live={live} lang="da" readOnly onFocus={first} />);
    mounted.render(<LivePlan live={live} lang="da" readOnly onFocus={second} />);
    click(byTestId(byTestId(mounted.container, 'plan-row-n1'), 'plan-cell-contribution'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ kind: 'note', id: 'n1' });
  });
});
