import { BoundedMemo } from '../src/memo';

describe('BoundedMemo', () => {
  it('works a key out once, and forgets everything once it holds its bound', () => {
    const memo = new BoundedMemo<string, number>(2);
    let computed = 0;
    const get = (k: string) => memo.get(k, () => ++computed);
    expect([get('a'), get('a'), get('b'), get('a')]).toEqual([1, 1, 2, 1]);
    expect(computed).toBe(2);
    // A third key finds the memo full: it is cleared, so 'a' is worked out again.
    expect(get('c')).toBe(3);
    expect(get('a')).toBe(4);
    expect(get('c')).toBe(3);
  });
});
