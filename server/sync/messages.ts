import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { AUTH_STORE_STATUS, MESSAGE_TYPES } from '../../shared/protocol.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { MAX_NESTING_DEPTH, findTooDeep, nestsDeeper } from './nesting.ts';

/**
 * y-websocket's wire format, read defensively: every frame from a socket is
 * untrusted, so parsing returns a Result instead of throwing into the room.
 */

export type ClientMessage =
  | { readonly type: 'sync-step-1'; readonly stateVector: Uint8Array }
  | { readonly type: 'update'; readonly update: Uint8Array }
  | { readonly type: 'awareness'; readonly update: Uint8Array; readonly entries: AwarenessEntry[] }
  | { readonly type: 'query-awareness' }
  | { readonly type: 'auth' };

export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  /** The state as sent (JSON text); JSON `null` removes the client. */
  readonly stateJson: string;
  /** Whether the state is JSON `null` (however spaced): the client's removal. */
  readonly removes: boolean;
}

export function parseClientMessage(data: Uint8Array): Result<ClientMessage, string> {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_TYPES.sync: {
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          Y.decodeStateVector(payload); // throws on a malformed vector
          return ok({ type: 'sync-step-1', stateVector: payload });
        }
        if (
          syncType === syncProtocol.messageYjsSyncStep2 ||
          syncType === syncProtocol.messageYjsUpdate
        ) {
          return ok({ type: 'update', update: payload });
        }
        return err(`unknown sync message type ${syncType}`);
      }
      case MESSAGE_TYPES.awareness: {
        const update = decoding.readVarUint8Array(decoder);
        const entries = parseAwarenessUpdate(update);
        return entries.ok ? ok({ type: 'awareness', update, entries: entries.value }) : entries;
      }
      case MESSAGE_TYPES.queryAwareness:
        return ok({ type: 'query-awareness' });
      case MESSAGE_TYPES.auth:
        return ok({ type: 'auth' });
      default:
        return err(`unknown message type ${type}`);
    }
  } catch (error) {
    return err(`unreadable frame: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The entries of an awareness update; each state must be JSON (as y-protocols writes it). */
export function parseAwarenessUpdate(update: Uint8Array): Result<AwarenessEntry[], string> {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  // Every entry takes at least 3 bytes: a cheap bound before looping on a forged count.
  if (count > update.length) return err('awareness entry count exceeds frame');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const stateJson = decoding.readVarString(decoder);
    let state: unknown;
    try {
      state = JSON.parse(stateJson);
    } catch {
      return err('awareness state is not JSON');
    }
    // Encoding it again (the relay's broadcast, a joiner's presence) recurses per level.
    if (nestsDeeper(state)) return err('awareness state nested too deep');
    entries.push({ clientId, clock, stateJson, removes: state === null });
  }
  return ok(entries);
}

/** An awareness update of just these entries (the inverse of `parseAwarenessUpdate`). */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.stateJson);
  }
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Sync step 2 carrying `update`, a whole-document update already encoded (a stored snapshot). */
export function encodeSyncStep2Of(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[],
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.awareness);
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients]),
  );
  return encoding.toUint8Array(encoder);
}

/**
 * An awareness message with no entries: y-protocols applies it as a no-op (no
 * 'change' or 'update' event), yet y-websocket's provider counts it as a
 * message received. The keepalive for sockets that hear nothing else.
 */
export function encodeEmptyAwarenessMessage(): Uint8Array {
  return encodeAwarenessFrame(encodeAwarenessEntries([]));
}

/** An awareness message carrying `update` (as `encodeAwarenessEntries` makes it). */
export function encodeAwarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The server's word on storing the board: `unsaved` while it does not (see `AUTH_STORE_STATUS`). */
export function encodeStoreStatus(unsaved: boolean): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.auth);
  encoding.writeVarUint(encoder, AUTH_STORE_STATUS);
  encoding.writeVarUint(encoder, unsaved ? 1 : 0);
  return encoding.toUint8Array(encoder);
}

/**
 * Reads a whole update — its structs and then its delete set — without
 * applying it. `Y.applyUpdate` integrates the structs before it reads the
 * delete set, so an update whose delete set is broken would throw only after
 * its content is in the document (and stored and broadcast). Checking first
 * keeps a refused frame out entirely. Costs about half of applying it.
 * Refuses too what nests deeper than `MAX_NESTING_DEPTH` once in `doc`
 * (see `findTooDeep`); `pendingTooDeep`: the updates waiting in `doc` would,
 * joined by this one, and are to be dropped before it is applied.
 */
export function readWholeUpdate(
  update: Uint8Array,
  doc: Y.Doc,
): Result<{ readonly pendingTooDeep: boolean }, string> {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch (error) {
    return err(`unreadable update: ${error instanceof Error ? error.message : String(error)}`);
  }
  const tooDeep = findTooDeep(doc, structs);
  if (tooDeep === 'pending-type') return ok({ pendingTooDeep: true });
  if (tooDeep === 'repeated-client') return err('update repeats a client');
  if (tooDeep !== null) return err(`update nests a ${tooDeep} more than ${MAX_NESTING_DEPTH} deep`);
  return ok({ pendingTooDeep: false });
}

/** An update with no structs and no deletions (what a client with nothing new sends as step 2). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((byte) => byte === 0);
}
