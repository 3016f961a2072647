import { z } from 'zod/mini';

/** One rule for every id in a board file and every id in a URL (issue 2 §2, issue 3). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const idSchema = z.string().check(z.regex(ID_PATTERN, { error: 'invalid id' }));
export type Id = z.infer<typeof idSchema>;

export function isValidId(value: unknown): value is Id {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A random URL-safe id of `bits` bits of entropy (rounded up to whole base64url
 * characters). Records use 96 bits; board and view ids use 128 (issue 3).
 */
export function createId(bits = 96): Id {
  const length = Math.ceil(bits / 6);
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}

/**
 * An id made from `parts` (two 32-bit FNV-1a hashes, about 60 bits in 11
 * characters), the same on every client: two users who make the same record
 * at one moment then write one key of the document, and it keeps one record,
 * not two (shared/ops/participants.ts, addCoreParticipants).
 */
export function derivedId(...parts: readonly string[]): Id {
  const text = parts.join('\u0000');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  let id = '';
  for (let i = 0; i < 11; i++) {
    const word = i < 6 ? a >>> (i * 6) : b >>> ((i - 6) * 6);
    id += ALPHABET[word & 63];
  }
  return id;
}
