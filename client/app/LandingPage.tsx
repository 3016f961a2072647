import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { LANDING_STRINGS as L } from '../../shared/i18n/landing.ts';
import { checkFileSize, formatIssuesForPeople, parseBoardJson } from '../../shared/validate.ts';
import { LIMITS, TYPED_YEARS, isRealDate } from '../../shared/schema.ts';
import { formatDanishDate, formatEnglishDate } from '../../shared/dates.ts';
import {
  MAX_TEMPLATE_MEETINGS,
  MIN_TEMPLATE_MEETINGS,
  isTemplateStart,
  parseNetworkMeetingCount,
} from '../../shared/template.ts';
import { createBoardFromTemplate, importBoardFile, type ApiFailure } from '../sync/api.ts';
import { loadRecentBoards } from './device.ts';
import { WrittenOut } from '../canvas/WrittenOut.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface LandingPageProps {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly navigate: (to: string) => void;
}

/** The local calendar day (`YYYY-MM-DD`) of a moment, by default now. */
function localDay(time = Date.now()): string {
  const now = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function failureMessages(failure: ApiFailure, lang: Lang): string[] {
  switch (failure.kind) {
    case 'invalid':
      return formatIssuesForPeople(failure.issues, lang);
    case 'too-large':
      return [translate(L.errorTooLarge, lang)];
    case 'network':
      return [translate(L.errorNetwork, lang)];
    case 'not-found':
      return [translate(L.errorServer, lang, { status: 404 })];
    case 'server':
      return [serverFailureMessage(failure.status, failure.code, lang)];
  }
}

/** The API's error codes a user can meet here, in their words; any other by its HTTP status. */
function serverFailureMessage(status: number, code: string | null, lang: Lang): string {
  switch (code) {
    case 'store-unavailable':
    case 'store-slow': // not stored within the server's wait: the same to the user
      return translate(L.errorStoreUnavailable, lang);
    case 'forbidden-origin':
      return translate(L.errorForbiddenOrigin, lang);
    case 'invalid-request':
      return translate(L.errorInvalidRequest, lang);
    default:
      return translate(L.errorServer, lang, { status });
  }
}

const CREATE_FIELDS = ['title', 'start', 'meetings'] as const;
type CreateField = (typeof CREATE_FIELDS)[number];

/** Messages made in whatever language the page shows now, so a switch translates them too. */
type Messages = (lang: Lang) => string[];

export function LandingPage({ lang, setLang, navigate }: LandingPageProps) {
  // Reached from a board's home link without a reload, the tab still had the board's name.
  useEffect(() => {
    document.title = 'Netværkstavlen';
  }, []);
  const [title, setTitle] = useState('');
  const [start, setStart] = useState(localDay);
  // As typed: clearing the field to type another number must not snap it to 1.
  const [meetings, setMeetings] = useState('5');
  const [busy, setBusy] = useState(false);
  const [createMessages, setCreateMessages] = useState<Messages | null>(null);
  // The fields the last "Opret" found wrong: marked for assistive technology, the first one focused.
  const [invalid, setInvalid] = useState<ReadonlySet<CreateField>>(new Set());
  const fields = {
    title: useRef<HTMLInputElement>(null),
    start: useRef<HTMLInputElement>(null),
    meetings: useRef<HTMLInputElement>(null),
  };
  const createErrorsId = useId();
  /** A field typed in since: no longer marked wrong (the message stays until the next try). */
  const edited = (field: CreateField) =>
    setInvalid((before) => {
      if (!before.has(field)) return before;
      const after = new Set(before);
      after.delete(field);
      return after;
    });
  const [importMessages, setImportMessages] = useState<Messages | null>(null);
  // A function in state must be wrapped, or React would call it as an updater.
  const setCreateError = (messages: Messages | null) => setCreateMessages(() => messages);
  const setImportErrors = (messages: Messages | null) => setImportMessages(() => messages);
  const createError = createMessages?.(lang) ?? [];
  const importErrors = importMessages?.(lang) ?? [];
  const recent = loadRecentBoards();
  const importHeadingId = useId();
  const importHintId = useId();

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    // The form is noValidate: these messages, in the page's language, are the ones shown.
    const networkMeetings = parseNetworkMeetingCount(meetings);
    // Trimmed once: the checks, the message (in any language, later too) and the board read it.
    const trimmedTitle = title.trim();
    const titleMissing = trimmedTitle === '';
    const titleTooLong = trimmedTitle.length > LIMITS.titleChars;
    const errors = (l: Lang) => [
      ...(titleMissing ? [translate(L.errorTitleRequired, l)] : []),
      ...(titleTooLong
        ? [
            translate(L.errorTitleTooLong, l, {
              length: trimmedTitle.length,
              max: LIMITS.titleChars,
            }),
          ]
        : []),
      ...(!isRealDate(start)
        ? [translate(L.errorStartDate, l)]
        : !isTemplateStart(start)
          ? [translate(L.errorStartYears, l, TYPED_YEARS)]
          : []),
      ...(networkMeetings === null
        ? [
            translate(L.errorMeetingCount, l, {
              min: MIN_TEMPLATE_MEETINGS,
              max: MAX_TEMPLATE_MEETINGS,
            }),
          ]
        : []),
    ];
    const wrong = CREATE_FIELDS.filter((field) =>
      field === 'title'
        ? titleMissing || titleTooLong
        : field === 'start'
          ? !isTemplateStart(start)
          : networkMeetings === null,
    );
    setInvalid(new Set(wrong));
    if (errors(lang).length > 0 || networkMeetings === null) {
      setCreateError(errors);
      // Where the user must type next, not on the button they just pressed.
      const first = wrong[0];
      if (first !== undefined) fields[first].current?.focus();
      return;
    }
    setBusy(true);
    const result = await createBoardFromTemplate({
      title: trimmedTitle,
      start,
      networkMeetings,
      // The template's forms in the language the board is created in.
      lang,
    });
    setBusy(false);
    if (result.ok) navigate(result.value.editUrl);
    else {
      const failure = result.error;
      setCreateError((l) => failureMessages(failure, l));
    }
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    setImportErrors(null);
    const size = checkFileSize(file.size);
    if (!size.ok) {
      const issues = size.error;
      setImportErrors((l) => formatIssuesForPeople(issues, l));
      return;
    }
    const text = await file.text();
    // Checked here first so the user reads every problem without a round trip;
    // the server checks again.
    const parsed = parseBoardJson(text);
    if (!parsed.ok) {
      const issues = parsed.error;
      setImportErrors((l) => formatIssuesForPeople(issues, l));
      return;
    }
    setBusy(true);
    const result = await importBoardFile(text);
    setBusy(false);
    if (result.ok) navigate(result.value.editUrl);
    else {
      const failure = result.error;
      setImportErrors((l) => failureMessages(failure, l));
    }
  };

  return (
    <main className="page landing">
      <header className="landing-header">
        <h1>{translate(S.appName, lang)}</h1>
        <LanguageSwitch lang={lang} setLang={setLang} />
      </header>
      <p className="tagline">{translate(L.tagline, lang)}</p>
      <div className="landing-grid">
        <form className="card" noValidate onSubmit={(event) => void onCreate(event)}>
          <h2>{translate(L.createHeading, lang)}</h2>
          <label>
            {translate(L.theme, lang)}
            <input
              data-testid="create-title"
              ref={fields.title}
              aria-invalid={invalid.has('title') || undefined}
              aria-describedby={invalid.has('title') ? createErrorsId : undefined}
              value={title}
              // No maxLength: a pasted title over it would be cut short unseen (the check says so).
              placeholder={translate(L.themePlaceholder, lang)}
              onChange={(event) => {
                setTitle(event.target.value);
                edited('title');
              }}
              required
            />
          </label>
          <label>
            {translate(L.startDate, lang)}
            <input
              data-testid="create-start"
              ref={fields.start}
              aria-invalid={invalid.has('start') || undefined}
              aria-describedby={invalid.has('start') ? createErrorsId : undefined}
              type="date"
              value={start}
              onChange={(event) => {
                setStart(event.target.value);
                edited('start');
              }}
              required
            />
          </label>
          <WrittenOut date={start} time="" lang={lang} />
          <label>
            {translate(L.meetingCount, lang)}
            <input
              data-testid="create-meetings"
              ref={fields.meetings}
              aria-invalid={invalid.has('meetings') || undefined}
              aria-describedby={invalid.has('meetings') ? createErrorsId : undefined}
              type="number"
              min={MIN_TEMPLATE_MEETINGS}
              max={MAX_TEMPLATE_MEETINGS}
              value={meetings}
              onChange={(event) => {
                setMeetings(event.target.value);
                edited('meetings');
              }}
            />
          </label>
          {createError.length > 0 && (
            <ul className="form-errors" role="alert" id={createErrorsId}>
              {createError.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <button
            type="submit"
            className="button primary"
            data-testid="create-submit"
            disabled={busy}
          >
            {translate(busy ? L.creating : L.create, lang)}
          </button>
        </form>
        <section className="card">
          <h2 id={importHeadingId}>{translate(L.importHeading, lang)}</h2>
          <p className="muted" id={importHintId}>
            {translate(L.importHint, lang)}
          </p>
          {/* The browser's own file button speaks the browser's language ("Choose File",
              "No file chosen" on a Danish page): a button of ours in the page's stands in. */}
          <label className="button" data-testid="import-choose">
            {translate(L.chooseFile, lang)}
            <input
              data-testid="import-file"
              className="visually-hidden"
              aria-labelledby={importHeadingId}
              aria-describedby={importHintId}
              type="file"
              accept="application/json,.json"
              // Emptied as the chooser opens: the same file chosen again (mended after an error) is read again.
              onClick={(event) => {
                event.currentTarget.value = '';
              }}
              onChange={(event) => void onImport(event.target.files?.[0])}
            />
          </label>
          {importErrors.length > 0 && (
            <div className="form-errors" role="alert" data-testid="import-errors">
              <p>{translate(L.importErrors, lang)}</p>
              <ul>
                {importErrors.map((message, index) => (
                  <li key={index}>{message}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <section className="card" data-testid="recent-boards">
          <h2>{translate(L.recentHeading, lang)}</h2>
          {recent.length === 0 ? (
            <p className="muted">{translate(L.noRecent, lang)}</p>
          ) : (
            <ul className="recent-list">
              {recent.map((board) => (
                <li key={board.path}>
                  <a
                    href={board.path}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(board.path);
                    }}
                  >
                    {board.title || translate(S.untitled, lang)}
                  </a>
                  {board.readOnly && <span className="badge">{translate(S.readOnly, lang)}</span>}
                  <span className="muted">
                    {' '}
                    {/* As the plan writes dates: the browser's "en" would be 11/30/2026. */}
                    {(lang === 'da' ? formatDanishDate : formatEnglishDate)(
                      localDay(board.openedAt),
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
