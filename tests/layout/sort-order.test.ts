import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PositionMap } from '../../src/layout/position-map.js';
import { sortOrder } from '../../src/layout/sort-order.js';
import { SEED } from '../property/arbitraries.js';

/** The sort createTimelineIndex used to run on its items: by start, then end, stable. */
function comparatorOrder(first: number[], second: number[]): number[] {
  return first.map((_, i) => i).sort((a, b) => first[a]! - first[b]! || second[a]! - second[b]!);
}

describe('sortOrder', () => {
  it('orders like a stable comparator sort by the first key, then the second', () => {
    // Few distinct values, so that ties on one key or both are common.
    const key = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-0, 0.5, 1e15, -1e15));
    const pairs = fc.array(fc.tuple(key, key), { maxLength: 300 });
    fc.assert(
      fc.property(pairs, (list) => {
        const first = list.map(([a]) => a);
        const second = list.map(([, b]) => b);
        const order = sortOrder(Float64Array.from(first), Float64Array.from(second));
        expect(Array.from(order)).to.deep.equal(comparatorOrder(first, second));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('orders input that is already (or nearly) in order, ties kept', () => {
    // A file written in time order, with ties, and the same with a few pairs swapped.
    const sorted = Array.from({ length: 5000 }, (_, i) => Math.floor(i / 3));
    const nearly = [...sorted];
    for (const i of [10, 999, 2500, 4990])
      [nearly[i], nearly[i + 7]] = [nearly[i + 7]!, nearly[i]!];
    for (const first of [sorted, nearly]) {
      const second = first.map((_, i) => i % 2);
      const order = sortOrder(Float64Array.from(first), Float64Array.from(second));
      expect(Array.from(order)).to.deep.equal(comparatorOrder(first, second));
    }
  });

  it('orders infinite keys, and gives a permutation even with NaN among them', () => {
    const first = [2, Infinity, 1, -Infinity, 1];
    const second = [0, 1, Infinity, 0, -Infinity];
    const order = sortOrder(Float64Array.from(first), Float64Array.from(second));
    expect(Array.from(order)).to.deep.equal(comparatorOrder(first, second));
    // Dates are never NaN; if a key were, every item would still come out, once.
    const withNaN = sortOrder(Float64Array.from([2, NaN, 1, 0]), Float64Array.from([0, 0, NaN, 1]));
    expect(Array.from(withNaN).sort()).to.deep.equal([0, 1, 2, 3]);
  });
});

describe('PositionMap', () => {
  it('answers as the Map of id → position would, later ids winning', () => {
    const items = ['a', 'b', 'a', 'c'].map((id) => ({ event: { id } }));
    const expected = new Map(items.map((item, i) => [item.event.id, i]));
    const positions = new PositionMap(items.length, (i) => items[i]!.event.id);
    expect(positions.get('a')).to.equal(2);
    expect(positions.get('z')).to.equal(undefined);
    expect(positions.has('c')).to.equal(true);
    expect(positions.size).to.equal(3);
    expect([...positions]).to.deep.equal([...expected]);
    expect([...positions.keys()]).to.deep.equal([...expected.keys()]);
    expect([...positions.values()]).to.deep.equal([...expected.values()]);
    const seen: [string, number][] = [];
    positions.forEach((position, id, map) => {
      expect(map).to.equal(positions);
      seen.push([id, position]);
    });
    expect(seen).to.deep.equal([...expected.entries()]);
  });
});
