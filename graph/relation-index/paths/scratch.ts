// Per-index search state: typed arrays sized to the graph, reused by every query (and the next index of the same size) and reset by a generation stamp.
import type { RelationIndexCore } from '../index-core.js';
import { MinHeap } from './heap.js';

/**
 * Allocating and zeroing n-sized arrays per query would cost more than the search itself on a big graph,
 * so each array entry is valid only while its stamp equals the current generation; a new search bumps it.
 */
export class SearchScratch {
  /** Forward and backward labels: stamp, distance (cost, hops or −bottleneck), parent node, settled stamp, DP score. */
  readonly stampF: Int32Array;
  readonly stampB: Int32Array;
  readonly distF: Float64Array;
  readonly distB: Float64Array;
  readonly parentF: Int32Array;
  readonly parentB: Int32Array;
  readonly doneF: Int32Array;
  readonly doneB: Int32Array;
  readonly scoreF: Float64Array;
  readonly scoreB: Float64Array;
  /** Nodes a spur search may not visit, and first steps it may not take (Yen's bans). */
  readonly banned: Int32Array;
  readonly bannedNext: Int32Array;
  readonly heapF = new MinHeap();
  readonly heapB = new MinHeap();
  /** BFS frontiers. */
  readonly queueF: Int32Array;
  readonly queueB: Int32Array;
  generation = 0;
  banGeneration = 1;
  private stairs?: [Int32Array, Int32Array];
  private balls?: { stampS: Int32Array; hopsS: Uint8Array; stampT: Int32Array; hopsT: Uint8Array };

  constructor(nodeCount: number) {
    const n = Math.max(1, nodeCount);
    this.stampF = new Int32Array(n);
    this.stampB = new Int32Array(n);
    this.distF = new Float64Array(n);
    this.distB = new Float64Array(n);
    this.parentF = new Int32Array(n);
    this.parentB = new Int32Array(n);
    this.doneF = new Int32Array(n);
    this.doneB = new Int32Array(n);
    this.scoreF = new Float64Array(n);
    this.scoreB = new Float64Array(n);
    this.banned = new Int32Array(n);
    this.bannedNext = new Int32Array(n);
    this.queueF = new Int32Array(n);
    this.queueB = new Int32Array(n);
  }

  /** Starts a new search: every label of the previous one becomes stale. */
  nextGeneration(): number {
    if (this.generation >= 0x7ffffff0) {
      for (const array of [this.stampF, this.stampB, this.doneF, this.doneB]) array.fill(0);
      this.balls?.stampS.fill(0);
      this.balls?.stampT.fill(0);
      this.generation = 0;
    }
    this.heapF.clear();
    this.heapB.clear();
    return ++this.generation;
  }

  /** Per node and side, up to STAIR_WIDTH settled labels of the hop-bounded search (allocated on first use). */
  stairLabels(): [Int32Array, Int32Array] {
    const n = this.stampF.length * STAIR_WIDTH;
    this.stairs ??= [new Int32Array(n), new Int32Array(n)];
    return this.stairs;
  }

  /** Hop balls around the source and the target for the hop-bounded search: stamp and hop distance per node. */
  hopBalls(): { stampS: Int32Array; hopsS: Uint8Array; stampT: Int32Array; hopsT: Uint8Array } {
    const n = this.stampF.length;
    this.balls ??= {
      stampS: new Int32Array(n),
      hopsS: new Uint8Array(n),
      stampT: new Int32Array(n),
      hopsT: new Uint8Array(n),
    };
    return this.balls;
  }

  /** Starts a new set of bans (none banned until marked with the returned stamp). */
  nextBans(): number {
    if (this.banGeneration >= 0x7ffffff0) {
      this.banned.fill(0);
      this.bannedNext.fill(0);
      this.banGeneration = 1;
    }
    return ++this.banGeneration;
  }
}

/** Settled labels a node can hold per side in the hop-bounded search: one per hop count 0..maxHops. */
export const STAIR_WIDTH = 9;

const scratches = new WeakMap<RelationIndexCore, SearchScratch>();
let last: SearchScratch | undefined;

/**
 * The scratch state of an index, made on first use (queries run one at a time on Node's one thread). A new index of
 * the same node count (the next version after a store write) takes over the last one: 7–15 MB of fresh arrays per
 * write at 100k actors would set off a major collection every few writes (external memory).
 */
export function scratchFor(index: RelationIndexCore): SearchScratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = last?.stampF.length === Math.max(1, index.nodeCount) ? last : new SearchScratch(index.nodeCount);
    scratches.set(index, scratch);
  }
  last = scratch;
  return scratch;
}
