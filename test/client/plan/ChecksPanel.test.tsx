// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CheckCountBadge,
  ChecksPanel,
  preloadChecksPanel,
} from '../../../client/plan/ChecksPanel.tsx';
import type { PlanFocusTarget } from '../../../client/plan/types.ts';
import type { Check, Plan } from '../../../shared/plan.ts';
import { projectPlan } from '../../../shared/projection.ts';
import type { Board } from '../../../shared/schema.ts';
import { paperExampleBoard } from '../../helpers/boards.ts';
import { byTestId, click, mount, type Mounted } from './harness.tsx';

// The list loads on first show; here it is loaded before, so each mount renders it at once.
beforeAll(async () => {
  await preloadChecksPanel();
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** The paper example without its final meeting and with a participant outside any form in m1. */
function boardWithFindings(): Board {
  const board = paperExampleBoard();
  board.meetings = board.meetings.filter((m) => m.id !== 'final');
  board.notes.push({
    id: 'loose',
    kind: 'participant',
    lane: 'm1',
    x: 400,
    y: 134,
    person: 'soeren',
    contribution: '',
    role: '',
    form: null,
  });
  return board;
}

function show(plan: Plan, lang: 'da' | 'en' = 'da') {
  const onFocus = vi.fn<(target: PlanFocusTarget) => void>();
  mounted = mount(<ChecksPanel plan={plan} lang={lang} onFocus={onFocus} />);
  return { panel: byTestId(mounted.container, 'checks-panel'), onFocus };
}

const groupIds = (panel: Element) =>
  [...panel.querySelectorAll('section')].map((s) => s.getAttribute('data-testid'));

describe('checks panel', () => {
  it('shows every finding, grouped: the whole board first, then each meeting in board order', () => {
    const plan = projectPlan(boardWithFindings());
    const { panel } = show(plan);
    expect(groupIds(panel)).toEqual(['check-group-board', 'check-group-m1', 'check-group-m2']);
    expect(panel.querySelectorAll('li')).toHaveLength(plan.checks.length);
    expect(byTestId(panel, 'check-group-board').textContent).toContain('Hele tavlen');
    expect(byTestId(byTestId(panel, 'check-group-m1'), 'check-participant-no-form')).toBeTruthy();
    expect(byTestId(panel, 'check-group-m2').querySelector('h3')?.textContent).toBe(
      'Netværksmøde 2: Borgernes perspektiv',
    );
  });

  it("writes each message in the user's language", () => {
    const plan = projectPlan(boardWithFindings());
    const finding = plan.checks.find((c) => c.code === 'meeting-no-participants');
    expect(finding).toBeDefined();
    const da = show(plan, 'da').panel.textContent;
    expect(da).toContain(finding!.message.da);
    mounted?.unmount();
    const en = show(plan, 'en').panel.textContent;
    expect(en).toContain(finding!.message.en);
    expect(en).not.toContain(finding!.message.da);
  });

  it('focuses the note a finding names, else its lane', () => {
    const { panel, onFocus } = show(projectPlan(boardWithFindings()));
    click(byTestId(panel, 'check-participant-no-form').querySelector('button') as Element);
    expect(onFocus).toHaveBeenLastCalledWith({ kind: 'note', id: 'loose' });
    click(
      byTestId(byTestId(panel, 'check-group-m2'), 'check-core-missing').querySelector(
        'button',
      ) as Element,
    );
    expect(onFocus).toHaveBeenLastCalledWith({ kind: 'lane', id: 'm2' });
    expect(onFocus).toHaveBeenCalledTimes(2);
  });

  it('puts errors before warnings before notes within a group, with their severity', () => {
    const at = (severity: Check['severity'], code: Check['code']): Check => ({
      code,
      severity,
      meetingId: 'm1',
      message: { da: `${code} da`, en: `${code} en` },
    });
    const plan: Plan = {
      ...projectPlan(paperExampleBoard()),
      checks: [
        at('info', 'forms-over-duration'),
        at('warning', 'meeting-no-subtheme'),
        at('error', 'dates-out-of-order'),
      ],
    };
    const { panel } = show(plan);
    const items = [...byTestId(panel, 'check-group-m1').querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-severity'))).toEqual([
      'error',
      'warning',
      'info',
    ]);
    expect(items[0]?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Fejl');
  });

  it('says the plan holds when there is nothing to report', () => {
    const plan: Plan = { ...projectPlan(paperExampleBoard()), checks: [] };
    expect(show(plan).panel.textContent).toBe('Ingen fund — planen holder.');
  });
});

describe('check count badge', () => {
  it('counts the findings and takes the colour of the worst', () => {
    const plan = projectPlan(boardWithFindings());
    mounted = mount(<CheckCountBadge checks={plan.checks} lang="en" />);
    const badge = byTestId(mounted.container, 'check-count');
    expect(badge.textContent).toBe(String(plan.checks.length));
    expect(plan.checks.length).toBeGreaterThan(2);
    const worst = plan.checks.some((c) => c.severity === 'error') ? 'error' : 'warning';
    expect(badge.getAttribute('data-severity')).toBe(worst);
    expect(badge.getAttribute('aria-label')).toBe(`${plan.checks.length} findings in the plan`);
    mounted.render(<CheckCountBadge checks={[]} lang="da" />);
    expect(badge.textContent).toBe('0');
    expect(badge.getAttribute('data-severity')).toBe('none');
  });
});
