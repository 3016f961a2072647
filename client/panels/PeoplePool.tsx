import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { opErrorText } from '../../shared/i18n/op-errors.ts';
import { CATEGORY_STRINGS, PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { translate, type Message } from '../../shared/i18n/translate.ts';
import type { Person } from '../../shared/schema.ts';
import { confirmDelete } from '../app/confirmDelete.ts';
import {
  ScrollViewport,
  ScrollViewportContext,
  WINDOW_SCROLL_PROPS,
} from '../app/scrollViewport.ts';
import { WINDOW_ABOVE_ROWS } from '../app/useRowWindow.tsx';
import { CATEGORY_COLORS } from '../canvas/colors.ts';
import { filterPeople, personUsage, useStableCounts } from './poolData.ts';
import { PersonForm } from './lazyForms.ts';
import type { PersonValues } from './PersonForm.tsx';
import {
  PanelError,
  PanelHeader,
  PanelStatus,
  saveChanges,
  useCloseWhenGone,
  useScrollToAdded,
  type SidePanelProps,
} from './panelParts.tsx';
import { useListFits } from './listFits.ts';
import { panelDraft } from './panelDrafts.ts';
import { personName, PoolRows } from './PoolRows.tsx';
import { useEntryDrag } from './useEntryDrag.ts';
import { usePlaceMenu } from './usePlaceMenu.ts';
import './panels.css';
import './panelsTouch.css';

const EMPTY_PERSON: PersonValues = {
  name: '',
  affiliation: '',
  // "Andet", as the API's default: a citizen is a choice, for the plan then writes
  // "Borger" after the name ("en skoleleder, Borger" from a default would be wrong).
  category: 'other',
  core: false,
};

/** Rows in the first render: more than any screen shows. */
const FIRST_ROWS = 40;

/** The participant pool ("Deltagerliste"): the people to drag (or pick a meeting for) onto the meetings. */
export function PeoplePool(props: SidePanelProps) {
  const { board, lang, actions } = props;
  const editable = !props.readOnly && actions !== null;
  // A form half-typed when the page went opens again with its text (panelDrafts.ts).
  const [kept] = useState(() => panelDraft('pool')?.form);
  const [adding, setAdding] = useState(kept === 'add');
  const [addKey, setAddKey] = useState(0);
  // What the add form opens with: the last category and core box carry over, as
  // a pool is usually typed in runs (all the professionals, then the family).
  const [addInitial, setAddInitial] = useState(EMPTY_PERSON);
  const [editingId, setEditingId] = useState(kept === 'add' ? null : (kept ?? null));
  const [query, setQuery] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const meetings = useStableCounts(board.notes);
  const visible = useMemo(
    () => filterPeople(board.people, query, lang),
    [board.people, query, lang],
  );
  // A long pool is not what the first paint is waiting for: a screenful first,
  // the whole list in the background render right after (CSS content-visibility
  // keeps the rows out of view cheap to lay out). A pool long enough to be
  // windowed renders only the rows near its view anyway (PoolRows): at once.
  const firstRows = useMemo(
    () => (visible.length > WINDOW_ABOVE_ROWS ? visible : visible.slice(0, FIRST_ROWS)),
    [visible],
  );
  const rows = useDeferredValue(visible, firstRows);
  // After each person added, the list scrolls to its end, where the new row is
  // (which the deferred list renders a moment after the form has the focus).
  const { list, added } = useScrollToAdded(rows);
  useListFits(list);
  // The list is its own scroll container: a long pool renders the rows near its view.
  const [viewport] = useState(() => new ScrollViewport());
  const latest = useRef(props);
  latest.current = props;
  const titleId = useId();
  const hintId = useId();

  const placing = usePlaceMenu({
    meetings: board.meetings,
    lang,
    canvas: props.canvas,
    place: (canvas, id, meetingId) => canvas.placePerson(id, meetingId),
    name: (id) =>
      personName(
        latest.current.board.people.find((p) => p.id === id),
        lang,
      ),
    onError: setError,
    onPlaced: props.onPlaced,
  });
  const onPointerDown = useEntryDrag({
    kind: 'person',
    enabled: !props.readOnly,
    canvas: props.canvas,
    ghost: (id) => {
      const person = latest.current.board.people.find((p) => p.id === id);
      if (!person) return null;
      return {
        title: personName(person, latest.current.lang),
        subtitle: person.affiliation,
        color: CATEGORY_COLORS[person.category],
      };
    },
    drop: (canvas, id, x, y) => canvas.dropPerson(id, x, y),
    click: (id) => placing.actions.toggle(id),
  });

  const closeEdit = useCallback(() => setEditingId(null), []);
  useCloseWhenGone(editingId, board.people, closeEdit, setError, S.editedPersonDeleted);

  const onEdit = useCallback((id: string) => {
    setEditingId(id);
    setAdding(false);
    setError(null);
  }, []);

  const onDelete = useCallback(async (id: string) => {
    const { board: current, lang: l } = latest.current;
    const person = current.people.find((p) => p.id === id);
    if (!person || !latest.current.actions) return;
    const name = personName(person, l);
    const notes = personUsage(current.notes).get(id)?.notes ?? 0;
    if (!(await confirmDelete({ what: 'person', name, notes }, l))) return;
    const act = latest.current.actions;
    if (!act) return;
    // Deleted by someone else while asked: not-found, said in the panel's error line.
    const result = act.deletePerson(id);
    setError(result.ok ? null : opErrorText(result.error));
  }, []);

  const add = (values: PersonValues): Message | null => {
    if (!actions) return null;
    const result = actions.addPerson(values);
    if (!result.ok) return opErrorText(result.error);
    // A fresh form for the next person (name and affiliation empty): a pool is usually typed in one go.
    added();
    setAddInitial({ ...EMPTY_PERSON, category: values.category, core: values.core });
    setAddKey((k) => k + 1);
    setQuery('');
    return null;
  };

  const save = useCallback((person: Person, changed: Partial<PersonValues>): Message | null => {
    const { actions: act } = latest.current;
    if (!act) return null;
    const error = saveChanges(changed, (patch) => act.updatePerson(person.id, patch));
    if (error === null) setEditingId(null);
    return error;
  }, []);
  const cancelEdit = useCallback(() => setEditingId(null), []);

  const openAdd = () => {
    // Opened anew, the form starts from the defaults (pressed again while open, it keeps them).
    if (!adding) setAddInitial(EMPTY_PERSON);
    setAdding(true);
    setEditingId(null);
    setError(null);
  };

  return (
    <section className="panel panel-pool" data-testid="pool-panel" aria-labelledby={titleId}>
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
        <p className="panel-hint" id={hintId}>
          {translate(S.poolHint, lang)}
        </p>
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
      <PanelStatus status={placing.status} lang={lang} testId="pool-status" />
      <div className="panel-scroll" ref={list} {...WINDOW_SCROLL_PROPS}>
        {board.people.length === 0 && !adding && (
          <p className="panel-empty">{translate(S.poolEmpty, lang)}</p>
        )}
        {board.people.length > 0 && visible.length === 0 && (
          <p className="panel-empty">{translate(S.poolNoMatch, lang)}</p>
        )}
        <ScrollViewportContext value={viewport}>
          <PoolRows
            rows={rows}
            meetings={meetings}
            editingId={editable ? editingId : null}
            lang={lang}
            editable={editable}
            draggable={!props.readOnly}
            place={!props.readOnly && props.canvas ? placing.actions : null}
            hintId={hintId}
            placingId={placing.openId}
            targets={placing.targets}
            onPointerDown={onPointerDown}
            onEdit={onEdit}
            onDelete={onDelete}
            onSave={save}
            onCancelEdit={cancelEdit}
          />
        </ScrollViewportContext>
      </div>
      {editable && adding && (
        <div className="panel-add-form">
          <PersonForm
            key={addKey}
            lang={lang}
            initial={addInitial}
            submitLabel={translate(S.add, lang)}
            cancelLabel={translate(S.close, lang)}
            onSubmit={add}
            onCancel={() => setAdding(false)}
            testId="pool-add-form"
            draftFor="add"
          />
        </div>
      )}
    </section>
  );
}
