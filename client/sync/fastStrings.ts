/** lib0's decoder: the bytes and the read position. */
export interface ByteReader {
  readonly arr: Uint8Array;
  pos: number;
}

/** Strings at most this long are built by hand when they are ASCII. */
const SHORT = 32;

// As lib0's own (lib0/string.js): a leading U+FEFF is text, not a mark to drop,
// and bytes that are not UTF-8 are an error, not U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Recently read short strings by a hash of their bytes. A board repeats its
 * keys and references thousands of times (every note's `kind`, `place`, its
 * lane's id); `TextDecoder` kept each copy outside the JS heap, built here
 * they would each be a copy on it. A repeat is handed the string already
 * made, without making another. Fixed size: unique strings only pass through.
 */
const RECENT_SLOTS = 1024;
const recent: Array<string | undefined> = new Array<string | undefined>(RECENT_SLOTS);

function sameText(text: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i - start) !== bytes[i]) return false;
  return true;
}

/**
 * lib0's `readVarString` (a length, then UTF-8 bytes) with short ASCII strings
 * built directly: `TextDecoder.decode` costs about a microsecond a call, and
 * Yjs reads every key and id of a board through it (vite.config.ts
 * `fastShortStrings`). ASCII bytes decode to the same characters either way,
 * so the result is identical.
 */
export function readVarStringShortFirst(
  decoder: ByteReader,
  readLength: (decoder: ByteReader) => number,
): string {
  const length = readLength(decoder);
  const start = decoder.pos;
  const end = start + length;
  const bytes = decoder.arr;
  if (end > bytes.length) throw new Error('Unexpected end of array');
  decoder.pos = end;
  if (length > SHORT) return utf8.decode(bytes.subarray(start, end));
  let hash = length;
  for (let i = start; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte > 0x7f) return utf8.decode(bytes.subarray(start, end));
    hash = (Math.imul(hash, 31) + byte) | 0;
  }
  const slot = hash & (RECENT_SLOTS - 1);
  const known = recent[slot];
  if (known !== undefined && sameText(known, bytes, start, end)) return known;
  // One call makes one flat string; `text += char` would leave a chain of
  // concatenated strings per id (~0.9 MB more heap at 3,000 notes).
  const text = String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  recent[slot] = text;
  return text;
}

/** lib0's encoder, seen only through lib0's own functions. */
export type ByteWriter = object;

/**
 * lib0's `writeVarString` with short ASCII strings written byte by byte
 * instead of through `TextEncoder.encodeInto` (Yjs encodes the whole board when
 * it is first stored in the browser). Same bytes either way.
 */
export function writeVarStringShortFirst<E extends ByteWriter>(
  encoder: E,
  text: string,
  writeLength: (encoder: E, length: number) => void,
  writeByte: (encoder: E, byte: number) => void,
  writeOther: (encoder: E, text: string) => void,
): void {
  const length = text.length;
  if (length > SHORT) return writeOther(encoder, text);
  for (let i = 0; i < length; i++) if (text.charCodeAt(i) > 0x7f) return writeOther(encoder, text);
  writeLength(encoder, length);
  for (let i = 0; i < length; i++) writeByte(encoder, text.charCodeAt(i));
}
