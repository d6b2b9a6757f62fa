// Each slot's step cost (−log of its relation's weight) for an unfiltered strongest search, kept per index buffer and weight and brought up to date per version.
import type { RelationIndexCore } from '../index-core.js';
import { KIND_CODE, VALENCE_CODE } from '../relation-index.js';
import type { Traversal } from '../traversal.js';

/** The costs of one weight on one index buffer, as of the newest version seen. */
interface BufferCosts {
  /** −log w per relation int (Infinity where it cannot be walked), sized to the buffer's relation capacity. */
  byRelation: Float64Array;
  /** −log w per slot, sized to the buffer's slot capacity. */
  bySlot: Float64Array;
  /** Relation ints below this have their cost. */
  relations: number;
  /** The node ranges the slot costs were made for (the newest version seen) and its version. */
  slotStart: Int32Array;
  slotEnd: Int32Array;
  nodes: number;
  version: number;
}

/** Per index buffer (SharedArrayBuffer, shared by every version written into it): the costs of the two weights. */
const cache = new WeakMap<SharedArrayBuffer, { strength?: BufferCosts; confidence?: BufferCosts }>();

/**
 * The cost of walking each slot, −log w (Infinity where the relation cannot be walked), when the traversal filters
 * nothing (its weight is then a function of the slot alone); undefined otherwise, and the search computes it per slot.
 * Why: reading a relation's kind, valence, strength, confidence and dates at a random relation int was ~60 % of a
 * strongest search at 100k/1M (16k slots scanned per query); one sequential read of a Float64Array replaces it.
 * Costs 8 bytes a slot and a relation per weight used (24 MB at 1M relations), made once per index buffer: a write's
 * new version (update-index.ts) only adds relation ints and writes slots no published version reads, so the costs are
 * brought up to date for the new ints and for the nodes whose ranges moved or grew, not made again.
 */
export function slotCosts(tr: Traversal): Float64Array | undefined {
  if (!tr.positiveOnly || !unfiltered(tr)) return undefined;
  const { index } = tr;
  let entry = cache.get(index.buffer);
  if (!entry) cache.set(index.buffer, (entry = {}));
  const key = tr.useConfidence ? 'confidence' : 'strength';
  const costs = (entry[key] ??= fresh(index));
  bringUpToDate(costs, tr);
  return costs.bySlot;
}

function fresh(index: RelationIndexCore): BufferCosts {
  return {
    byRelation: new Float64Array(index.relationCapacity),
    bySlot: new Float64Array(index.slotCapacity),
    relations: 0,
    slotStart: new Int32Array(0),
    slotEnd: new Int32Array(0),
    nodes: 0,
    version: -1,
  };
}

/**
 * Costs for `tr.index`'s version: relation ints past `relations` first (sequential reads of the relation arrays), then
 * the slots of every node whose range differs from the version last seen (all of them the first time). Slots a
 * published version reads are never rewritten, so costs made for one version hold for every later one; an older
 * version still in flight gets its differing ranges filled without moving the record of the newest.
 */
function bringUpToDate(costs: BufferCosts, tr: Traversal): void {
  const { index } = tr;
  if (index.version === costs.version) return;
  const { byRelation, bySlot } = costs;
  for (let r = costs.relations; r < index.relationCount; r++) {
    const w = tr.weight(r);
    byRelation[r] = w > 0 ? -Math.log(w) : Infinity;
  }
  costs.relations = Math.max(costs.relations, index.relationCount);
  const { slotStart, slotEnd, slotRelation, nodeCount } = index;
  for (let v = 0; v < nodeCount; v++) {
    const start = slotStart[v]!;
    const end = slotEnd[v]!;
    if (v < costs.nodes && costs.slotStart[v] === start && costs.slotEnd[v] === end) continue;
    for (let slot = start; slot < end; slot++) bySlot[slot] = byRelation[slotRelation[slot]!]!;
  }
  if (index.version > costs.version) {
    if (costs.slotStart.length < nodeCount) {
      costs.slotStart = new Int32Array(nodeCount + (nodeCount >> 3));
      costs.slotEnd = new Int32Array(costs.slotStart.length);
    }
    costs.slotStart.set(slotStart.subarray(0, nodeCount));
    costs.slotEnd.set(slotEnd.subarray(0, nodeCount));
    costs.nodes = nodeCount;
    costs.version = index.version;
  }
}

/** True if the traversal lets every relation through (weight then depends on the relation only, not the query). */
function unfiltered(tr: Traversal): boolean {
  if (tr.minStrength > 0 || tr.minConfidence > 0 || tr.hasAsOf || tr.fold !== undefined) return false;
  for (const code of KIND_CODE.values()) if (tr.kindOk[code] === 0) return false;
  for (const code of VALENCE_CODE.values()) if (tr.valenceOk[code] === 0) return false;
  return true;
}
