import { expect } from '@open-wc/testing';
import { IdIndex } from '../../src/model/id-index.js';

/** Adds each id at its position; returns what add said for each. */
function addAll(index: IdIndex, ids: readonly string[]): number[] {
  return ids.map((id, position) => index.add(id, position));
}

describe('IdIndex', () => {
  it('finds the first position of a repeated id', () => {
    const ids = ['a', 'b', 'a', 'c', 'b', 'a'];
    const index = new IdIndex(ids.length, (position) => ids[position]!);
    expect(addAll(index, ids)).to.deep.equal([-1, -1, 0, -1, 1, 0]);
    expect(['a', 'b', 'c', 'd', ''].map((id) => index.has(id))).to.deep.equal([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('tells ids apart that differ only in case, spacing or characters past the BMP', () => {
    const ids = ['Id', 'id', ' id', 'id ', '😀', '😁', 'é', 'e\u0301'];
    const index = new IdIndex(ids.length, (position) => ids[position]!);
    expect(addAll(index, ids)).to.deep.equal(ids.map(() => -1));
  });

  it('moves to a Map when the table fills (more ids than it was sized for), losing none', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `id-${i}`);
    const repeated = [...ids, ...ids];
    const index = new IdIndex(1, (position) => repeated[position]!);
    expect(addAll(index, repeated)).to.deep.equal([...ids.map(() => -1), ...ids.map((_, i) => i)]);
    expect(ids.every((id) => index.has(id))).to.equal(true);
    expect(index.has('id-300')).to.equal(false);
  });

  it('stays right when ids pile up in one slot (as a hostile file could make them)', () => {
    // FNV-1a, as the index hashes: ids whose hashes agree in their last 8 bits (its 256 slots).
    const fnv = (text: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      return h & 255;
    };
    const ids: string[] = [];
    for (let k = 0; ids.length < 100; k++) if (fnv(`x${k}`) === 7) ids.push(`x${k}`);
    const repeated = [...ids, ...ids];
    const index = new IdIndex(100, (position) => repeated[position]!);
    expect(addAll(index, repeated)).to.deep.equal([...ids.map(() => -1), ...ids.map((_, i) => i)]);
    expect(ids.every((id) => index.has(id))).to.equal(true);
  });

  it('sizes itself for 100,000 ids and finds every repeat', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `e${i % 60_000}`);
    const index = new IdIndex(ids.length, (position) => ids[position]!);
    const firsts = addAll(index, ids);
    expect(firsts.slice(0, 60_000).every((first) => first === -1)).to.equal(true);
    expect(firsts.slice(60_000).every((first, i) => first === i)).to.equal(true);
  });
});
