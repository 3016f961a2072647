import { useMemo, useState } from 'react';
import { formChoices } from '../app/formChoices.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { LIMITS, type FormNote, type Person } from '../../shared/schema.ts';
import { noteBoardRect, type PlacedNote } from './boardGeometry.ts';
import type { CanvasController } from './controller.ts';
import { changedFields } from '../app/changedFields.ts';
import { EditorFrame, fieldStyle, labelStyle } from './editorFrame.tsx';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';

export interface NoteEditorProps {
  readonly controller: CanvasController;
  readonly placed: PlacedNote;
  readonly person: Person | undefined;
  /** The form notes of the note's lane (the participant's form picker). */
  readonly laneForms: readonly FormNote[];
  readonly lang: Lang;
  /** The note was just made for this editor (a double-click on an empty spot). */
  readonly fresh: boolean;
  readonly onClose: () => void;
}

/** Whole minutes or empty; anything else is an error shown under the field. */
export function parseMinutes(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return value > 0 && value <= LIMITS.durationMinutes ? { ok: true, value } : { ok: false };
}

/** The editor overlay over a note, with every field of its kind. */
export function NoteEditor(props: NoteEditorProps) {
  const { controller, placed, person, lang } = props;
  const note = placed.note;
  const [name, setName] = useState(person?.name ?? '');
  const [affiliation, setAffiliation] = useState(person?.affiliation ?? '');
  const [contribution, setContribution] = useState(
    note.kind === 'participant' ? note.contribution : '',
  );
  const [role, setRole] = useState(note.kind === 'participant' ? note.role : '');
  const [form, setForm] = useState(note.kind === 'participant' ? (note.form ?? '') : '');
  const [formName, setFormName] = useState(note.kind === 'form' ? note.name : '');
  const [minutes, setMinutes] = useState(
    note.kind === 'form' && note.durationMinutes !== null ? String(note.durationMinutes) : '',
  );
  const [description, setDescription] = useState(note.kind === 'form' ? note.description : '');
  const [text, setText] = useState(note.kind === 'idea' ? note.text : '');
  const [minutesError, setMinutesError] = useState(false);
  // What the fields showed when the editor opened: a save writes only the
  // fields this user changed, so someone else's change to another field of
  // the same note or person, made meanwhile, survives.
  const [opened] = useState(() => ({ note, person }));
  // The rectangle is fixed while the editor is open (it follows the camera, not later moves).
  const board = useMemo(() => noteBoardRect(placed), [placed.note.id]);

  const save = () => {
    const { actions } = controller.props;
    const was = opened.note;
    switch (was.kind) {
      case 'participant': {
        const formId = form === '' ? null : form;
        const wasPerson = opened.person;
        const personPatch = wasPerson
          ? changedFields(
              { name: wasPerson.name, affiliation: wasPerson.affiliation },
              { name, affiliation },
            )
          : {};
        const notePatch = changedFields(
          { contribution: was.contribution, role: was.role },
          { contribution, role },
        );
        // One save is one gesture: one transaction, one undo step.
        actions.together('updateNote', () => {
          if (wasPerson && Object.keys(personPatch).length > 0) {
            actions.updatePerson(wasPerson.id, personPatch);
          }
          if (Object.keys(notePatch).length > 0) actions.updateNote(note.id, notePatch);
          if (formId !== was.form) actions.attachToForm(note.id, formId);
        });
        break;
      }
      case 'form': {
        const parsed = parseMinutes(minutes);
        if (!parsed.ok) {
          setMinutesError(true);
          return;
        }
        const patch = changedFields(
          { name: was.name, durationMinutes: was.durationMinutes, description: was.description },
          { name: formName, durationMinutes: parsed.value, description },
        );
        if (Object.keys(patch).length > 0) actions.updateNote(note.id, patch);
        break;
      }
      case 'idea':
        // A new note saved with nothing in it was not wanted after all.
        // Blank text in a note made for this editor is never written: it would
        // only blank what someone else may have written in it meanwhile.
        if (text.trim() === '' && (takeBackIfUnused() || props.fresh)) break;
        if (text !== was.text) {
          // The first text of a new idea: one undo step with its making.
          if (props.fresh) actions.updateNewNote(note.id, { text });
          else actions.updateNote(note.id, { text });
        }
        break;
    }
    props.onClose();
  };

  /**
   * Removes a note made for this editor while it is still empty on the board
   * (someone else may have written in it meanwhile: then it stays).
   */
  const takeBackIfUnused = (): boolean => {
    const live = props.placed.note;
    if (!props.fresh || live.kind !== 'idea' || live.text.trim() !== '') return false;
    controller.props.actions.discardNewNote(note.id);
    controller.select(controller.props.selection.filter((id) => id !== note.id));
    return true;
  };

  const remove = () => {
    if (!takeBackIfUnused()) {
      controller.props.actions.deleteNotes([note.id]);
      controller.select(controller.props.selection.filter((id) => id !== note.id));
    }
    props.onClose();
  };

  const cancel = () => {
    // Escape on a note made for this editor takes the note back too.
    takeBackIfUnused();
    props.onClose();
  };

  const input = (
    label: string,
    value: string,
    set: (v: string) => void,
    multiline = false,
    first = false,
  ) => (
    <label style={labelStyle}>
      {label}
      {multiline ? (
        <textarea
          style={{ ...fieldStyle, resize: 'vertical' }}
          rows={3}
          value={value}
          data-editor-first={first || undefined}
          onChange={(e) => set(e.target.value)}
        />
      ) : (
        <input style={fieldStyle} value={value} onChange={(e) => set(e.target.value)} />
      )}
    </label>
  );

  return (
    <EditorFrame
      controller={controller}
      board={board}
      label={translate(S.editNote, lang)}
      hint={translate(S.editorHint, lang)}
      lang={lang}
      onSave={save}
      onCancel={cancel}
      onDelete={remove}
      deleteLabel={translate(S.deleteNote, lang)}
    >
      {note.kind === 'participant' ? (
        <>
          {person ? input(translate(S.name, lang), name, setName) : null}
          {person ? input(translate(S.affiliation, lang), affiliation, setAffiliation) : null}
          {person ? (
            <div style={{ fontSize: 12, color: '#57606a', margin: '-4px 0 8px' }}>
              {translate(S.personFieldsHint, lang)}
            </div>
          ) : null}
          {/* What the person contributes is what a participant note is edited for. */}
          {input(translate(S.contribution, lang), contribution, setContribution, true, true)}
          {input(translate(S.role, lang), role, setRole)}
          <label style={labelStyle}>
            {translate(S.form, lang)}
            <select style={fieldStyle} value={form} onChange={(e) => setForm(e.target.value)}>
              <option value="">{translate(S.noForm, lang)}</option>
              {formChoices(props.laneForms, translate(S.untitledForm, lang)).map(
                ({ id, label }) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ),
              )}
            </select>
          </label>
        </>
      ) : null}
      {note.kind === 'form' ? (
        <>
          {input(translate(S.formName, lang), formName, setFormName)}
          <label style={labelStyle}>
            {translate(S.formMinutes, lang)}
            <input
              style={{ ...fieldStyle, borderColor: minutesError ? '#c62828' : '#b9b2a3' }}
              inputMode="numeric"
              value={minutes}
              aria-invalid={minutesError}
              onChange={(e) => {
                setMinutes(e.target.value);
                setMinutesError(false);
              }}
            />
            {minutesError ? (
              <span style={{ color: '#c62828', fontSize: 12 }}>
                {translate(S.invalidMinutes, lang, { max: LIMITS.durationMinutes })}
              </span>
            ) : null}
          </label>
          {input(translate(S.description, lang), description, setDescription, true)}
        </>
      ) : null}
      {note.kind === 'idea' ? input(translate(S.ideaText, lang), text, setText, true) : null}
    </EditorFrame>
  );
}
