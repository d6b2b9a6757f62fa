// The typed-array core of the relation index and its memory layout: one SharedArrayBuffer that worker threads attach to without a copy.

/**
 * The typed-array part of the index: everything a path or neighbourhood search reads. All of it lives on one
 * SharedArrayBuffer, so worker threads search the same memory (see shareIndex / attachIndex) without a copy.
 */
export interface RelationIndexCore {
  readonly nodeCount: number;
  readonly relationCount: number;
  /** The memory every array below is a view on. */
  readonly buffer: SharedArrayBuffer;
  /** Slots of node v are offsets[v] .. offsets[v + 1] - 1; each relation has one slot at each end. */
  readonly offsets: Int32Array;
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
}

/** What a worker thread needs to search an index: its shared memory and its counts (structured-clones without copying the memory). */
export interface SharedIndex {
  buffer: SharedArrayBuffer;
  nodeCount: number;
  relationCount: number;
}

/** The shareable part of an index, to post to a worker thread. */
export function shareIndex(index: RelationIndexCore): SharedIndex {
  return { buffer: index.buffer, nodeCount: index.nodeCount, relationCount: index.relationCount };
}

/** The typed arrays of a shared index, as views on the same memory (in a worker thread: no copy, no graph). */
export function attachIndex(shared: SharedIndex): RelationIndexCore {
  const { buffer, nodeCount, relationCount } = shared;
  if (!(buffer instanceof SharedArrayBuffer)) throw new TypeError('attachIndex: expected a SharedArrayBuffer');
  if (!Number.isInteger(nodeCount) || nodeCount < 0 || !Number.isInteger(relationCount) || relationCount < 0) {
    throw new RangeError(`attachIndex: bad counts (${nodeCount} nodes, ${relationCount} relations)`);
  }
  if (buffer.byteLength !== indexBytes(nodeCount, relationCount)) {
    throw new RangeError(
      `attachIndex: ${buffer.byteLength} bytes do not hold ${nodeCount} nodes and ${relationCount} relations`,
    );
  }
  const { degree, ...views } = carve(new Arena(buffer), nodeCount, relationCount);
  return { nodeCount, relationCount, buffer, offsets: degree, ...views };
}

/** Fresh shared memory for an index of this size and the views on it (the builder fills them; `degree` becomes `offsets`). */
export function allocateIndex(nodeCount: number, relationCount: number) {
  const buffer = new SharedArrayBuffer(indexBytes(nodeCount, relationCount));
  return { buffer, views: carve(new Arena(buffer), nodeCount, relationCount) };
}

/** Bytes of the shared memory of an index of this size. */
function indexBytes(nodeCount: number, relationCount: number): number {
  return 16 * relationCount + 4 * (nodeCount + 1 + 8 * relationCount) + 5 * relationCount;
}

/** The index's arrays carved out of one arena, in a fixed order, so a worker rebuilds the same views from the counts. */
function carve(arena: Arena, nodeCount: number, relationCount: number) {
  return {
    strength: arena.float64(relationCount),
    confidence: arena.float64(relationCount),
    degree: arena.int32(nodeCount + 1),
    neighbour: arena.int32(2 * relationCount),
    slotRelation: arena.int32(2 * relationCount),
    relationSource: arena.int32(relationCount),
    relationTarget: arena.int32(relationCount),
    activeFrom: arena.int32(relationCount),
    activeTo: arena.int32(relationCount),
    slotDirection: arena.uint8(2 * relationCount),
    kind: arena.uint8(relationCount),
    valence: arena.uint8(relationCount),
    dated: arena.uint8(relationCount),
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
