import { describe, expect, it } from 'vitest';
import { remembered } from './memo.js';

describe('remembered', () => {
  it('asks f once per argument, and again only after forgetting everything at its limit', () => {
    const asked: string[] = [];
    const upper = remembered((s: string) => {
      asked.push(s);
      return s.toUpperCase();
    }, 3);
    expect(['a', 'b', 'a', 'c', 'b'].map(upper)).toEqual(['A', 'B', 'A', 'C', 'B']);
    expect(asked).toEqual(['a', 'b', 'c']);
    // A fourth argument fills it past its limit: everything before is forgotten.
    expect(upper('d')).toBe('D');
    expect(upper('a')).toBe('A');
    expect(asked).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('keeps a null answer as an answer', () => {
    let calls = 0;
    const find = remembered((s: string) => {
      calls++;
      return s === 'x' ? 'found' : null;
    });
    expect([find('y'), find('y'), find('x')]).toEqual([null, null, 'found']);
    expect(calls).toBe(2);
  });
});
