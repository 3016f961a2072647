import type { Point } from '../../shared/layout.ts';
import type { CanvasController } from './controller.ts';
import { hitPoint } from './hitTest.ts';
import { meetingMetaLine, subthemeCut } from './Lane.tsx';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { meetingHeading } from '../../shared/i18n/meetings.ts';
import type { Check } from '../../shared/plan.ts';
import type { Meeting } from '../../shared/schema.ts';
import { confirmDelete } from '../app/confirmDelete.ts';
import { checkMessagesLoaded } from '../plan/checkWording.ts';

/** The pointer cursor and tooltip for what is under a board point. */
export interface HoverHint {
  readonly cursor: string;
  /** Check messages or a button's label; '' for none. */
  readonly title: string;
  /** Checks are there whose messages have not loaded yet (checkWording.ts): no title until then. */
  readonly unworded?: boolean;
}

export function hoverHint(controller: CanvasController, at: Point): HoverHint {
  const hit = hitPoint(controller.layout, at);
  const { checks, lang } = controller.props;
  if (hit.area === 'note' && hit.noteId) {
    const cursor = controller.readOnly ? 'pointer' : 'move';
    return checkHint(
      cursor,
      checks.filter((c) => c.noteId === hit.noteId),
      lang,
    );
  }
  // A read-only lane draws no buttons: its header is just a header there.
  if (hit.area === 'headerButton' && hit.button && !controller.readOnly) {
    return {
      cursor: 'pointer',
      title: translate(hit.button === 'delete' ? S.deleteMeeting : S.addCore, lang),
    };
  }
  if (hit.area === 'header' && hit.lane) {
    const meeting = controller.layout.laneById.get(hit.lane)?.meeting;
    return checkHint(
      controller.readOnly ? 'default' : 'grab',
      checks.filter((c) => c.meetingId === hit.lane && !c.noteId),
      lang,
      meeting ? headerWhole(meeting, lang) : '',
    );
  }
  return { cursor: 'default', title: '' };
}

/**
 * What the header cuts short, whole, in its order, before the checks: a sub-theme past its two
 * lines, and, for a lane with a place, its date line ("… · Borgerservicecentret i Sun…"); these
 * were read only in the lane's editor. A header that shows all of it adds nothing.
 */
function headerWhole(meeting: Meeting, lang: Lang): string {
  return [
    subthemeCut(meeting.subtheme) ? meeting.subtheme.trim() : '',
    meeting.location.trim() ? meetingMetaLine(lang, meeting) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** `first`, then the checks' messages, one a line, once they have loaded (the pointer input loads them). */
function checkHint(cursor: string, checks: readonly Check[], lang: Lang, first = ''): HoverHint {
  const unworded = checks.length > 0 && !checkMessagesLoaded();
  const messages = unworded ? [] : checks.map((c) => c.message[lang]);
  return { cursor, title: [first, ...messages].filter(Boolean).join('\n'), unworded };
}

export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return (
    !!target &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function laneButton(
  controller: CanvasController,
  laneId: string,
  button: 'addCore' | 'delete',
): void {
  const { actions, lang } = controller.props;
  if (button === 'addCore') {
    actions.addCoreParticipants(laneId);
    return;
  }
  const name = laneTitleOf(controller, laneId);
  void confirmDelete({ what: 'meeting', name }, lang).then((yes) => {
    // A meeting someone else deleted while the question was open answers not-found: nothing
    // happens, and the board's notice has told who deleted it.
    if (yes) controller.props.actions.deleteMeeting(laneId);
  });
}

function laneTitleOf(controller: CanvasController, laneId: string): string {
  const lane = controller.layout.laneById.get(laneId);
  if (!lane) return '';
  const { lang } = controller.props;
  return meetingHeading(lane.meeting.kind, lane.number, lane.meeting.subtheme, lang);
}
