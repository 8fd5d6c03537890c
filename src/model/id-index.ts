/**
 * The ids in a list of events, each with the position of the event that has it first.
 *
 * A file can hold 100,000 ids. A Map of them took 40–200 ms to fill (its tables grow and are
 * garbage); here each slot of one typed array holds a position + 1 (0: empty), found by the
 * id's hash and linear probing, and the id itself is read back from the list to compare.
 * Should ids pile up in a few slots (a hostile file, say), or outnumber what it was sized for,
 * it moves them to a Map.
 */
export class IdIndex {
  private slots: Int32Array;
  private readonly mask: number;
  /** Probing steps left before a Map takes over: a few per slot is far more than fair hashing needs. */
  private budget: number;
  /** Ids it can take before it is half full, when a Map takes over too (so probing always ends). */
  private room: number;
  private map: Map<string, number> | undefined;

  /** `idAt(position)` is the id of the event at that position of the list. */
  constructor(
    capacity: number,
    private readonly idAt: (position: number) => string,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2; // at most half full
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.budget = size * 4;
    this.room = size / 2;
  }

  /** Adds `id`, the event at `position`'s; returns the position that had it first, or -1. */
  add(id: string, position: number): number {
    if (this.map) return addToMap(this.map, id, position);
    let slot = hash(id) & this.mask;
    for (let taken = this.slots[slot]!; taken !== 0; taken = this.slots[slot]!) {
      if (this.idAt(taken - 1) === id) return taken - 1;
      if (--this.budget < 0) return addToMap(this.toMap(), id, position);
      slot = (slot + 1) & this.mask;
    }
    if (--this.room < 0) return addToMap(this.toMap(), id, position);
    this.slots[slot] = position + 1;
    return -1;
  }

  has(id: string): boolean {
    if (this.map) return this.map.has(id);
    let slot = hash(id) & this.mask;
    for (let taken = this.slots[slot]!; taken !== 0; taken = this.slots[slot]!) {
      if (this.idAt(taken - 1) === id) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  /** Moves every id to a Map; the order of its entries does not matter. */
  private toMap(): Map<string, number> {
    const map = new Map<string, number>();
    for (const taken of this.slots) if (taken !== 0) map.set(this.idAt(taken - 1), taken - 1);
    this.map = map;
    this.slots = new Int32Array(0);
    return map;
  }
}

function addToMap(map: Map<string, number>, id: string, position: number): number {
  const first = map.get(id);
  if (first !== undefined) return first;
  map.set(id, position);
  return -1;
}

/** FNV-1a over the UTF-16 code units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
