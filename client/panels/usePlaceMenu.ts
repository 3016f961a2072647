import { useCallback, useMemo, useRef, useState } from 'react';
import { CANVAS_STRINGS } from '../../shared/i18n/canvas.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { distinctMeetingTitles } from '../../shared/i18n/meetings.ts';
import { opErrorText } from '../../shared/i18n/op-errors.ts';
import { PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { message, showMessage, type Message } from '../../shared/i18n/translate.ts';
import type { OpError } from '../../shared/ops/index.ts';
import type { Result } from '../../shared/result.ts';
import type { Meeting } from '../../shared/schema.ts';
import type { CanvasHandle } from '../canvas/types.ts';

/** A place a row's menu offers: a meeting, or the parking area (id null). */
export interface PlaceTarget {
  readonly id: string | null;
  readonly label: string;
}

/**
 * The meetings in board order, named as their lanes name them (a title that
 * would repeat, two extra meetings, numbered as the overview numbers it), with
 * the sub-theme; the parking area last.
 */
export function placeTargets(meetings: readonly Meeting[], lang: Lang): PlaceTarget[] {
  let network = 0;
  const numbered = meetings.map((m) => ({
    kind: m.kind,
    number: m.kind === 'network' ? ++network : null,
  }));
  const titles = distinctMeetingTitles(numbered, lang);
  const targets: PlaceTarget[] = meetings.map((meeting, i) => {
    const subtheme = meeting.subtheme.trim();
    const title = titles[i] ?? '';
    return { id: meeting.id, label: subtheme ? `${title}: ${subtheme}` : title };
  });
  targets.push({ id: null, label: CANVAS_STRINGS.parking[lang] });
  return targets;
}

/** What every row's menu gets; one stable object, so the memoised rows stay put. */
export interface PlaceMenuActions {
  open(entryId: string): void;
  /** A press on the row: opens its menu, or closes it when open. */
  toggle(entryId: string): void;
  close(): void;
  pick(entryId: string, target: PlaceTarget): void;
}

export interface PlaceMenuConfig {
  readonly meetings: readonly Meeting[];
  readonly lang: Lang;
  readonly canvas: CanvasHandle | null;
  readonly place: (
    canvas: CanvasHandle,
    entryId: string,
    meetingId: string | null,
  ) => Result<string, OpError>;
  /** The entry's name as the row shows it, for what is announced. */
  readonly name: (entryId: string) => string;
  /** An error to show, or null to clear the panel's error line. */
  readonly onError: (error: Message | null) => void;
  /** After a note is placed, with what the panel's line tells a screen reader. */
  readonly onPlaced?: ((said: string) => void) | undefined;
}

/** The line that says where a placing went: the parking area, or the meeting `label`. */
function placedMessage(name: string, targetId: string | null, label: string): Message {
  return targetId === null
    ? message(S.placedInParking, { name })
    : message(S.placedOnMeeting, { name, meeting: label });
}

/**
 * A panel's side of placing from a row's menu: which row's menu is open (one
 * at a time), what it offers, the placing, and a line for screen readers
 * saying where the note went (the focus stays in the panel, on the row).
 */
export function usePlaceMenu(config: PlaceMenuConfig) {
  const latest = useRef(config);
  latest.current = config;
  const [openId, setOpenId] = useState<string | null>(null);
  // Where the last placing went, by id: its line follows the language and the meeting's name.
  const [placed, setPlaced] = useState<{ name: string; targetId: string | null } | null>(null);
  const targets = useMemo(
    () => placeTargets(config.meetings, config.lang),
    [config.meetings, config.lang],
  );
  const status = useMemo<Message | null>(() => {
    if (placed === null) return null;
    const target = targets.find((candidate) => candidate.id === placed.targetId);
    return target ? placedMessage(placed.name, placed.targetId, target.label) : null;
  }, [placed, targets]);
  const close = useCallback(() => setOpenId(null), []);
  const actions = useMemo<PlaceMenuActions>(
    () => ({
      open: (entryId) => setOpenId(entryId),
      toggle: (entryId) => setOpenId((open) => (open === entryId ? null : entryId)),
      close,
      pick: (entryId, target) => {
        setOpenId(null);
        const { canvas, place, name, onError } = latest.current;
        if (!canvas) return;
        const result = place(canvas, entryId, target.id);
        onError(result.ok ? null : opErrorText(result.error));
        if (!result.ok) return;
        const named = name(entryId);
        setPlaced({ name: named, targetId: target.id });
        const said = placedMessage(named, target.id, target.label);
        latest.current.onPlaced?.(showMessage(said, latest.current.lang));
      },
    }),
    [close],
  );
  return { openId, targets, actions, status };
}
