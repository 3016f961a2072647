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
