import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { lazyPart } from '../app/lazyPart.tsx';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { PANEL_STRINGS } from '../../shared/i18n/panels.ts';
import type { Plan } from '../../shared/plan.ts';
import { projectPlan } from '../../shared/projection.ts';
import { LIMITS, type Board } from '../../shared/schema.ts';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { useAnchoredPopover } from '../app/anchoredPopover.ts';
import { useDismiss } from '../app/useDismiss.ts';
import { usePageHide } from '../app/usePageHide.ts';
import type { CanvasHandle } from '../canvas/types.ts';
import { CheckCountBadge } from '../plan/ChecksPanel.tsx';
import type { PresenceUser } from '../sync/presence.ts';
import type { BoardSession, SessionStatus } from '../sync/session.ts';
import { AddMeetingMenu } from './AddMeetingMenu.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { PresenceList } from './PresenceList.tsx';
import { usePhoneWidth } from './phoneWidth.ts';
import { ShareButton } from './ShareButton.tsx';
import { UndoRedoButtons } from './UndoRedoButtons.tsx';

// Rarely used, so loaded on first use (issue 6: start-up JavaScript budget).
const DownloadMenu = lazyPart(() =>
  import('../plan/DownloadMenu.tsx').then((module) => module.DownloadMenu),
);

interface ToolbarProps {
  readonly session: BoardSession;
  readonly user: PresenceUser;
  readonly board: Board;
  /** Null until it is first projected, just after the board is painted. */
  readonly plan: Plan | null;
  readonly status: SessionStatus;
  readonly editable: boolean;
  readonly readOnly: boolean;
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly navigate: (to: string) => void;
  readonly canvas: CanvasHandle | null;
  readonly links: { readonly editUrl: string | null; readonly viewUrl: string | null };
  readonly planOpen: boolean;
  readonly togglePlan: () => void;
  readonly panelsOpen: boolean;
  readonly togglePanels: () => void;
}

export function TitleField(props: {
  title: string;
  editable: boolean;
  lang: Lang;
  onCommit: (title: string) => void;
}) {
  const [draft, setDraft] = useState(props.title);
  const [focused, setFocused] = useState(false);
  // A title over its cap, left in the field: where its message stands (under the field).
  const [tooLong, setTooLong] = useState<{ left: number; top: number } | null>(null);
  // Escape blurs too; the blur must then not save what Escape threw away.
  const cancelled = useRef(false);
  // What the title was when the field got the focus: only a change from that
  // is saved, so a rename by someone else meanwhile is not written back.
  const atFocus = useRef(props.title);
  useEffect(() => {
    if (!focused && !tooLong) setDraft(props.title);
  }, [props.title, focused, tooLong]);
  // The page's last moment blurs the field: the title typed is saved as on leaving it.
  const field = useRef<HTMLInputElement>(null);
  usePageHide(focused, () => field.current?.blur());
  const title = props.title || translate(S.untitled, props.lang);
  // The whole title as a tooltip: a narrow toolbar shows only its start.
  if (!props.editable)
    return (
      <h1 className="board-title" data-testid="board-title" title={title}>
        {title}
      </h1>
    );
  const max = LIMITS.titleChars;
  return (
    <>
      {/* The page's heading, first in a screen reader's list of headings; the field shows the
          title to the eye (out of the toolbar's row: .visually-hidden is absolute). */}
      <h1 className="visually-hidden">{title}</h1>
      <input
        ref={field}
        className="board-title"
        data-testid="board-title"
        aria-label={translate(S.boardTitleLabel, props.lang)}
        aria-invalid={tooLong !== null}
        aria-describedby={tooLong ? 'board-title-alert' : undefined}
        title={draft}
        value={draft}
        // As wide as the title where CSS field-sizing is not supported (toolbar.css).
        size={Math.max(1, draft.length)}
        // No maxLength: a pasted title over it would be cut short unseen (the message says so).
        onFocus={() => {
          if (!tooLong) atFocus.current = props.title;
          setFocused(true);
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim().length <= max) setTooLong(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.currentTarget.blur();
          if (event.key === 'Escape') {
            cancelled.current = true;
            setDraft(props.title);
            event.currentTarget.blur();
          }
        }}
        onBlur={(event) => {
          setFocused(false);
          const next = draft.trim();
          if (!cancelled.current && next.length > max) {
            // Kept in the field, not saved, with the message; Escape gives the title back.
            const box = event.currentTarget.getBoundingClientRect();
            setTooLong({ left: box.left, top: box.bottom + 4 });
            return;
          }
          setTooLong(null);
          const keep = cancelled.current || next === '' || next === atFocus.current;
          cancelled.current = false;
          // A board always has a title (the landing page asks for one): empty means "as it was".
          if (keep) setDraft(props.title);
          else props.onCommit(next);
        }}
      />
      {tooLong && (
        // Fixed, out of the toolbar's row (which it would reflow) and its clipping overflow.
        <span id="board-title-alert" role="alert" className="title-alert" style={tooLong}>
          {translate(PANEL_STRINGS.textTooLong, props.lang, { length: draft.trim().length, max })}
        </span>
      )}
    </>
  );
}

/** A toolbar button that shows or hides a part of the page (the side panels, the plan). */
function ToggleButton(props: {
  pressed: boolean;
  testId: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`button${props.pressed ? ' pressed' : ''}`}
      aria-pressed={props.pressed}
      data-testid={props.testId}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export function Toolbar(props: ToolbarProps) {
  const { session, board, plan, status, editable, lang, canvas } = props;
  const t = (entry: { da: string; en: string }) => translate(entry, lang);
  const [downloadsOpen, setDownloadsOpen] = useState(false);
  const downloadsRoot = useRef<HTMLDetailsElement>(null);
  useDismiss(downloadsOpen, downloadsRoot, () => setDownloadsOpen(false));
  const downloadsPopover = useAnchoredPopover<HTMLDivElement>(downloadsOpen, downloadsRoot);
  // A phone's toolbar scrolls sideways: these two come right after the title (and a read-only
  // link's badge, which says why nothing moves), in its first screenful, as the side panels
  // start closed there (BoardWorkspace.tsx).
  const phone = usePhoneWidth();
  const toggles = (
    <>
      <ToggleButton pressed={props.panelsOpen} testId="toggle-panels" onClick={props.togglePanels}>
        {t(S.showPanels)}
      </ToggleButton>
      <ToggleButton pressed={props.planOpen} testId="toggle-plan" onClick={props.togglePlan}>
        {t(S.showPlan)} {plan !== null && <CheckCountBadge checks={plan.checks} lang={lang} />}
      </ToggleButton>
    </>
  );
  return (
    <header className="toolbar">
      <a
        className="home-link"
        href="/"
        title={t(S.home)}
        // The sign is decoration; a screen reader says where the link goes.
        aria-label={t(S.home)}
        onClick={(event) => {
          event.preventDefault();
          props.navigate('/');
        }}
      >
        ◧
      </a>
      <TitleField
        title={board.title}
        editable={editable}
        lang={lang}
        onCommit={(title) => session.actions?.updateBoard({ title })}
      />
      {props.readOnly && (
        <span className="badge readonly" data-testid="readonly-badge">
          {t(S.readOnly)}
        </span>
      )}
      {phone && toggles}
      <ConnectionStatus status={status} lang={lang} />
      <span className="toolbar-spacer" />
      {editable && <UndoRedoButtons session={session} canvas={canvas} lang={lang} />}
      {editable && session.actions && (
        <AddMeetingMenu
          actions={session.actions}
          lang={lang}
          onAdded={(id) => canvas?.focus({ kind: 'lane', id })}
        />
      )}
      <span className="button-group">
        <button
          type="button"
          className="button"
          title={t(S.zoomOut)}
          aria-label={t(S.zoomOut)}
          onClick={() => canvas?.zoomBy(1 / 1.25)}
        >
          −
        </button>
        <button
          type="button"
          className="button"
          data-testid="fit-board"
          onClick={() => canvas?.fitBoard()}
        >
          {t(S.fitBoard)}
        </button>
        <button
          type="button"
          className="button"
          title={t(S.zoomIn)}
          aria-label={t(S.zoomIn)}
          onClick={() => canvas?.zoomBy(1.25)}
        >
          +
        </button>
      </span>
      <PresenceList presence={session.presence} self={props.user} lang={lang} />
      {!phone && toggles}
      <details
        ref={downloadsRoot}
        className="menu"
        data-testid="downloads-menu"
        open={downloadsOpen}
        onToggle={(event) => setDownloadsOpen(event.currentTarget.open)}
        // Tab out of the menu closes it, as a press outside does (useDismiss). Not a blur
        // to nowhere: a button that turns busy drops the focus so while the menu is in use.
        onBlur={(event) => {
          if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget))
            setDownloadsOpen(false);
        }}
        // Tab while the menu's code loads went past it (a busy machine): it waits for the
        // menu, which then takes the focus (DownloadMenu). No button yet: not loaded.
        onKeyDown={(event) => {
          const menu = event.currentTarget;
          if (
            event.key === 'Tab' &&
            !event.shiftKey &&
            menu.open &&
            !menu.querySelector('button')
          ) {
            event.preventDefault();
            menu.dataset['tab'] = '';
          }
        }}
      >
        <summary className="button">{t(S.downloads)}</summary>
        {downloadsOpen && (
          <div ref={downloadsPopover} className="menu-popover">
            <Suspense fallback={<span role="status">{t(S.loadingShort)}</span>}>
              <DownloadMenu
                plan={plan ?? projectPlan(board)}
                board={board}
                lang={lang}
                exportPng={() =>
                  canvas ? canvas.exportPng(2) : Promise.reject(new Error('no canvas'))
                }
              />
            </Suspense>
          </div>
        )}
      </details>
      {props.links.viewUrl !== null && (
        <ShareButton editUrl={props.links.editUrl} viewUrl={props.links.viewUrl} lang={lang} />
      )}
      <LanguageSwitch lang={lang} setLang={props.setLang} />
    </header>
  );
}
