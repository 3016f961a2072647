import * as Y from 'yjs';

/**
 * How deeply a client's values may nest, and its shared types inside one
 * another: far more than the board needs (its document is a few maps deep, its
 * values flat; a presence state is a cursor, a name, a selection), far less
 * than what overflows the stack. Yjs and lib0 recurse per level when they
 * encode a value again (`writeAny`, `JSON.stringify`: a joiner's sync answer,
 * compaction, the relay's presence), decode it (`readAny`: loading the board
 * after a restart) or delete and collect a nested type; a few thousand levels,
 * a few kB on the wire, throw there. Refused where they arrive instead, so one
 * client's bytes cannot break the board for everyone.
 */
export const MAX_NESTING_DEPTH = 64;

/** Whether `value` nests arrays and objects deeper than `max` (the walk stops there). */
export function nestsDeeper(value: unknown, max: number = MAX_NESTING_DEPTH): boolean {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return false;
  if (max === 0) return true;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  for (const child of children) if (nestsDeeper(child, max - 1)) return true;
  return false;
}

type Struct = Y.Item | Y.GC | Y.Skip;

/** What is nested too deep once `update` meets `doc`, or null when nothing is. */
export type TooDeep = 'value' | 'type' | 'pending-type' | 'repeated-client';

/**
 * Checks an update, already decoded, against the document it goes into: its
 * values (any, JSON, embed, format and subdocument options) and how deep its
 * shared types sit. A type's depth follows its parents through the update,
 * the document and the updates already waiting in it for missing ones (a chain
 * of types can arrive in pieces, in any order). `'pending-type'`: only those
 * waiting updates are now too deep, joined by this one.
 */
export function findTooDeep(doc: Y.Doc, structs: readonly Struct[]): TooDeep | null {
  for (const struct of structs) {
    if (struct instanceof Y.Item && contentNestsDeeper(struct.content)) return 'value';
  }
  const incoming = byClient(structs);
  if (incoming === null) return 'repeated-client';
  const waiting = waitingIn(doc);
  const depths = new TypeDepths(doc, waiting === null ? [incoming] : [incoming, waiting]);
  if (depths.anyTooDeep(incoming)) return 'type';
  if (waiting !== null && depths.anyTooDeep(waiting)) return 'pending-type';
  return null;
}

/**
 * What waits in a document, decoded, kept per waiting update: Yjs gives
 * `pendingStructs.update` a new array whenever what waits changes (merging in
 * more, retrying it, dropping it) and never writes into one, so the array's
 * identity is its version. Decoding it anew for every incoming update cost
 * a note's move 40 µs with one small update waiting (2.5 µs kept), 157 ms with
 * 780 kB of waiting maps (4 ms kept: walking their depths, which the incoming
 * update may change). The decoded structs are only read (`TypeDepths` keeps
 * its own memo).
 */
const decodedWaiting = new WeakMap<Uint8Array, Map<number, Struct[]> | null>();

function waitingIn(doc: Y.Doc): Map<number, Struct[]> | null {
  const pending = doc.store.pendingStructs;
  if (pending === null) return null;
  const { update } = pending;
  let waiting = decodedWaiting.get(update);
  if (waiting === undefined) {
    // Yjs keeps what waits in the v2 encoding.
    waiting = byClient(Y.decodeUpdateV2(update).structs);
    decodedWaiting.set(update, waiting);
  }
  return waiting;
}

function contentNestsDeeper(content: Y.Item['content']): boolean {
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    for (const value of content.arr as unknown[]) {
      // Most values are strings and numbers: no call for them.
      if (typeof value === 'object' && value !== null && nestsDeeper(value)) return true;
    }
    return false;
  }
  if (content instanceof Y.ContentEmbed) return nestsDeeper(content.embed);
  if (content instanceof Y.ContentFormat) return nestsDeeper(content.value);
  if (content instanceof Y.ContentDoc) return nestsDeeper(content.opts);
  return false;
}

/** Each client's structs in clock order; null if a client's run is broken (no encoder does that). */
function byClient(structs: readonly Struct[]): Map<number, Struct[]> | null {
  const clients = new Map<number, Struct[]>();
  let run: Struct[] | null = null;
  for (const struct of structs) {
    const last = run?.at(-1);
    if (last !== undefined && last.id.client === struct.id.client) {
      if (struct.id.clock !== last.id.clock + last.length) return null;
      run!.push(struct);
      continue;
    }
    if (clients.has(struct.id.client)) return null;
    run = [struct];
    clients.set(struct.id.client, run);
  }
  return clients;
}

/** Marks a struct whose depth is being found, so a forged cycle of origins ends. */
const VISITING = -1;

/** The depth of the type each item sits in (a root type is 1), found once per item. */
class TypeDepths {
  private readonly memo = new Map<object, number>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly sets: readonly Map<number, Struct[]>[],
  ) {}

  anyTooDeep(structs: Map<number, Struct[]>): boolean {
    for (const run of structs.values()) {
      for (const struct of run) {
        if (struct instanceof Y.Item && struct.content instanceof Y.ContentType) {
          if (this.containerDepth(struct) + 1 > MAX_NESTING_DEPTH) return true;
        }
      }
    }
    return false;
  }

  /**
   * Walks up without recursion (the chain being checked may be thousands
   * long): to the parent item for a type's child, to the origin for an item
   * whose parent is implied by its neighbour, until a depth is known.
   */
  private containerDepth(start: Y.Item): number {
    const path: { item: Y.Item; step: number }[] = [];
    let current = start;
    let depth: number;
    for (;;) {
      const known = this.memo.get(current);
      if (known !== undefined) {
        depth = known === VISITING ? 1 : known;
        break;
      }
      const parent: unknown = current.parent;
      if (parent instanceof Y.AbstractType) {
        depth = this.integratedDepth(parent);
        break;
      }
      if (typeof parent === 'string') {
        depth = 1;
        break;
      }
      const next = parent instanceof Y.ID ? parent : (current.origin ?? current.rightOrigin);
      const found = next === null ? null : this.find(next);
      // A parent that is no type, or one not here at all: the item waits or is collected.
      if (
        !(found instanceof Y.Item) ||
        (next === parent && !(found.content instanceof Y.ContentType))
      ) {
        depth = 1;
        break;
      }
      this.memo.set(current, VISITING);
      path.push({ item: current, step: next === parent ? 1 : 0 });
      current = found;
    }
    this.memo.set(current, depth);
    for (let i = path.length - 1; i >= 0; i--) {
      depth += path[i]!.step;
      this.memo.set(path[i]!.item, depth);
    }
    return depth;
  }

  /** A type in the document: its parents are objects already. */
  private integratedDepth(type: Y.AbstractType<unknown>): number {
    const known = this.memo.get(type);
    if (known !== undefined) return known;
    let depth = 1;
    for (let item = type._item; item !== null; depth++) {
      item = item.parent instanceof Y.AbstractType ? item.parent._item : null;
    }
    this.memo.set(type, depth);
    return depth;
  }

  /** The struct holding `id`: in the update, in what waits, or in the document. */
  private find(id: Y.ID): Struct | null {
    for (const set of this.sets) {
      const found = findIn(set.get(id.client), id.clock);
      if (found !== null) return found;
    }
    return findIn(this.doc.store.clients.get(id.client), id.clock);
  }
}

function findIn(run: readonly Struct[] | undefined, clock: number): Struct | null {
  if (run === undefined || run.length === 0) return null;
  const last = run[run.length - 1]!;
  if (clock < run[0]!.id.clock || clock >= last.id.clock + last.length) return null;
  return run[Y.findIndexSS(run as Struct[], clock)] ?? null;
}
