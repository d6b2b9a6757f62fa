// The typed-array core of the relation index and its memory layout: one SharedArrayBuffer with spare room (written in place by later versions) and one small buffer of node ranges per version, both attached by worker threads without a copy.

/**
 * The typed-array part of the index: everything a path or neighbourhood search reads. It lives on two
 * SharedArrayBuffers, so worker threads search the same memory (see shareIndex / attachIndex) without a copy: `buffer`
 * (relations and slots, with spare capacity that later versions of the index fill in place, never touching what this
 * version reads) and `ranges` (this version's slot range per node, small, one per version).
 */
export interface RelationIndexCore {
  readonly nodeCount: number;
  /**
   * Relation ints in use: 0 .. relationCount - 1. A fresh build has no gap; after updates (`update-index.ts`) an int
   * may be retired (a removed relation, or the old version of a changed one): see `isLive`. Slots never name one.
   */
  readonly relationCount: number;
  /** 0 for a fresh build, one more per update on the same buffer; a relation is live here while retiredAt > version. */
  readonly version: number;
  /** The memory of the relation and slot arrays below (with spare capacity after them). */
  readonly buffer: SharedArrayBuffer;
  /** The memory of slotStart and slotEnd: this version's own. */
  readonly ranges: SharedArrayBuffer;
  readonly relationCapacity: number;
  readonly slotCapacity: number;
  /** Slots of node v are slotStart[v] .. slotEnd[v] - 1; each live relation has one slot at each end. */
  readonly slotStart: Int32Array;
  readonly slotEnd: Int32Array;
  readonly neighbour: Int32Array;
  readonly slotRelation: Int32Array;
  /** DIRECTION_OUT, DIRECTION_IN or DIRECTION_UNDIRECTED, as seen from the slot's node. */
  readonly slotDirection: Uint8Array;
  /** Relation int → source and target node ints (as recorded; for undirected kinds the order is arbitrary). */
  readonly relationSource: Int32Array;
  readonly relationTarget: Int32Array;
  readonly kind: Uint8Array;
  readonly valence: Uint8Array;
  readonly strength: Float64Array;
  readonly confidence: Float64Array;
  /** Active span as day numbers, from relationSpan (so actors' existence counts as everywhere else). */
  readonly activeFrom: Int32Array;
  readonly activeTo: Int32Array;
  /** 1 if the relation carries a start or point date of its own. */
  readonly dated: Uint8Array;
  /** The index version from which the relation no longer exists (RETIRED_NEVER while it does). */
  readonly retiredAt: Int32Array;
}

/** retiredAt of a relation that no version has retired. */
export const RETIRED_NEVER = 0x7fffffff;

/** True if relation int `r` exists in this version of the index (loops over every relation int must skip the others). */
export function isLive(index: RelationIndexCore, r: number): boolean {
  return index.retiredAt[r]! > index.version;
}

/** What a worker thread needs to search an index: its shared memory and its counts (structured-clones without copying the memory). */
export interface SharedIndex {
  buffer: SharedArrayBuffer;
  ranges: SharedArrayBuffer;
  nodeCount: number;
  relationCount: number;
  slotCount: number;
  version: number;
  relationCapacity: number;
  slotCapacity: number;
}

/** The shareable part of an index, to post to a worker thread. */
export function shareIndex(index: RelationIndexCore): SharedIndex {
  const { buffer, ranges, nodeCount, relationCount, version, relationCapacity, slotCapacity } = index;
  const slotCount = index.neighbour.length;
  return { buffer, ranges, nodeCount, relationCount, slotCount, version, relationCapacity, slotCapacity };
}

/** The typed arrays of a shared index, as views on the same memory (in a worker thread: no copy, no graph). */
export function attachIndex(shared: SharedIndex): RelationIndexCore {
  const { buffer, ranges, nodeCount, relationCount, slotCount, version, relationCapacity, slotCapacity } = shared;
  if (!(buffer instanceof SharedArrayBuffer) || !(ranges instanceof SharedArrayBuffer))
    throw new TypeError('attachIndex: expected SharedArrayBuffers');
  const counts = { nodeCount, relationCount, slotCount, version, relationCapacity, slotCapacity };
  for (const [name, count] of Object.entries(counts))
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`attachIndex: bad ${name} (${count})`);
  if (relationCount > relationCapacity || slotCount > slotCapacity)
    throw new RangeError(`attachIndex: ${relationCount} relations or ${slotCount} slots exceed the capacity`);
  if (buffer.byteLength !== indexBytes(relationCapacity, slotCapacity) || ranges.byteLength < 8 * nodeCount) {
    throw new RangeError(
      `attachIndex: ${buffer.byteLength} bytes do not hold ${relationCapacity} relations and ${slotCapacity} slots, or the ranges do not hold ${nodeCount} nodes`,
    );
  }
  const regions = carve(new Arena(buffer), relationCapacity, slotCapacity);
  return {
    nodeCount,
    version,
    buffer,
    ranges,
    relationCapacity,
    slotCapacity,
    ...rangeViews(ranges, nodeCount),
    ...versionViews(regions, relationCount, slotCount),
  };
}

/** The room an index of `relationCount` relations gets: about an eighth more relations and half more slots, for in-place updates. */
export function spareCapacity(relationCount: number): { relationCapacity: number; slotCapacity: number } {
  return {
    relationCapacity: relationCount + Math.max(256, relationCount >> 3),
    slotCapacity: 2 * relationCount + Math.max(1024, relationCount),
  };
}

/** Fresh shared memory of this capacity and the full-capacity views on it (the builder fills the first part). */
export function allocateIndex(relationCapacity: number, slotCapacity: number) {
  const buffer = new SharedArrayBuffer(indexBytes(relationCapacity, slotCapacity));
  return { buffer, regions: carve(new Arena(buffer), relationCapacity, slotCapacity) };
}

/** A version's range memory for `nodeCount` nodes: start and end of each node's slots. */
export function allocateRanges(nodeCount: number) {
  const ranges = new SharedArrayBuffer(8 * nodeCount);
  return { ranges, ...rangeViews(ranges, nodeCount) };
}

/** The full-capacity arrays of an index buffer, as carve makes them. */
export type IndexRegions = ReturnType<typeof carve>;

/** One version's views: the relation arrays cut at `relationCount`, the slot arrays at `slotCount` (no copy). */
export function versionViews(regions: IndexRegions, relationCount: number, slotCount: number) {
  const { neighbour, slotRelation, slotDirection, ...relationArrays } = regions;
  const cut = <T extends Int32Array | Uint8Array | Float64Array>(array: T, length: number) =>
    array.subarray(0, length) as T;
  return {
    relationCount,
    neighbour: cut(neighbour, slotCount),
    slotRelation: cut(slotRelation, slotCount),
    slotDirection: cut(slotDirection, slotCount),
    strength: cut(relationArrays.strength, relationCount),
    confidence: cut(relationArrays.confidence, relationCount),
    relationSource: cut(relationArrays.relationSource, relationCount),
    relationTarget: cut(relationArrays.relationTarget, relationCount),
    activeFrom: cut(relationArrays.activeFrom, relationCount),
    activeTo: cut(relationArrays.activeTo, relationCount),
    retiredAt: cut(relationArrays.retiredAt, relationCount),
    kind: cut(relationArrays.kind, relationCount),
    valence: cut(relationArrays.valence, relationCount),
    dated: cut(relationArrays.dated, relationCount),
  };
}

function rangeViews(ranges: SharedArrayBuffer, nodeCount: number) {
  return { slotStart: new Int32Array(ranges, 0, nodeCount), slotEnd: new Int32Array(ranges, 4 * nodeCount, nodeCount) };
}

/** Bytes of the shared memory of an index of this capacity. */
function indexBytes(relationCapacity: number, slotCapacity: number): number {
  return 39 * relationCapacity + 9 * slotCapacity;
}

/** The index's arrays carved out of one arena, in a fixed order, so a worker rebuilds the same views from the capacities. */
function carve(arena: Arena, relationCapacity: number, slotCapacity: number) {
  return {
    strength: arena.float64(relationCapacity),
    confidence: arena.float64(relationCapacity),
    neighbour: arena.int32(slotCapacity),
    slotRelation: arena.int32(slotCapacity),
    relationSource: arena.int32(relationCapacity),
    relationTarget: arena.int32(relationCapacity),
    activeFrom: arena.int32(relationCapacity),
    activeTo: arena.int32(relationCapacity),
    retiredAt: arena.int32(relationCapacity),
    slotDirection: arena.uint8(slotCapacity),
    kind: arena.uint8(relationCapacity),
    valence: arena.uint8(relationCapacity),
    dated: arena.uint8(relationCapacity),
  };
}

/** Carves typed arrays out of one buffer, widest elements first so every view is aligned. */
class Arena {
  private offset = 0;

  constructor(private readonly buffer: SharedArrayBuffer) {}

  float64(length: number): Float64Array {
    return new Float64Array(this.buffer, this.take(8 * length), length);
  }

  int32(length: number): Int32Array {
    return new Int32Array(this.buffer, this.take(4 * length), length);
  }

  uint8(length: number): Uint8Array {
    return new Uint8Array(this.buffer, this.take(length), length);
  }

  private take(bytes: number): number {
    const at = this.offset;
    this.offset += bytes;
    return at;
  }
}
