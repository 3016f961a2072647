/** lib0's decoder: the bytes and the read position. */
export interface ByteReader {
  readonly arr: Uint8Array;
  pos: number;
}

/** Strings at most this long are built by hand when they are ASCII. */
const SHORT = 32;

const utf8 = new TextDecoder();

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
  decoder.pos = end;
  if (length <= SHORT) {
    const bytes = decoder.arr;
    let text = '';
    for (let i = start; i < end; i++) {
      const byte = bytes[i] as number;
      if (byte > 0x7f) return utf8.decode(bytes.subarray(start, end));
      text += String.fromCharCode(byte);
    }
    return text;
  }
  return utf8.decode(decoder.arr.subarray(start, end));
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
