import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memoByContent } from './memo-by-content.js';

describe('memoByContent', () => {
  test('the same inputs by content are computed once, different ones again', () => {
    const calls: string[] = [];
    const double = memoByContent((list: string[], lines: Map<string, number>) => {
      calls.push(list.join());
      return { list: [...list, ...list], lines: lines.size };
    });
    assert.deepEqual(double(['a'], new Map([['x', 1]])), { list: ['a', 'a'], lines: 1 });
    assert.deepEqual(double(['a'], new Map([['x', 1]])), { list: ['a', 'a'], lines: 1 });
    assert.deepEqual(double(['a'], new Map([['x', 2]])), { list: ['a', 'a'], lines: 1 });
    assert.deepEqual(double(['b'], new Map()), { list: ['b', 'b'], lines: 0 });
    assert.deepEqual(calls, ['a', 'a', 'b']);
  });

  test('a caller that changes its result does not change what the next caller gets', () => {
    const make = memoByContent((n: number) => ({ items: [n] }));
    make(1).items.push(99);
    assert.deepEqual(make(1), { items: [1] });
  });

  test('only the last few inputs are kept: an old one is computed again', () => {
    let calls = 0;
    const square = memoByContent((n: number) => (calls++, n * n));
    for (const n of [1, 2, 3, 4, 5]) square(n);
    assert.equal(calls, 5);
    square(5);
    assert.equal(calls, 5);
    square(1);
    assert.equal(calls, 6);
  });
});
