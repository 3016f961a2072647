import { CANVAS_STRINGS } from './canvas.ts';
import type { StringTable } from './translate.ts';

/**
 * The plan's per-meeting actions (client/plan/MeetingActions.tsx): the canvas
 * header's delete and + Kerne, and reordering, for a keyboard. A table of its
 * own so that they load with that part, on first use, not with the board page.
 */
export const MEETING_ACTION_STRINGS = {
  moveEarlier: { da: 'Flyt tidligere', en: 'Move earlier' },
  moveLater: { da: 'Flyt senere', en: 'Move later' },
  addCore: CANVAS_STRINGS.addCore,
  core: CANVAS_STRINGS.core,
  deleteMeeting: CANVAS_STRINGS.deleteMeeting,
  allCoreIn: { da: 'Alle kernedeltagere er med', en: 'All core participants are in' },
  coreAdded: { da: 'Kernedeltagere sat ind: {n}', en: 'Core participants added: {n}' },
} as const satisfies StringTable;
