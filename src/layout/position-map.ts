/**
 * Event id → position in the sorted items, built on the first question rather than with the
 * index: a Map of 100,000 ids took about as long as the rest of createTimelineIndex, and the
 * first render asks it nothing (only selection, keyboard steps and kept events do).
 */
export class PositionMap implements ReadonlyMap<string, number> {
  private built?: Map<string, number>;

  /** `idAt(position)`: the id of the event at each of `size` positions. */
  constructor(
    private readonly count: number,
    private readonly idAt: (position: number) => string,
  ) {}

  private get map(): Map<string, number> {
    if (!this.built) {
      // Later items win over earlier ones with the same id, as `new Map(entries)` does.
      this.built = new Map();
      for (let i = 0; i < this.count; i++) this.built.set(this.idAt(i), i);
    }
    return this.built;
  }

  get size(): number {
    return this.map.size;
  }

  get(id: string): number | undefined {
    return this.map.get(id);
  }

  has(id: string): boolean {
    return this.map.has(id);
  }

  forEach(
    callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void,
    thisArg?: unknown,
  ): void {
    this.map.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, number]> {
    return this.map.entries();
  }

  keys(): MapIterator<string> {
    return this.map.keys();
  }

  values(): MapIterator<number> {
    return this.map.values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.map[Symbol.iterator]();
  }
}
