import { memo, useCallback, useId, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { opErrorText } from '../../shared/i18n/op-errors.ts';
import { PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { translate, type Message } from '../../shared/i18n/translate.ts';
import type { PaletteForm } from '../../shared/schema.ts';
import { formatDuration } from '../../shared/time-text.ts';
import { confirmDelete } from '../app/confirmDelete.ts';
import { FORM_COLOR, FORM_HEADER_COLOR } from '../canvas/colors.ts';
import { PaletteFormEditor } from './lazyForms.ts';
import type { PaletteValues } from './PaletteFormEditor.tsx';
import {
  EntryActions,
  entryClassName,
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
import { usePlaceMenuRow } from './PlaceMenu.tsx';
import { useEntryDrag } from './useEntryDrag.ts';
import { usePlaceMenu, type PlaceMenuActions, type PlaceTarget } from './usePlaceMenu.ts';
import './panels.css';
import './panelsTouch.css';

const EMPTY_PALETTE_FORM: PaletteValues = {
  name: '',
  durationMinutes: null,
  description: '',
};

function formName(form: PaletteForm | undefined, lang: Lang): string {
  return form?.name || translate(S.unnamedForm, lang);
}

function minutesText(form: Pick<PaletteForm, 'durationMinutes'>, lang: Lang): string {
  return form.durationMinutes === null
    ? translate(S.noMinutes, lang)
    : formatDuration(form.durationMinutes, lang);
}

/** The form palette ("Metodesamling"): involvement forms to drag (or pick a meeting for) onto the meetings. */
export function FormPalette(props: SidePanelProps) {
  const { board, lang, actions } = props;
  const editable = !props.readOnly && actions !== null;
  // A form half-typed when the page went opens again with its text (panelDrafts.ts).
  const [kept] = useState(() => panelDraft('palette')?.form);
  const [adding, setAdding] = useState(kept === 'add');
  const [addKey, setAddKey] = useState(0);
  const [editingId, setEditingId] = useState(kept === 'add' ? null : (kept ?? null));
  const [error, setError] = useState<Message | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const titleId = useId();
  const hintId = useId();
  const { list, added } = useScrollToAdded(board.palette);
  useListFits(list);

  const placing = usePlaceMenu({
    meetings: board.meetings,
    lang,
    canvas: props.canvas,
    place: (canvas, id, meetingId) => canvas.placePaletteForm(id, meetingId),
    name: (id) =>
      formName(
        latest.current.board.palette.find((p) => p.id === id),
        lang,
      ),
    onError: setError,
    onPlaced: props.onPlaced,
  });
  const onPointerDown = useEntryDrag({
    kind: 'paletteForm',
    enabled: !props.readOnly,
    canvas: props.canvas,
    ghost: (id) => {
      const form = latest.current.board.palette.find((p) => p.id === id);
      if (!form) return null;
      return {
        title: formName(form, latest.current.lang),
        subtitle: minutesText(form, latest.current.lang),
        color: FORM_COLOR,
      };
    },
    drop: (canvas, id, x, y) => canvas.dropPaletteForm(id, x, y),
    click: (id) => placing.actions.toggle(id),
  });

  const closeEdit = useCallback(() => setEditingId(null), []);
  useCloseWhenGone(editingId, board.palette, closeEdit, setError, S.editedFormDeleted);

  const onEdit = useCallback((id: string) => {
    setEditingId(id);
    setAdding(false);
    setError(null);
  }, []);

  const onDelete = useCallback(async (id: string) => {
    const { board: current, lang: l } = latest.current;
    const form = current.palette.find((p) => p.id === id);
    if (!form || !latest.current.actions) return;
    const name = formName(form, l);
    if (!(await confirmDelete({ what: 'form', name }, l))) return;
    const act = latest.current.actions;
    if (!act) return;
    // Deleted by someone else while asked: not-found, said in the panel's error line.
    const result = act.deletePaletteForm(id);
    setError(result.ok ? null : opErrorText(result.error));
  }, []);

  const add = (values: PaletteValues): Message | null => {
    if (!actions) return null;
    const result = actions.addPaletteForm(values);
    if (!result.ok) return opErrorText(result.error);
    added();
    setAddKey((k) => k + 1);
    return null;
  };

  const save = (form: PaletteForm, changed: Partial<PaletteValues>): Message | null => {
    if (!actions) return null;
    const error = saveChanges(changed, (patch) => actions.updatePaletteForm(form.id, patch));
    if (error === null) setEditingId(null);
    return error;
  };

  return (
    <section className="panel panel-palette" data-testid="palette-panel" aria-labelledby={titleId}>
      <PanelHeader
        titleId={titleId}
        title={translate(S.paletteTitle, lang)}
        add={
          editable
            ? { label: translate(S.addForm, lang), testId: 'palette-add', open: adding }
            : null
        }
        onAdd={() => {
          setAdding(true);
          setEditingId(null);
          setError(null);
        }}
      />
      {!props.readOnly && board.palette.length > 0 && (
        <p className="panel-hint" id={hintId}>
          {translate(S.paletteHint, lang)}
        </p>
      )}
      <PanelError error={error} lang={lang} testId="palette-error" />
      <PanelStatus status={placing.status} lang={lang} testId="palette-status" />
      <div className="panel-scroll" ref={list}>
        {board.palette.length === 0 && !adding && (
          <p className="panel-empty">{translate(S.paletteEmpty, lang)}</p>
        )}
        <ul className="panel-list">
          {board.palette.map((form) =>
            editable && editingId === form.id ? (
              <li key={form.id} className="panel-entry panel-entry--editing">
                <PaletteFormEditor
                  lang={lang}
                  initial={form}
                  submitLabel={translate(S.save, lang)}
                  onSubmit={(_values, changed) => save(form, changed)}
                  onCancel={() => setEditingId(null)}
                  testId={`palette-form-${form.id}`}
                  draftFor={form.id}
                />
              </li>
            ) : (
              <PaletteEntry
                key={form.id}
                form={form}
                lang={lang}
                editable={editable}
                draggable={!props.readOnly}
                place={!props.readOnly && props.canvas ? placing.actions : null}
                hintId={hintId}
                targets={placing.openId === form.id ? placing.targets : null}
                onPointerDown={onPointerDown}
                onEdit={onEdit}
                onDelete={onDelete}
              />
            ),
          )}
        </ul>
      </div>
      {editable && adding && (
        <div className="panel-add-form">
          <PaletteFormEditor
            key={addKey}
            lang={lang}
            initial={EMPTY_PALETTE_FORM}
            submitLabel={translate(S.add, lang)}
            cancelLabel={translate(S.close, lang)}
            onSubmit={add}
            onCancel={() => setAdding(false)}
            testId="palette-add-form"
            draftFor="add"
          />
        </div>
      )}
    </section>
  );
}

interface PaletteEntryProps {
  readonly form: PaletteForm;
  readonly lang: Lang;
  readonly editable: boolean;
  readonly draggable: boolean;
  /** Null when entries cannot be placed (read-only, no canvas yet): no menu. */
  readonly place: PlaceMenuActions | null;
  /** The panel's hint, describing what an entry does when pressed. */
  readonly hintId: string | undefined;
  /** Non-null while this entry's menu is open. */
  readonly targets: readonly PlaceTarget[] | null;
  readonly onPointerDown: (event: ReactPointerEvent<HTMLElement>, id: string) => void;
  readonly onEdit: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

const PaletteEntry = memo(function PaletteEntry(props: PaletteEntryProps) {
  const { form, lang } = props;
  const name = formName(form, lang);
  const menu = usePlaceMenuRow({
    entryId: form.id,
    targets: props.targets,
    actions: props.place,
    heading: translate(S.placeMenuTitle, lang, { name }),
    describedBy: props.hintId,
    testIdPrefix: 'palette',
  });
  return (
    <li
      ref={menu.row}
      className={entryClassName(props.draggable, props.targets !== null)}
      data-testid={`palette-entry-${form.id}`}
      // The name is cut short to the panel's width: the tooltip has it whole, then the description.
      title={form.description ? `${name}\n${form.description}` : name}
      onPointerDown={(e) => props.onPointerDown(e, form.id)}
    >
      <span
        className="palette-swatch"
        style={{ background: FORM_COLOR, borderColor: FORM_HEADER_COLOR }}
        aria-hidden="true"
      />
      <div className="panel-entry-main" {...menu.triggerProps}>
        <div className="panel-entry-title">
          <span className="panel-entry-name">{name}</span>
        </div>
        <div className="panel-entry-sub">
          <span className="panel-entry-detail">{minutesText(form, lang)}</span>
        </div>
      </div>
      {props.editable && (
        <EntryActions
          id={form.id}
          testIdPrefix="palette"
          editLabel={translate(S.editForm, lang, { name })}
          deleteLabel={translate(S.deleteForm, lang, { name })}
          lang={lang}
          onEdit={props.onEdit}
          onDelete={props.onDelete}
        />
      )}
      {menu.menu}
    </li>
  );
});
