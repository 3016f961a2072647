import { useMemo, useState } from 'react';
import { formChoices } from '../app/formChoices.ts';
import { useLiveFields } from '../app/liveFields.tsx';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { LIMITS, type FormNote, type Note, type Person } from '../../shared/schema.ts';
import { noteBoardRect, type PlacedNote } from './boardGeometry.ts';
import type { CanvasController } from './controller.ts';
import { EditorFrame, FieldAlert, fieldStyle, labelStyle } from './editorFrame.tsx';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { EDITOR_STRINGS as E } from '../../shared/i18n/editors.ts';
import { parseMinutes } from '../../shared/minutes.ts';
import { firstTooLong, NOTE_EDITOR_LIMITS, type TooLongText } from '../../shared/text-limits.ts';

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

/** What the editor's fields hold, as text, for a note (and its person). */
function noteFields(note: Note, person: Person | undefined) {
  return {
    name: person?.name ?? '',
    affiliation: person?.affiliation ?? '',
    contribution: note.kind === 'participant' ? note.contribution : '',
    role: note.kind === 'participant' ? note.role : '',
    form: note.kind === 'participant' ? (note.form ?? '') : '',
    formName: note.kind === 'form' ? note.name : '',
    minutes:
      note.kind === 'form' && note.durationMinutes !== null ? String(note.durationMinutes) : '',
    description: note.kind === 'form' ? note.description : '',
    text: note.kind === 'idea' ? note.text : '',
  };
}
type NoteFields = ReturnType<typeof noteFields>;

/** How a field of the editor looks: a text area (the first one gets the focus), an example. */
interface FieldOptions {
  readonly multiline?: boolean;
  readonly first?: boolean;
  readonly placeholder?: string;
}

function pick<T, K extends keyof T>(from: Partial<T>, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (key in from) out[key] = from[key];
  return out;
}

/**
 * The editor overlay over a note, with every field of its kind; the fields
 * not typed in follow the note and its person as they change (liveFields.tsx).
 */
export function NoteEditor(props: NoteEditorProps) {
  const { controller, placed, person, lang } = props;
  const note = placed.note;
  const live = useLiveFields(noteFields(note, person), lang);
  const { shown, others, changed } = live;
  const [minutesError, setMinutesError] = useState(false);
  // A person's name blanked here: refused, as the pool's form refuses it ("Skriv et navn.").
  const [nameBlank, setNameBlank] = useState(false);
  const [tooLong, setTooLong] = useState<TooLongText<keyof typeof NOTE_EDITOR_LIMITS> | null>(null);
  // The rectangle is fixed while the editor is open (it follows the camera, not later moves).
  const board = useMemo(() => noteBoardRect(placed), [placed.note.id]);

  const save = () => {
    const { actions } = controller.props;
    // Refused before anything is written, the editor open with the text in it.
    const overlong = firstTooLong(changed, NOTE_EDITOR_LIMITS);
    setTooLong(overlong);
    const blank = note.kind === 'participant' && changed.name?.trim() === '';
    setNameBlank(blank);
    if (overlong !== null || blank) return;
    switch (note.kind) {
      case 'participant': {
        const personPatch = pick(changed, ['name', 'affiliation'] as const);
        const notePatch = pick(changed, ['contribution', 'role'] as const);
        // One save is one gesture: one transaction, one undo step.
        actions.together('updateNote', () => {
          if (person && Object.keys(personPatch).length > 0) {
            actions.updatePerson(person.id, personPatch);
          }
          if (Object.keys(notePatch).length > 0) actions.updateNote(note.id, notePatch);
          if (changed.form !== undefined) actions.attachToForm(note.id, changed.form || null);
        });
        break;
      }
      case 'form': {
        const parsed = parseMinutes(shown.minutes);
        if (!parsed.ok) {
          setMinutesError(true);
          return;
        }
        const patch: Partial<Pick<FormNote, 'name' | 'durationMinutes' | 'description'>> = pick(
          changed,
          ['description'] as const,
        );
        if (changed.formName !== undefined) patch.name = changed.formName;
        if (changed.minutes !== undefined) patch.durationMinutes = parsed.value;
        if (Object.keys(patch).length > 0) actions.updateNote(note.id, patch);
        break;
      }
      case 'idea':
        // A new note saved with nothing in it was not wanted after all.
        // Blank text in a note made for this editor is never written: it would
        // only blank what someone else may have written in it meanwhile.
        if (shown.text.trim() === '' && (takeBackIfUnused() || props.fresh)) break;
        if (changed.text !== undefined) {
          // The first text of a new idea: one undo step with its making.
          if (props.fresh) actions.updateNewNote(note.id, { text: changed.text });
          else actions.updateNote(note.id, { text: changed.text });
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
    const now = props.placed.note;
    if (!props.fresh || now.kind !== 'idea' || now.text.trim() !== '') return false;
    controller.props.actions.discardNewNote(note.id);
    controller.select(controller.props.selection.filter((id) => id !== note.id));
    return true;
  };

  const remove = () => {
    // Worded while the layout still has the note.
    const text = controller.deletedText([note.id]);
    let gone = takeBackIfUnused();
    if (!gone) {
      gone = controller.props.actions.deleteNotes([note.id]).ok;
      controller.select(controller.props.selection.filter((id) => id !== note.id));
    }
    if (gone) controller.announce(text);
    props.onClose();
  };

  const cancel = () => {
    // Escape on a note made for this editor takes the note back too.
    takeBackIfUnused();
    props.onClose();
  };

  const input = (label: string, key: keyof NoteFields, options: FieldOptions = {}) => {
    const overlong = tooLong?.field === key ? tooLong : null;
    const problem = overlong
      ? translate(S.textTooLong, lang, { length: overlong.length, max: overlong.max })
      : key === 'name' && nameBlank
        ? translate(S.nameRequired, lang)
        : null;
    const look = { ...fieldStyle, ...(problem ? { borderColor: '#c62828' } : {}) };
    return (
      <>
        <label style={labelStyle}>
          {label}
          {options.multiline ? (
            <textarea
              style={{ ...look, resize: 'vertical' }}
              rows={3}
              data-editor-first={options.first || undefined}
              aria-invalid={problem !== null || undefined}
              {...live.field(key)}
            />
          ) : (
            <input
              style={look}
              placeholder={options.placeholder}
              aria-invalid={problem !== null || undefined}
              {...live.field(key)}
            />
          )}
          {problem ? <FieldAlert>{problem}</FieldAlert> : null}
        </label>
        {live.hint(key)}
      </>
    );
  };
  const formLabels = formChoices(props.laneForms, translate(S.untitledForm, lang));

  return (
    <EditorFrame
      controller={controller}
      board={board}
      label={translate(E.editNote, lang)}
      hint={translate(E.editorHint, lang)}
      lang={lang}
      onSave={save}
      onCancel={cancel}
      onDelete={remove}
      deleteLabel={translate(E.deleteNote, lang)}
    >
      {note.kind === 'participant' ? (
        <>
          {person ? input(translate(S.name, lang), 'name') : null}
          {person
            ? input(translate(S.affiliation, lang), 'affiliation', {
                placeholder: translate(S.affiliationPlaceholder, lang),
              })
            : null}
          {person ? (
            <div style={{ fontSize: 12, color: '#57606a', margin: '-4px 0 8px' }}>
              {translate(E.personFieldsHint, lang)}
            </div>
          ) : null}
          {/* What the person contributes is what a participant note is edited for. */}
          {input(translate(S.contribution, lang), 'contribution', { multiline: true, first: true })}
          {input(translate(S.role, lang), 'role', {
            placeholder: translate(S.rolePlaceholder, lang),
          })}
          <label style={labelStyle}>
            {translate(S.form, lang)}
            <select style={fieldStyle} {...live.field('form')}>
              <option value="">{translate(S.noForm, lang)}</option>
              {formLabels.map(({ id, label }) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {live.hint(
            'form',
            formLabels.find((f) => f.id === others.form)?.label ?? translate(S.noForm, lang),
          )}
        </>
      ) : null}
      {note.kind === 'form' ? (
        <>
          {input(translate(S.formName, lang), 'formName')}
          <label style={labelStyle}>
            {translate(S.formMinutes, lang)}
            <input
              style={{ ...fieldStyle, borderColor: minutesError ? '#c62828' : '#b9b2a3' }}
              inputMode="numeric"
              aria-invalid={minutesError}
              {...live.field('minutes')}
              onInput={() => setMinutesError(false)}
            />
            {minutesError ? (
              <span style={{ color: '#c62828', fontSize: 12 }}>
                {translate(S.invalidMinutes, lang, { max: LIMITS.durationMinutes })}
              </span>
            ) : null}
          </label>
          {live.hint('minutes')}
          {input(translate(S.description, lang), 'description', { multiline: true })}
        </>
      ) : null}
      {note.kind === 'idea'
        ? input(translate(S.ideaText, lang), 'text', { multiline: true })
        : null}
    </EditorFrame>
  );
}
