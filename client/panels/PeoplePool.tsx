import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { opErrorText } from '../../shared/i18n/op-errors.ts';
import { CATEGORY_STRINGS, PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { translate, type Message } from '../../shared/i18n/translate.ts';
import type { Board, Person } from '../../shared/schema.ts';
import { CATEGORY_COLORS, CORE_BADGE } from '../canvas/colors.ts';
import type { CanvasHandle } from '../canvas/types.ts';
import type { BoardActions } from '../sync/actions.ts';
import { filterPeople, personUsage, useStableCounts } from './poolData.ts';
import { EMPTY_PERSON, PersonForm, type PersonValues } from './PersonForm.tsx';
import { EntryActions, PanelError, PanelHeader, saveChanges } from './panelParts.tsx';
import { useEntryDrag } from './useEntryDrag.ts';
import './panels.css';

export interface PeoplePoolProps {
  readonly board: Board;
  readonly lang: Lang;
  readonly readOnly: boolean;
  /** Null in read-only sessions. */
  readonly actions: BoardActions | null;
  /** Null until the canvas has mounted; rows cannot be dragged before. */
  readonly canvas: CanvasHandle | null;
}

/** Rows in the first render: more than any screen shows. */
const FIRST_ROWS = 40;

/** The participant pool ("Deltagerliste"): the people to drag onto the meetings. */
export function PeoplePool(props: PeoplePoolProps) {
  const { board, lang, actions } = props;
  const editable = !props.readOnly && actions !== null;
  const [adding, setAdding] = useState(false);
  const [addKey, setAddKey] = useState(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const meetings = useStableCounts(board.notes);
  const visible = useMemo(
    () => filterPeople(board.people, query, lang),
    [board.people, query, lang],
  );
  // A pool of hundreds is not what the first paint is waiting for: a screenful
  // first, the whole list in the background render right after (CSS
  // content-visibility then keeps the rows out of view cheap to lay out).
  const firstRows = useMemo(() => visible.slice(0, FIRST_ROWS), [visible]);
  const rows = useDeferredValue(visible, firstRows);
  // After each person added, the form comes back into view below the new row
  // (which the deferred list renders a moment after the form has the focus).
  const addForm = useRef<HTMLDivElement>(null);
  // Only after this user's own add: someone else's change must not move the list.
  const justAdded = useRef(false);
  useEffect(() => {
    if (!justAdded.current) return;
    justAdded.current = false;
    addForm.current?.scrollIntoView({ block: 'nearest' });
  }, [rows]);
  const latest = useRef(props);
  latest.current = props;
  const titleId = useId();

  const onPointerDown = useEntryDrag({
    enabled: !props.readOnly,
    canvas: props.canvas,
    ghost: (id) => {
      const person = latest.current.board.people.find((p) => p.id === id);
      if (!person) return null;
      return {
        title: person.name || translate(S.unnamedPerson, latest.current.lang),
        subtitle: person.affiliation,
        color: CATEGORY_COLORS[person.category],
      };
    },
    drop: (canvas, id, x, y) => canvas.dropPerson(id, x, y),
  });

  const onEdit = useCallback((id: string) => {
    setEditingId(id);
    setAdding(false);
    setError(null);
  }, []);

  const onDelete = useCallback((id: string) => {
    const { board: current, lang: l, actions: act } = latest.current;
    const person = current.people.find((p) => p.id === id);
    if (!person || !act) return;
    const name = person.name || translate(S.unnamedPerson, l);
    const notes = personUsage(current.notes).get(id)?.notes ?? 0;
    const question =
      notes === 0
        ? translate(S.confirmDeletePerson, l, { name })
        : notes === 1
          ? translate(S.confirmDeletePersonNote, l, { name })
          : translate(S.confirmDeletePersonNotes, l, { name, count: notes });
    if (!window.confirm(question)) return;
    const result = act.deletePerson(id);
    setError(result.ok ? null : opErrorText(result.error));
  }, []);

  const add = (values: PersonValues): Message | null => {
    if (!actions) return null;
    const result = actions.addPerson(values);
    if (!result.ok) return opErrorText(result.error);
    // A fresh, empty form for the next person: a pool is usually typed in one go.
    justAdded.current = true;
    setAddKey((k) => k + 1);
    setQuery('');
    return null;
  };

  const save = useCallback(
    (person: Person, values: PersonValues, opened: PersonValues): Message | null => {
      const { actions: act } = latest.current;
      if (!act) return null;
      const error = saveChanges(opened, values, (patch) => act.updatePerson(person.id, patch));
      if (error === null) setEditingId(null);
      return error;
    },
    [],
  );
  const cancelEdit = useCallback(() => setEditingId(null), []);

  const openAdd = () => {
    setAdding(true);
    setEditingId(null);
    setError(null);
  };

  return (
    <section className="panel" data-testid="pool-panel" aria-labelledby={titleId}>
      <PanelHeader
        titleId={titleId}
        title={translate(S.poolTitle, lang)}
        count={translate(S.poolCount, lang, { count: board.people.length })}
        add={
          editable
            ? { label: translate(S.addPerson, lang), testId: 'pool-add', open: adding }
            : null
        }
        onAdd={openAdd}
      />
      {!props.readOnly && board.people.length > 0 && (
        <p className="panel-hint">{translate(S.poolHint, lang)}</p>
      )}
      {board.people.length > 0 && (
        <input
          type="search"
          className="panel-input panel-filter"
          data-testid="pool-filter"
          aria-label={translate(S.poolFilter, lang)}
          placeholder={translate(S.poolFilter, lang)}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <PanelError error={error} lang={lang} testId="pool-error" />
      <div className="panel-scroll">
        {board.people.length === 0 && !adding && (
          <p className="panel-empty">{translate(S.poolEmpty, lang)}</p>
        )}
        {board.people.length > 0 && visible.length === 0 && (
          <p className="panel-empty">{translate(S.poolNoMatch, lang)}</p>
        )}
        <PoolRows
          rows={rows}
          meetings={meetings}
          editingId={editable ? editingId : null}
          lang={lang}
          editable={editable}
          draggable={!props.readOnly}
          onPointerDown={onPointerDown}
          onEdit={onEdit}
          onDelete={onDelete}
          onSave={save}
          onCancelEdit={cancelEdit}
        />
        {editable && adding && (
          <div className="panel-add-form" ref={addForm}>
            <PersonForm
              key={addKey}
              lang={lang}
              initial={EMPTY_PERSON}
              submitLabel={translate(S.add, lang)}
              cancelLabel={translate(S.close, lang)}
              onSubmit={add}
              onCancel={() => setAdding(false)}
              testId="pool-add-form"
            />
          </div>
        )}
      </div>
    </section>
  );
}

/** What every row gets, the same for all rows. */
interface RowShared {
  readonly lang: Lang;
  readonly editable: boolean;
  readonly draggable: boolean;
  readonly onPointerDown: (event: ReactPointerEvent<HTMLElement>, id: string) => void;
  readonly onEdit: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

interface PoolRowsProps extends RowShared {
  readonly rows: readonly Person[];
  readonly meetings: ReadonlyMap<string, number>;
  /** The row open in the editor, if any. */
  readonly editingId: string | null;
  /** An error message, or null once saved. */
  readonly onSave: (person: Person, values: PersonValues, opened: PersonValues) => Message | null;
  readonly onCancelEdit: () => void;
}

/** The pool's rows; memoised, with stable props, so a change elsewhere on the board renders none. */
const PoolRows = memo(function PoolRows(props: PoolRowsProps) {
  const { lang } = props;
  return (
    <ul className="panel-list">
      {props.rows.map((person) =>
        props.editingId === person.id ? (
          <li key={person.id} className="panel-entry panel-entry--editing">
            <PersonForm
              lang={lang}
              initial={person}
              submitLabel={translate(S.save, lang)}
              onSubmit={(values, opened) => props.onSave(person, values, opened)}
              onCancel={props.onCancelEdit}
              testId={`person-form-${person.id}`}
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
            onPointerDown={props.onPointerDown}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
          />
        ),
      )}
    </ul>
  );
});

interface PoolEntryProps extends RowShared {
  readonly person: Person;
  /** A number, not the usage record: rows stay memoised when notes elsewhere change. */
  readonly meetings: number;
}

/** One row; memoised so a change to one person re-renders one row of a 300-person pool. */
const PoolEntry = memo(function PoolEntry(props: PoolEntryProps) {
  const { person, meetings, lang } = props;
  const name = person.name || translate(S.unnamedPerson, lang);
  const placed =
    meetings === 1
      ? translate(S.placedInOne, lang)
      : translate(S.placedIn, lang, { count: meetings });
  return (
    <li
      className={`panel-entry${props.draggable ? ' panel-entry--draggable' : ''}`}
      data-testid={`pool-entry-${person.id}`}
      onPointerDown={(e) => props.onPointerDown(e, person.id)}
    >
      <div className="panel-entry-main">
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
    </li>
  );
});
