import type { Check, Severity } from '../../shared/plan.ts';

/** Errors before warnings before notes. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The worst severity among the findings, for the badge's colour. */
export function worstSeverity(checks: readonly Check[]): Severity | null {
  let worst: Severity | null = null;
  for (const check of checks) {
    if (worst === null || SEVERITY_ORDER[check.severity] < SEVERITY_ORDER[worst]) {
      worst = check.severity;
    }
  }
  return worst;
}
