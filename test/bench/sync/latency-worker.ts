/**
 * One load-generator thread of part (a): some clients of some rooms (which
 * ones: latency.ts). Every client moves one of its own notes `movesPerSecond`
 * times a second through `moveNotes`, writing a per-room sequence number as
 * the note's x. The move's start time goes into a table shared by all threads
 * (`SharedLatencyTables`); every other client of the room, when its document
 * has applied that x, records when its socket delivered the frame minus the
 * start time. Both times come from one monotonic clock for all threads.
 *
 * The thread first sets its own nice value (`nice`, nice.ts).
 * ← {type: 'ready', nice} once every client is synced; → {type: 'start'} starts the
 * moves (warm-up); → {type: 'measure'}; → {type: 'stop'};
 * ← {type: 'done', samples, sends, moves, eventLoopDelayP99Ms, utilization}.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import * as Y from 'yjs';
import { roots } from '../../../shared/doc.ts';
import { readPlace } from '../../../shared/note-place.ts';
import { moveNotes } from '../../../shared/ops/index.ts';
import { syncedClient, type BenchClient, type ClientKind } from './bench-client.ts';
import { sleep } from './clients.ts';
import {
  isMeasuring,
  nextSeq,
  setStartedAt,
  startedAt,
  type SharedLatencyTables,
} from './latency-tables.ts';
import { niceThisThread } from './nice.ts';
import { monotonicNs } from './timed-socket.ts';

export interface LatencyWorkerData {
  readonly url: string;
  /** This thread's clients: which room (index and board) and which member of it. */
  readonly clients: readonly {
    readonly room: number;
    readonly boardId: string;
    readonly member: number;
  }[];
  /** What kind of client this thread runs (bench-client.ts). */
  readonly kind: ClientKind;
  readonly clientsPerRoom: number;
  readonly notes: number;
  readonly movesPerSecond: number;
  readonly tables: SharedLatencyTables;
  /** This thread's nice value (0 = unchanged; 19 = lowest priority). */
  readonly nice: number;
}

export type LatencyWorkerMessage =
  /** `nice`: this thread's nice value as the kernel reports it. */
  | { readonly type: 'ready'; readonly nice: number }
  | {
      readonly type: 'done';
      readonly samples: Float64Array;
      /** Per measured move of this thread: ms from its start until its frame was sent. */
      readonly sends: Float64Array;
      readonly moves: number;
      readonly eventLoopDelayP99Ms: number;
      /** Share of the measured window this thread's event loop was busy. */
      readonly utilization: number;
    };

type Command = { readonly type: 'start' | 'measure' | 'stop' };

async function run(data: LatencyWorkerData): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('not a worker');
  process.setMaxListeners(0); // y-websocket adds an exit listener per provider
  const nice = niceThisThread(data.nice);
  const { tables } = data;
  const samples: number[] = [];
  const sends: number[] = [];
  let moves = 0;

  const clients = await Promise.all(
    data.clients.map(async ({ room, boardId }) => {
      const client = await syncedClient(data.kind, data.url, boardId);
      roots(client.doc).notes.observeDeep((events, transaction) => {
        if (transaction.local) return;
        const arrived = client.arrivedAt();
        for (const event of events) {
          if (!(event instanceof Y.YMapEvent) || !event.keysChanged.has('place')) continue;
          const sent = startedAt(tables, room, readPlace(event.target as Y.Map<unknown>).x);
          if (sent !== 0n) samples.push(Number(arrived - sent) / 1e6);
        }
      });
      return client;
    }),
  );

  const timers: ReturnType<typeof setTimeout>[] = [];
  const period = 1000 / data.movesPerSecond;
  const notesPerClient = Math.floor(data.notes / data.clientsPerRoom);
  const startMoving = (client: BenchClient, room: number, member: number) => {
    let n = 0;
    const move = () => {
      const id = `note${member * notesPerClient + (n++ % notesPerClient)}`;
      const note = roots(client.doc).notes.get(id);
      if (note === undefined) throw new Error(`${id} missing`);
      const { lane, y } = readPlace(note);
      const seq = nextSeq(tables, room);
      const start = monotonicNs();
      // Only moves started while measuring enter the table, so only their arrivals count.
      const measured = isMeasuring(tables) && setStartedAt(tables, room, seq, start);
      client.local(() => {
        const result = moveNotes(client.doc, [{ id, lane, x: seq, y }], 'bench');
        if (!result.ok) throw new Error(`moveNotes: ${JSON.stringify(result.error)}`);
      });
      if (measured) {
        moves++;
        // The move's own task, up to its frame written to the socket: all of it the sender's.
        sends.push(Number(monotonicNs() - start) / 1e6);
      }
    };
    // Spread over the period, as independent people would be.
    timers.push(setTimeout(() => timers.push(setInterval(move, period)), Math.random() * period));
  };

  const delay = monitorEventLoopDelay({ resolution: 1 });
  let elu = performance.eventLoopUtilization();
  port.on('message', (command: Command) => {
    switch (command.type) {
      case 'start':
        data.clients.forEach(({ room, member }, i) => {
          const client = clients[i];
          if (client !== undefined) startMoving(client, room, member);
        });
        return;
      case 'measure':
        delay.enable();
        elu = performance.eventLoopUtilization();
        return;
      case 'stop': {
        delay.disable();
        const utilization = performance.eventLoopUtilization(elu).utilization;
        for (const timer of timers) clearInterval(timer);
        void sleep(1000).then(() => {
          // The last moves' arrivals are in; the clients go.
          for (const client of clients) client.destroy();
          const done: LatencyWorkerMessage = {
            type: 'done',
            samples: Float64Array.from(samples),
            sends: Float64Array.from(sends),
            moves,
            eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
            utilization,
          };
          port.postMessage(done);
        });
      }
    }
  });
  port.postMessage({ type: 'ready', nice } satisfies LatencyWorkerMessage);
}

void run(workerData as LatencyWorkerData);
