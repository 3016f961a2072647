import * as decoding from 'lib0/decoding';
import { messageAuth, type WebsocketProvider } from 'y-websocket';
import { AUTH_STORE_STATUS } from '../../shared/protocol.ts';

/**
 * Calls `listener` with the server's word on whether it stores this board's
 * edits: true while it does not (its store hangs or fails: edits reach it
 * but are not saved, and while it hangs they do not reach the others
 * either), false once it does again. The server says so in an auth message
 * of a kind y-protocols does not define, which a standard y-websocket client
 * skips without a word; every other auth message goes to y-websocket.
 */
export function watchServerStore(
  provider: WebsocketProvider,
  listener: (unsaved: boolean) => void,
): void {
  const handlers = provider.messageHandlers;
  const original = handlers[messageAuth];
  handlers[messageAuth] = (encoder, decoder, from, emitSynced, messageType) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) === AUTH_STORE_STATUS)
      listener(decoding.readVarUint(peek) === 1);
    else original?.(encoder, decoder, from, emitSynced, messageType);
  };
}
