import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from './sort.js';

describe('sortSmall', () => {
  it('orders as Array.prototype.sort does, stably, short arrays and long ones', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() }), { maxLength: 120 }), (items) => {
        const cmp = (x: { key: number }, y: { key: number }) => x.key - y.key;
        const mine = [...items];
        expect(sortSmall(mine, cmp)).toBe(mine);
        expect(mine).toEqual([...items].sort(cmp));
      }),
      { numRuns: 500 },
    );
  });
});
