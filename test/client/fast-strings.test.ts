import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { fastShortStrings } from '../../vite.config.ts';
import {
  readVarStringShortFirst,
  writeVarStringShortFirst,
} from '../../client/sync/fastStrings.ts';

const SAMPLES = [
  '',
  'a',
  'kind',
  'contribution',
  'x'.repeat(32),
  'x'.repeat(33),
  'y'.repeat(500),
  'Søren S.',
  'Æblegrød på ø',
  'emoji 🙂 here',
  '\u007f\u0080',
  'z'.repeat(31) + 'å',
  '\u0000nul',
  '\uFEFFabc',
  '\uFEFFå',
  'x'.repeat(40) + '\uFEFF',
];

const writeFast = (encoder: encoding.Encoder, text: string) =>
  writeVarStringShortFirst(
    encoder,
    text,
    encoding.writeVarUint,
    encoding.write,
    encoding.writeVarString,
  );

describe('short strings read and written without TextDecoder/TextEncoder', () => {
  it('writes the same bytes as lib0 for ASCII, non-ASCII, empty and long strings', () => {
    for (const text of SAMPLES) {
      const fast = encoding.createEncoder();
      writeFast(fast, text);
      const lib0 = encoding.createEncoder();
      encoding.writeVarString(lib0, text);
      expect(encoding.toUint8Array(fast), text).toEqual(encoding.toUint8Array(lib0));
    }
  });

  it('reads back every string and stops exactly after it', () => {
    const encoder = encoding.createEncoder();
    for (const text of SAMPLES) encoding.writeVarString(encoder, text);
    encoding.writeVarUint(encoder, 4242);
    const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
    for (const text of SAMPLES) {
      expect(readVarStringShortFirst(decoder, decoding.readVarUint)).toBe(text);
    }
    expect(decoding.readVarUint(decoder)).toBe(4242);
  });
});

describe('bytes lib0 refuses', () => {
  it('are refused here too: a length past the end, bytes that are not UTF-8', () => {
    const past = decoding.createDecoder(Uint8Array.of(9, 97, 98));
    expect(() => readVarStringShortFirst(past, decoding.readVarUint)).toThrow();
    const notUtf8 = decoding.createDecoder(Uint8Array.of(3, 97, 0xff, 40));
    expect(() => readVarStringShortFirst(notUtf8, decoding.readVarUint)).toThrow();
  });
});

describe('repeated short strings', () => {
  it('reads thousands of distinct and repeated ids right, however their hashes collide', () => {
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) texts.push(`n${i}`, 'kind', `m${i % 7}`, `${i % 97}x${i}`);
    const encoder = encoding.createEncoder();
    for (const text of texts) encoding.writeVarString(encoder, text);
    const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
    const read = texts.map(() => readVarStringShortFirst(decoder, decoding.readVarUint));
    expect(read).toEqual(texts);
  });
});

describe('the build patch of lib0 (vite.config.ts fastShortStrings)', () => {
  const require = createRequire(import.meta.url);
  const lib0Dir = dirname(require.resolve('lib0/package.json'));
  const transform = (file: string) => {
    const plugin = fastShortStrings();
    const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
    const id = join(lib0Dir, file);
    return hook.call({}, readFileSync(id, 'utf8'), id)?.code;
  };

  it("replaces lib0's string functions in the installed version", () => {
    const decodingCode = transform('decoding.js');
    const encodingCode = transform('encoding.js');
    expect(decodingCode).toContain('readVarStringShortFirst(decoder, readVarUint)');
    expect(encodingCode).toContain('writeVarStringShortFirst(encoder, str, writeVarUint, write');
  });

  it('leaves every other module alone', () => {
    const plugin = fastShortStrings();
    const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(hook.call({}, 'export const x = 1', join(lib0Dir, 'string.js'))).toBeNull();
    expect(hook.call({}, 'export const x = 1', '/app/client/decoding.js')).toBeNull();
  });
});
