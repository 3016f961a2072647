import type { WebsocketProvider } from 'y-websocket';
import type { RunningServer } from '../../server/app.ts';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { createLogger, type Logger } from '../../server/log.ts';
import { MESSAGE_TYPES } from '../../shared/protocol.ts';
import { waitFor, type Harness } from './helpers.ts';
import { NetworkProxy } from './network-proxy.ts';

/** What the presence tests read of the server's JSON log lines. */
export interface LogLine {
  readonly event: string;
  readonly reason?: string;
}

export function capturedLog(): { logger: Logger; events: LogLine[] } {
  const events: LogLine[] = [];
  const logger = createLogger('info', (line) => events.push(JSON.parse(line) as LogLine));
  return { logger, events };
}

/**
 * `waitFor` whose timeout carries the server's log lines so far: these tests
 * race timers on a loaded machine, and a rare failure should tell its story.
 */
export async function waitForLogged(
  events: readonly LogLine[],
  condition: () => boolean,
  what: string,
  timeoutMs?: number,
): Promise<void> {
  try {
    await waitFor(condition, what, timeoutMs);
  } catch (error) {
    const log = events.map((line) => JSON.stringify(line)).join('\n');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; server log:\n${log}`,
    );
  }
}

/** The name `provider` shows for awareness client `clientId`. */
export function userName(provider: WebsocketProvider, clientId: number): string | undefined {
  const state = provider.awareness.getStates().get(clientId) as
    { user?: { name?: string } } | undefined;
  return state?.user?.name;
}

/** An awareness frame of one entry whose state is `json` as written (not re-serialised). */
export function awarenessFrameOf(clientId: number, clock: number, json: string): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, json);
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MESSAGE_TYPES.awareness);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** The [clientId, state] entries of the awareness frames a raw socket received. */
export function awarenessEntries(frames: readonly Uint8Array[]): [number, string][] {
  const entries: [number, string][] = [];
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_TYPES.awareness) continue;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(update);
      decoding.readVarUint(update); // clock
      entries.push([clientId, decoding.readVarString(update)]);
    }
  }
  return entries;
}

/** A proxy in front of `server` (see NetworkProxy), closed with the harness. */
export async function proxyFor(harness: Harness, server: RunningServer): Promise<NetworkProxy> {
  const started = await NetworkProxy.start(server);
  harness.onCleanup(() => started.close());
  return started;
}

/**
 * Anna's provider reaches the server through a proxy that can go silent (her
 * laptop sleeps, her wifi goes), an observer connects directly; both see her.
 */
export async function annaBehindProxy(harness: Harness, server: RunningServer, boardId: string) {
  const network = await proxyFor(harness, server);
  const observer = await harness.syncedProvider(server, boardId);
  const anna = harness.providerAt(network.wsBase, boardId);
  await waitFor(() => anna.synced, 'anna synced');
  const annaId = anna.doc.clientID;
  anna.awareness.setLocalStateField('user', { name: 'Anna' });
  await waitFor(() => userName(observer, annaId) === 'Anna', 'observer sees Anna');
  return { network, observer, anna, annaId };
}
