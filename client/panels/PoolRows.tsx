import { memo, useMemo } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { CATEGORY_STRINGS, PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { translate, type Message } from '../../shared/i18n/translate.ts';
import type { Person } from '../../shared/schema.ts';
import { useRowWindow, WINDOW_ABOVE_ROWS, windowRows } from '../app/useRowWindow.tsx';
import { CATEGORY_COLORS, CORE_BADGE } from '../canvas/colors.ts';
import { EntryActions, entryClassName } from './panelParts.tsx';
import { PersonForm } from './lazyForms.ts';
import type { PersonValues } from './PersonForm.tsx';
import { usePlaceMenuRow } from './PlaceMenu.tsx';
import type { PlaceMenuActions, PlaceTarget } from './usePlaceMenu.ts';

/**
 * The participant pool's rows (PeoplePool.tsx): memoised, with stable props,
 * so a change elsewhere on the board renders none, and a change to one person
 * one row of a pool of hundreds. A pool of hundreds renders only the rows
 * near its view (useRowWindow): each rendered row costs a few kB of memory.
 */

/** A row's height with the space below it, in px, until rows have been measured. */
const ROW_ESTIMATE = 56;

/** What every row gets, the same for all rows. */
interface RowShared {
  readonly lang: Lang;
  readonly editable: boolean;
  readonly draggable: boolean;
  /** Null when rows cannot be placed (read-only, no canvas yet): no menu. */
  readonly place: PlaceMenuActions | null;
  /** The panel's hint, describing what a row does when pressed. */
  readonly hintId: string | undefined;
  readonly onPointerDown: (event: ReactPointerEvent<HTMLElement>, id: string) => void;
  readonly onEdit: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

export interface PoolRowsProps extends RowShared {
  readonly rows: readonly Person[];
  /** The row whose menu is open, and what it offers. */
  readonly placingId: string | null;
  readonly targets: readonly PlaceTarget[];
  readonly meetings: ReadonlyMap<string, number>;
  /** The row open in the editor, if any. */
  readonly editingId: string | null;
  /** An error message, or null once saved. */
  readonly onSave: (person: Person, changed: Partial<PersonValues>) => Message | null;
  readonly onCancelEdit: () => void;
}

/** The pool's rows; memoised, with stable props, so a change elsewhere on the board renders none. */
export const PoolRows = memo(function PoolRows(props: PoolRowsProps) {
  const { lang, rows } = props;
  const keys = useMemo(() => rows.map((person) => person.id), [rows]);
  const windowed = rows.length > WINDOW_ABOVE_ROWS;
  const rowWindow = useRowWindow<HTMLUListElement>(keys, {
    enabled: windowed,
    estimate: ROW_ESTIMATE,
    // An open editor or place menu stays, with what was typed in it, wherever the pool scrolls.
    keep: [props.editingId, props.placingId],
  });
  return (
    <ul
      className={windowed ? 'panel-list panel-list--windowed' : 'panel-list'}
      ref={rowWindow.bodyRef}
      onFocus={rowWindow.onFocus}
      onBlur={rowWindow.onBlur}
    >
      {windowRows(rowWindow, poolWindowGap, (index) => {
        const person = rows[index];
        if (person === undefined) return null;
        // A screen reader still hears "12 of 460" when only the rows near the view exist.
        const setSize = windowed ? rows.length : undefined;
        const posInSet = windowed ? index + 1 : undefined;
        return props.editingId === person.id ? (
          <li
            key={person.id}
            className="panel-entry panel-entry--editing"
            aria-setsize={setSize}
            aria-posinset={posInSet}
          >
            <PersonForm
              lang={lang}
              initial={person}
              submitLabel={translate(S.save, lang)}
              onSubmit={(_values, changed) => props.onSave(person, changed)}
              onCancel={props.onCancelEdit}
              testId={`person-form-${person.id}`}
              draftFor={person.id}
            />
          </li>
        ) : (
          <PoolEntry
            key={person.id}
            person={person}
            meetings={props.meetings.get(person.id) ?? 0}
            lang={lang}
            editable={props.editable}
            draggable={props.draggable}
            place={props.place}
            hintId={props.hintId}
            targets={props.placingId === person.id ? props.targets : null}
            onPointerDown={props.onPointerDown}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
            setSize={setSize}
            posInSet={posInSet}
          />
        );
      })}
    </ul>
  );
});

function poolWindowGap(key: string, height: number) {
  return <li key={key} className="panel-window-gap" aria-hidden="true" style={{ height }} />;
}

interface PoolEntryProps extends RowShared {
  readonly person: Person;
  /** A number, not the usage record: rows stay memoised when notes elsewhere change. */
  readonly meetings: number;
  /** Non-null while this row's menu is open. */
  readonly targets: readonly PlaceTarget[] | null;
  /** The pool's length and the row's place in it (1-based), when only some rows are rendered. */
  readonly setSize: number | undefined;
  readonly posInSet: number | undefined;
}

export function personName(person: Person | undefined, lang: Lang): string {
  return person?.name || translate(S.unnamedPerson, lang);
}

/** One row; memoised so a change to one person re-renders one row of a 300-person pool. */
const PoolEntry = memo(function PoolEntry(props: PoolEntryProps) {
  const { person, meetings, lang } = props;
  const name = personName(person, lang);
  const placed =
    meetings === 1
      ? translate(S.placedInOne, lang)
      : translate(S.placedIn, lang, { count: meetings });
  const menu = usePlaceMenuRow({
    entryId: person.id,
    targets: props.targets,
    actions: props.place,
    heading: translate(S.placeMenuTitle, lang, { name }),
    describedBy: props.hintId,
    testIdPrefix: 'person',
  });
  return (
    <li
      ref={menu.row}
      className={entryClassName(props.draggable, props.targets !== null)}
      data-testid={`pool-entry-${person.id}`}
      // The name and the affiliation are cut short to the panel's width: the tooltip has them whole.
      title={person.affiliation ? `${name}, ${person.affiliation}` : name}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      onPointerDown={(e) => props.onPointerDown(e, person.id)}
    >
      <div className="panel-entry-main" {...menu.triggerProps}>
        <div className="panel-entry-title">
          <span className="panel-entry-name">{name}</span>
          {person.core && (
            <span className="pool-core" style={{ background: CORE_BADGE }}>
              {translate(S.coreBadge, lang)}
            </span>
          )}
        </div>
        <div className="panel-entry-sub">
          <span
            className="pool-category"
            data-category={person.category}
            style={{ background: CATEGORY_COLORS[person.category] }}
          >
            {translate(CATEGORY_STRINGS[person.category], lang)}
          </span>
          {person.affiliation && <span className="panel-entry-detail">{person.affiliation}</span>}
        </div>
      </div>
      <span
        className={`pool-placed${meetings === 0 ? ' pool-placed--none' : ''}`}
        data-testid={`pool-placed-${person.id}`}
        title={placed}
        aria-label={placed}
      >
        {meetings}
      </span>
      {props.editable && (
        <EntryActions
          id={person.id}
          testIdPrefix="person"
          editLabel={translate(S.editPerson, lang, { name })}
          deleteLabel={translate(S.deletePerson, lang, { name })}
          lang={lang}
          onEdit={props.onEdit}
          onDelete={props.onDelete}
        />
      )}
      {menu.menu}
    </li>
  );
});
