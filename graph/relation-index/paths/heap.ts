// A binary min-heap of (key, tie, value) triples on growable typed arrays, reused across queries.

/**
 * Hand-written because JS heap libraries store objects per entry; this one allocates nothing per push,
 * which matters when one query pushes tens of thousands of entries. Lazy deletion: callers skip stale values.
 */
export class MinHeap {
  private keys: Float64Array;
  private ties: Int32Array;
  private values: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity);
    this.ties = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
  }

  /** Empties the heap without freeing its arrays. */
  clear(): void {
    this.size = 0;
  }

  /** The smallest key (by key, then tie), or Infinity when empty. */
  topKey(): number {
    return this.size > 0 ? this.keys[0]! : Infinity;
  }

  /** The tie of the smallest entry, or 0 when empty. */
  topTie(): number {
    return this.size > 0 ? this.ties[0]! : 0;
  }

  /** Adds a value; entries order by key, then by tie (smaller first). */
  push(value: number, key: number, tie = 0): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const ties = this.ties;
    const values = this.values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && ties[parent]! <= tie)) break;
      keys[i] = pk;
      ties[i] = ties[parent]!;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    ties[i] = tie;
    values[i] = value;
  }

  /** Removes and returns the value with the smallest key; the heap must not be empty. */
  pop(): number {
    const keys = this.keys;
    const ties = this.ties;
    const values = this.values;
    const top = values[0]!;
    const last = --this.size;
    const key = keys[last]!;
    const tie = ties[last]!;
    const value = values[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (keys[right]! < keys[child]! || (keys[right] === keys[child] && ties[right]! < ties[child]!)))
        child = right;
      const ck = keys[child]!;
      if (key < ck || (key === ck && tie <= ties[child]!)) break;
      keys[i] = ck;
      ties[i] = ties[child]!;
      values[i] = values[child]!;
      i = child;
    }
    keys[i] = key;
    ties[i] = tie;
    values[i] = value;
    return top;
  }

  private grow(): void {
    const capacity = this.keys.length * 2;
    const keys = new Float64Array(capacity);
    const ties = new Int32Array(capacity);
    const values = new Int32Array(capacity);
    keys.set(this.keys);
    ties.set(this.ties);
    values.set(this.values);
    this.keys = keys;
    this.ties = ties;
    this.values = values;
  }
}
