import type { PlanMeeting } from '../../shared/plan.ts';

/** Where a meeting may go by one step, under moveMeeting's rule that the final meeting stays last. */
export interface MeetingMoves {
  /** Its board position among the meetings. */
  readonly index: number;
  readonly earlier: boolean;
  readonly later: boolean;
}

/**
 * One step each way, as the canvas's header drag allows (laneDropIndex): the
 * final meeting does not move, and no other meeting goes past a final one.
 */
export function meetingMoves(meetings: readonly PlanMeeting[], index: number): MeetingMoves {
  const final = meetings[index]?.kind === 'final';
  const next = meetings[index + 1];
  return {
    index,
    earlier: !final && index > 0,
    later: !final && next !== undefined && next.kind !== 'final',
  };
}
