import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

/**
 * Compressed answers: the built client's precompressed files (static.ts) and
 * large REST reads compressed as they are sent (`encodeBody`). node:zlib only.
 */

/** The codings this server sends, brotli first: smaller at the same cost to the client. */
export type Coding = 'br' | 'gzip';
const CODINGS: readonly Coding[] = ['br', 'gzip'];

/** What the file of each coding ends with, beside the uncompressed one (vite.config.ts writes them). */
export const SIBLING_EXTENSION: Readonly<Record<Coding, string>> = { br: '.br', gzip: '.gz' };

/** A cache must not give one client's coding to another. */
export const VARY = 'Accept-Encoding';

/**
 * The codings the request accepts, most wanted first (a higher q first; of
 * equal q, brotli). RFC 9110 §12.5.3: names are case-insensitive, `q=0`
 * refuses, `*` stands for every coding not named, `x-gzip` is gzip. No
 * header, or an empty one, accepts none: the identity answer.
 */
export function acceptedCodings(header: string | undefined): Coding[] {
  const weights = new Map<string, number>();
  for (const entry of (header ?? '').split(',')) {
    const [rawName = '', ...params] = entry.split(';');
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    const weight = qValue(params);
    // An entry with a malformed weight is left out rather than guessed at.
    if (weight !== null) weights.set(name === 'x-gzip' ? 'gzip' : name, weight);
  }
  const star = weights.get('*') ?? 0;
  return CODINGS.map((coding) => ({ coding, q: weights.get(coding) ?? star }))
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q) // stable: equal weights keep CODINGS' order
    .map(({ coding }) => coding);
}

const QVALUE = /^q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/** The entry's `q` (1 when absent), or null when it is malformed. */
function qValue(params: readonly string[]): number | null {
  let weight = 1;
  for (const param of params) {
    const trimmed = param.trim();
    if (!/^q\s*=/i.test(trimmed)) continue; // another parameter: not ours to judge
    const match = QVALUE.exec(trimmed);
    if (match?.[1] === undefined) return null;
    weight = Number(match[1]);
  }
  return weight;
}

/** Below this a REST body is sent as it is: the saving would not pay for the work. */
export const ENCODE_MIN_BYTES = 4096;

/**
 * Made once per body: a board's rendering is kept while the board does not
 * change (board-reads.ts), so downloading it again costs no compression either.
 */
const encoded = new WeakMap<Buffer, Map<Coding, Promise<Buffer>>>();

/** Fast levels for work done per answer (brotli 5, gzip 6); the build's files get the best. */
const compressors: Readonly<Record<Coding, (body: Buffer) => Promise<Buffer>>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 5,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
};

/**
 * A REST body as the request accepts it, with the headers that say so. The
 * work runs on libuv's thread pool (async zlib), never on the event loop.
 */
export async function encodeBody(
  req: IncomingMessage,
  body: Buffer,
): Promise<{ body: Buffer; headers: Record<string, string> }> {
  const coding = acceptedCodings(req.headers['accept-encoding'])[0];
  if (coding === undefined || body.length < ENCODE_MIN_BYTES) {
    return { body, headers: { Vary: VARY } };
  }
  let codings = encoded.get(body);
  if (codings === undefined) {
    codings = new Map();
    encoded.set(body, codings);
  }
  let made = codings.get(coding);
  if (made === undefined) {
    const kept = codings;
    made = compressors[coding](body);
    kept.set(coding, made);
    made.catch(() => kept.delete(coding));
  }
  const smaller = await made;
  if (smaller.length >= body.length) return { body, headers: { Vary: VARY } };
  return { body: smaller, headers: { Vary: VARY, 'Content-Encoding': coding } };
}
