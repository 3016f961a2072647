import { useMemo, useState } from 'react';
import type { Lang } from '../../shared/i18n/index.ts';
import type { FormNote, Person } from '../../shared/schema.ts';
import { noteBoardRect, type PlacedNote } from './boardGeometry.ts';
import type { CanvasController } from './controller.ts';
import { EditorFrame, fieldStyle, labelStyle } from './editorFrame.tsx';
import { t } from './strings.ts';

export interface NoteEditorProps {
  readonly controller: CanvasController;
  readonly placed: PlacedNote;
  readonly person: Person | undefined;
  /** The form notes of the note's lane (the participant's form picker). */
  readonly laneForms: readonly FormNote[];
  readonly lang: Lang;
  readonly onClose: () => void;
}

/** Whole minutes or empty; anything else is an error shown under the field. */
export function parseMinutes(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return value > 0 && value <= 2880 ? { ok: true, value } : { ok: false };
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
  // The rectangle is fixed while the editor is open (it follows the camera, not later moves).
  const board = useMemo(() => noteBoardRect(placed), [placed.note.id]);

  const save = () => {
    const { actions } = controller.props;
    switch (note.kind) {
      case 'participant': {
        const formId = form === '' ? null : form;
        // One save is one gesture: one transaction, one undo step.
        actions.together('updateNote', () => {
          if (person && (name !== person.name || affiliation !== person.affiliation)) {
            actions.updatePerson(person.id, { name, affiliation });
          }
          if (contribution !== note.contribution || role !== note.role) {
            actions.updateNote(note.id, { contribution, role });
          }
          if (formId !== note.form) actions.attachToForm(note.id, formId);
        });
        break;
      }
      case 'form': {
        const parsed = parseMinutes(minutes);
        if (!parsed.ok) {
          setMinutesError(true);
          return;
        }
        if (
          formName !== note.name ||
          parsed.value !== note.durationMinutes ||
          description !== note.description
        ) {
          actions.updateNote(note.id, {
            name: formName,
            durationMinutes: parsed.value,
            description,
          });
        }
        break;
      }
      case 'idea':
        if (text !== note.text) actions.updateNote(note.id, { text });
        break;
    }
    props.onClose();
  };

  const input = (label: string, value: string, set: (v: string) => void, multiline = false) => (
    <label style={labelStyle}>
      {label}
      {multiline ? (
        <textarea
          style={{ ...fieldStyle, resize: 'vertical' }}
          rows={3}
          value={value}
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
      label={t(lang, 'editNote')}
      hint={t(lang, 'editorHint')}
      onSave={save}
      onCancel={props.onClose}
    >
      {note.kind === 'participant' ? (
        <>
          {person ? input(t(lang, 'name'), name, setName) : null}
          {person ? input(t(lang, 'affiliation'), affiliation, setAffiliation) : null}
          {person ? (
            <div style={{ fontSize: 12, color: '#57606a', margin: '-4px 0 8px' }}>
              {t(lang, 'personFieldsHint')}
            </div>
          ) : null}
          {input(t(lang, 'contribution'), contribution, setContribution, true)}
          {input(t(lang, 'role'), role, setRole)}
          <label style={labelStyle}>
            {t(lang, 'form')}
            <select style={fieldStyle} value={form} onChange={(e) => setForm(e.target.value)}>
              <option value="">{t(lang, 'noForm')}</option>
              {props.laneForms.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name || t(lang, 'untitledForm')}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      {note.kind === 'form' ? (
        <>
          {input(t(lang, 'formName'), formName, setFormName)}
          <label style={labelStyle}>
            {t(lang, 'formMinutes')}
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
              <span style={{ color: '#c62828', fontSize: 12 }}>{t(lang, 'invalidMinutes')}</span>
            ) : null}
          </label>
          {input(t(lang, 'description'), description, setDescription, true)}
        </>
      ) : null}
      {note.kind === 'idea' ? input(t(lang, 'ideaText'), text, setText, true) : null}
    </EditorFrame>
  );
}
