import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { Check, Plan, Severity } from '../../shared/plan.ts';
import { assertNever } from '../../shared/result.ts';
import type { ChecksPanelProps } from './ChecksPanel.tsx';
import { SEVERITY_ORDER } from './checkSeverity.ts';
import { meetingLabel } from './labels.ts';
import type { OnPlanFocus, PlanFocusTarget } from './types.ts';

function severityIcon(severity: Severity): string {
  switch (severity) {
    case 'error':
      return '⛔';
    case 'warning':
      return '⚠';
    case 'info':
      return 'ℹ';
    default:
      return assertNever(severity);
  }
}

function severityName(severity: Severity, lang: Lang): string {
  switch (severity) {
    case 'error':
      return translate(S.severityError, lang);
    case 'warning':
      return translate(S.severityWarning, lang);
    case 'info':
      return translate(S.severityInfo, lang);
    default:
      return assertNever(severity);
  }
}

/** The note when the finding names one, else its lane, else nothing to show. */
export function checkTarget(check: Check): PlanFocusTarget | null {
  if (check.noteId !== undefined) return { kind: 'note', id: check.noteId };
  if (check.meetingId !== undefined) return { kind: 'lane', id: check.meetingId };
  return null;
}

interface CheckGroup {
  /** A meeting id, or null for the findings about the whole board. */
  readonly meetingId: string | null;
  readonly title: string;
  readonly checks: readonly Check[];
}

/**
 * The findings grouped as the plan reads: the whole board first, then each
 * meeting in board order; within a group, errors before warnings before notes
 * (a stable sort keeps the projection's order otherwise).
 */
export function groupChecks(plan: Plan, lang: Lang): CheckGroup[] {
  const bySeverity = (a: Check, b: Check) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  const known = new Set(plan.meetings.map((m) => m.meetingId));
  const groups: CheckGroup[] = [];
  const board = plan.checks.filter((c) => c.meetingId === undefined || !known.has(c.meetingId));
  if (board.length > 0) {
    groups.push({ meetingId: null, title: translate(S.checksBoard, lang), checks: board });
  }
  for (const meeting of plan.meetings) {
    const checks = plan.checks.filter((c) => c.meetingId === meeting.meetingId);
    if (checks.length === 0) continue;
    const subtheme = meeting.subtheme.trim();
    const label = meetingLabel(meeting, lang);
    groups.push({
      meetingId: meeting.meetingId,
      title: subtheme === '' ? label : `${label}: ${subtheme}`,
      checks,
    });
  }
  return groups.map((g) => ({ ...g, checks: [...g.checks].sort(bySeverity) }));
}

/** The findings, once their messages have loaded (ChecksPanel loads both on first show). */
export function ChecksList({ plan, lang, onFocus }: ChecksPanelProps) {
  const groups = groupChecks(plan, lang);
  return (
    <div className="plan-checks" data-testid="checks-panel">
      {groups.length === 0 && <p className="plan-empty">{translate(S.checksEmpty, lang)}</p>}
      {groups.map((group) => (
        <section
          key={group.meetingId ?? '(board)'}
          className="plan-check-group"
          data-testid={`check-group-${group.meetingId ?? 'board'}`}
        >
          <h3 className="plan-check-group-title">
            {group.meetingId === null ? (
              group.title
            ) : (
              <button
                type="button"
                className="plan-link"
                onClick={() => group.meetingId && onFocus({ kind: 'lane', id: group.meetingId })}
              >
                {group.title}
              </button>
            )}
          </h3>
          <ul className="plan-check-list">
            {group.checks.map((check, i) => (
              <CheckItem
                key={`${check.code}:${check.noteId ?? ''}:${check.personId ?? ''}:${i}`}
                check={check}
                lang={lang}
                onFocus={onFocus}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function CheckItem({ check, lang, onFocus }: { check: Check; lang: Lang; onFocus: OnPlanFocus }) {
  const target = checkTarget(check);
  const content = (
    <>
      <span className="plan-check-icon" role="img" aria-label={severityName(check.severity, lang)}>
        {severityIcon(check.severity)}
      </span>
      <span className="plan-check-message">{check.message[lang]}</span>
    </>
  );
  return (
    <li
      className={`plan-check plan-check-${check.severity}`}
      data-testid={`check-${check.code}`}
      data-severity={check.severity}
    >
      {target === null ? (
        <span className="plan-check-body">{content}</span>
      ) : (
        <button type="button" className="plan-check-body" onClick={() => onFocus(target)}>
          {content}
        </button>
      )}
    </li>
  );
}
