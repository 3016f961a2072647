import { memo, useMemo } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { distinctMeetingTitles } from '../../shared/i18n/meetings.ts';
import { CATEGORY_STRINGS, PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { OVERVIEW_STRINGS as O } from '../../shared/i18n/overview.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { Overview as PlanOverview, Plan, PlanMeeting } from '../../shared/plan.ts';
import { PERSON_CATEGORIES } from '../../shared/schema.ts';
import { dateLabel, planHeading } from './labels.ts';
import { hyphenateLongWords } from '../../shared/hyphenate.ts';
import { planParticipantLabel } from '../../shared/plan-labels.ts';
import type { OnPlanFocus } from './types.ts';
import { WINDOW_ABOVE_ROWS, useRowWindow, windowRows } from '../app/useRowWindow.tsx';
import { planWindowGap } from './windowGap.tsx';
import { SoftHyphens } from './SoftHyphens.tsx';

type OverviewPerson = PlanOverview['people'][number];

/** A first guess of a row's height (px) until rows have been measured. */
const ROW_ESTIMATE = 26;

export interface OverviewProps {
  readonly plan: Plan;
  readonly lang: Lang;
  /** Clicking a column heading focuses that lane on the board. */
  readonly onFocus?: OnPlanFocus;
}

/** "✓" for one note, the number of notes for more (a person placed twice is worth seeing). */
function attendance(count: number, lang: Lang): { text: string; title: string } {
  if (count <= 0) return { text: '', title: '' };
  if (count === 1) return { text: '✓', title: translate(O.attendsOnce, lang) };
  return { text: String(count), title: translate(O.attendsMany, lang, { n: count }) };
}

interface OverviewRowProps {
  readonly person: OverviewPerson;
  readonly meetingIds: readonly string[];
  readonly lang: Lang;
  /** The row's place in the windowed table (aria-rowindex), undefined when every row is rendered. */
  readonly rowIndex: number | undefined;
}

function OverviewRowInner({ person, meetingIds, lang, rowIndex }: OverviewRowProps) {
  const category = translate(CATEGORY_STRINGS[person.category], lang);
  return (
    <tr
      className={person.core ? 'plan-overview-core' : undefined}
      data-testid={`overview-person-${person.personId}`}
      aria-rowindex={rowIndex}
    >
      {/* data-category: shown, and read, under the name instead of the category column in a
          narrow plan (planOverview.css); not copied with the table's text. */}
      <th scope="row" data-category={category}>
        <SoftHyphens text={hyphenateLongWords(planParticipantLabel(person, lang))} />
        {person.core && <span className="plan-core-badge"> {translate(S.core, lang)}</span>}
      </th>
      <td className="plan-overview-category">{category}</td>
      {person.attends.map((count, i) => {
        const cell = attendance(count, lang);
        return (
          <td key={meetingIds[i] ?? i} className="plan-overview-cell" title={cell.title}>
            {cell.text}
          </td>
        );
      })}
    </tr>
  );
}

const sameList = <T,>(a: readonly T[], b: readonly T[]) =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** Every projection makes new rows: a person whose row reads the same is not rendered again. */
const OverviewRow = memo(
  OverviewRowInner,
  (a, b) =>
    a.lang === b.lang &&
    a.rowIndex === b.rowIndex &&
    sameList(a.meetingIds, b.meetingIds) &&
    (a.person === b.person ||
      (a.person.personId === b.person.personId &&
        a.person.participant === b.person.participant &&
        a.person.citizenWordAdded === b.person.citizenWordAdded &&
        a.person.category === b.person.category &&
        a.person.core === b.person.core &&
        sameList(a.person.attends, b.person.attends))),
);

/**
 * Who comes when (issue 5): the people of the pool × the meetings, core
 * participants first (the projection orders them), with the number of people
 * per category in each meeting at the foot.
 */
function OverviewInner({ plan, lang, onFocus }: OverviewProps) {
  const { overview } = plan;
  const byId = new Map(plan.meetings.map((m) => [m.meetingId, m]));
  const columns = overview.meetingIds
    .map((id) => byId.get(id))
    .filter((m): m is PlanMeeting => m !== undefined);
  // Two extra meetings must not share a heading: they are numbered, as in the exports.
  const titles = distinctMeetingTitles(columns, lang);
  const keys = useMemo(() => overview.people.map((person) => person.personId), [overview.people]);
  const windowed = keys.length > WINDOW_ABOVE_ROWS;
  const rowWindow = useRowWindow<HTMLTableSectionElement>(keys, {
    enabled: windowed,
    estimate: ROW_ESTIMATE,
  });
  // A screen reader still hears "row 12 of 466" when only the rows near the view exist:
  // 1-based over the whole table, the heading row first and the counts at the foot last.
  const rowIndex = (i: number) => (windowed ? i + 2 : undefined);
  const footFrom = Math.max(1, keys.length);

  return (
    <div className="plan-overview" data-testid="plan-overview">
      <table
        className="plan-overview-table"
        aria-rowcount={windowed ? 1 + footFrom + PERSON_CATEGORIES.length + 1 : undefined}
      >
        <caption>{translate(O.overviewCaption, lang)}</caption>
        <thead>
          <tr aria-rowindex={rowIndex(-1)}>
            <th scope="col">
              <SoftHyphens text={translate(S.columnParticipant, lang)} />
            </th>
            <th scope="col" className="plan-overview-category">
              {translate(S.category, lang)}
            </th>
            {columns.map((meeting, i) => (
              <th
                scope="col"
                key={meeting.meetingId}
                data-testid={`overview-col-${meeting.meetingId}`}
              >
                <button
                  type="button"
                  className="plan-link"
                  title={planHeading(meeting, lang)}
                  onClick={() => onFocus?.({ kind: 'lane', id: meeting.meetingId })}
                >
                  {titles[i]}
                </button>
                {meeting.date !== null && (
                  <span className="plan-overview-date">{dateLabel(meeting.date, lang)}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={rowWindow.bodyRef} onFocus={rowWindow.onFocus} onBlur={rowWindow.onBlur}>
          {windowRows(rowWindow, planWindowGap(2 + columns.length), (i) => {
            const person = overview.people[i];
            return (
              person && (
                <OverviewRow
                  key={person.personId}
                  person={person}
                  meetingIds={overview.meetingIds}
                  lang={lang}
                  rowIndex={rowIndex(i)}
                />
              )
            );
          })}
          {overview.people.length === 0 && (
            <tr>
              <td colSpan={2 + columns.length}>{translate(O.overviewEmpty, lang)}</td>
            </tr>
          )}
        </tbody>
        {/* The foot's labels stand in the names' column, which stays in view while the
            meetings scroll sideways (planOverview.css); spanning the category column too, a label
            would cover the first meeting's counts then. */}
        <tfoot>
          {PERSON_CATEGORIES.map((category, k) => (
            <tr
              key={category}
              data-testid={`overview-count-${category}`}
              aria-rowindex={rowIndex(footFrom + k)}
            >
              <th scope="row">{translate(CATEGORY_STRINGS[category], lang)}</th>
              <td className="plan-overview-category" />
              {overview.counts.map((count) => (
                <td key={count.meetingId}>{count.byCategory[category]}</td>
              ))}
            </tr>
          ))}
          <tr
            className="plan-overview-total"
            data-testid="overview-count-total"
            aria-rowindex={rowIndex(footFrom + PERSON_CATEGORIES.length)}
          >
            <th scope="row">{translate(O.totalPeople, lang)}</th>
            <td className="plan-overview-category" />
            {overview.counts.map((count) => (
              <td key={count.meetingId}>{count.total}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Re-rendered only when the plan or the language changes. */
export const Overview = memo(OverviewInner);
