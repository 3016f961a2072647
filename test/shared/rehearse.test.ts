import { describe, expect, it } from 'vitest';
import { rehearseOperations } from '../../shared/ops/index.ts';

describe('rehearseOperations', () => {
  it('runs every operation of a drop successfully on its scratch board', () => {
    const { ran, succeeded } = rehearseOperations();
    expect(ran).toBe(8);
    expect(succeeded).toBe(ran);
  });
});
