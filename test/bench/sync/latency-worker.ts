/**
 * One load-generator thread of part (a): the clients of some rooms. Every
 * client moves one of its own notes `movesPerSecond` times a second through
 * `moveNotes`, writing a per-room sequence number as the note's x; the send
 * time of each number is kept in a table, and every other client of the room
 * records now − send time when its document sees that x arrive. A room's
 * clients all live in one thread, so one clock serves sender and receivers.
 *
 * ← {type: 'ready'} once every client is synced and moving (warm-up);
 * → {type: 'measure'} starts the send-time table; → {type: 'stop'};
 * ← {type: 'done', samples, moves, eventLoopDelayP99Ms, utilization}.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roots } from '../../../shared/doc.ts';
import { readPlace } from '../../../shared/note-place.ts';
import { moveNotes } from '../../../shared/ops/index.ts';
import { connect, sleep, synced } from './clients.ts';

export interface LatencyWorkerData {
  readonly url: string;
  readonly boardIds: readonly string[];
  readonly clients: number;
  readonly notes: number;
  readonly movesPerSecond: number;
}

export type LatencyWorkerMessage =
  | { readonly type: 'ready' }
  | {
      readonly type: 'done';
      readonly samples: Float64Array;
      readonly moves: number;
      readonly eventLoopDelayP99Ms: number;
      /** Share of the measured window this thread's event loop was busy. */
      readonly utilization: number;
    };

/** Sequence numbers start above every x of the generated board. */
const FIRST_SEQ = 10_000;

interface Room {
  readonly members: WebsocketProvider[];
  readonly sent: Map<number, number>;
  seq: number;
}

async function run(data: LatencyWorkerData): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('not a worker');
  process.setMaxListeners(0); // y-websocket adds an exit listener per provider
  const samples: number[] = [];
  const rooms: Room[] = [];
  let measuring = false;
  let moves = 0;

  for (const boardId of data.boardIds) {
    const members = await Promise.all(
      Array.from({ length: data.clients }, () => synced(connect(data.url, boardId))),
    );
    const room: Room = { members, sent: new Map(), seq: FIRST_SEQ };
    for (const member of members) {
      roots(member.doc).notes.observeDeep((events, transaction) => {
        if (transaction.local) return;
        const now = performance.now();
        for (const event of events) {
          if (!(event instanceof Y.YMapEvent) || !event.keysChanged.has('place')) continue;
          const sent = room.sent.get(readPlace(event.target as Y.Map<unknown>).x);
          if (sent !== undefined) samples.push(now - sent);
        }
      });
    }
    rooms.push(room);
  }

  const timers: ReturnType<typeof setTimeout>[] = [];
  const period = 1000 / data.movesPerSecond;
  const notesPerClient = Math.floor(data.notes / data.clients);
  for (const room of rooms) {
    room.members.forEach((member, i) => {
      let n = 0;
      const move = () => {
        const id = `note${i * notesPerClient + (n++ % notesPerClient)}`;
        const note = roots(member.doc).notes.get(id);
        if (note === undefined) throw new Error(`${id} missing`);
        const { lane, y } = readPlace(note);
        const seq = room.seq++;
        // Moves sent during warm-up are not in the table, so their arrivals are not counted.
        if (measuring) {
          room.sent.set(seq, performance.now());
          moves++;
        }
        const result = moveNotes(member.doc, [{ id, lane, x: seq, y }], 'bench');
        if (!result.ok) throw new Error(`moveNotes: ${JSON.stringify(result.error)}`);
      };
      // Spread over the period, as independent people would be.
      timers.push(setTimeout(() => timers.push(setInterval(move, period)), Math.random() * period));
    });
  }

  const delay = monitorEventLoopDelay({ resolution: 1 });
  let elu = performance.eventLoopUtilization();
  port.on('message', (message: { type: 'measure' | 'stop' }) => {
    if (message.type === 'measure') {
      delay.enable();
      elu = performance.eventLoopUtilization();
      measuring = true;
      return;
    }
    measuring = false;
    delay.disable();
    const utilization = performance.eventLoopUtilization(elu).utilization;
    for (const timer of timers) clearInterval(timer);
    void sleep(1000).then(() => {
      // The last moves' arrivals are in; the clients go.
      for (const room of rooms) for (const member of room.members) member.destroy();
      const done: LatencyWorkerMessage = {
        type: 'done',
        samples: Float64Array.from(samples),
        moves,
        eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
        utilization,
      };
      port.postMessage(done);
    });
  });
  port.postMessage({ type: 'ready' } satisfies LatencyWorkerMessage);
}

void run(workerData as LatencyWorkerData);
