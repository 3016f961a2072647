import { describe, expect, it } from 'vitest';
import { compareOrdered, initialKeys, keyAfterAll, keyAt } from '../../shared/order.ts';

describe('fractional order keys', () => {
  it('seeds keys in ascending order', () => {
    const keys = initialKeys(50);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(50);
  });

  it('inserts between neighbours at any index', () => {
    const keys = initialKeys(3);
    for (let index = 0; index <= 3; index++) {
      const key = keyAt(keys, index);
      const next = [...keys.slice(0, index), key, ...keys.slice(index)];
      expect([...next].sort()).toEqual(next);
    }
  });

  it('copes with equal neighbours left by concurrent inserts', () => {
    const [a, b] = initialKeys(2) as [string, string];
    const key = keyAt([a, a, b], 1);
    expect(key > a && key < b).toBe(true);
  });

  it('skips damaged keys instead of throwing', () => {
    expect(() => keyAt(['', 'not a key!', 'a0'], 3)).not.toThrow();
    expect(keyAfterAll(['a0', 'zzz~', 'a1']) > 'a1').toBe(true);
  });

  it('breaks ties by id so every replica sorts alike', () => {
    const list = [
      { id: 'b', order: 'a0' },
      { id: 'a', order: 'a0' },
      { id: 'c', order: 'Zz' },
    ];
    expect(list.sort(compareOrdered).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});
