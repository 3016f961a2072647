import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from './log.ts';

const ANSWERS: Readonly<Record<string, string>> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
};

/**
 * The HTTP server's answer to a socket whose request it could not read, as
 * Node answers by default. Above all a socket that sent no request within
 * `headersTimeout` gets 408: browsers open spare sockets and keep them idle,
 * and Chromium sends a request again when a kept or spare socket answers 408,
 * where a 400 reaches the page (a board not created after a minute spent
 * typing its theme). Nothing is written on a socket that already had an answer.
 */
export function answerClientError(log: Logger) {
  return (error: Error & { code?: string }, socket: Duplex): void => {
    log.debug('client-error', { error: error.message, code: error.code });
    const answered = socket instanceof Socket && socket.bytesWritten > 0;
    if (error.code === 'ECONNRESET' || !socket.writable || answered) {
      socket.destroy();
      return;
    }
    const status = ANSWERS[error.code ?? ''] ?? '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  };
}
