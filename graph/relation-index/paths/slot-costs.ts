// Each slot's step cost (−log of its relation's weight) for an unfiltered strongest search, computed once per index and weight.
import type { RelationIndexCore } from '../index-core.js';
import { KIND_CODE, VALENCE_CODE } from '../relation-index.js';
import type { Traversal } from '../traversal.js';

/** Per index: the cost arrays of the two weights (strength; strength × confidence), made on first use. */
const cache = new WeakMap<RelationIndexCore, { strength?: Float64Array; confidence?: Float64Array }>();

/**
 * The cost of walking each slot, −log w (Infinity where the relation cannot be walked), when the traversal filters
 * nothing (its weight is then a function of the slot alone); undefined otherwise, and the search computes it per slot.
 * Why: reading a relation's kind, valence, strength, confidence and dates at a random relation int was ~60 % of a
 * strongest search at 100k/1M (16k slots scanned per query); one sequential read of a Float64Array replaces it.
 * Costs 8 bytes a slot (16 MB at 1M relations) per weight used, and ~30 ms once per index version; the array is
 * keyed by the index object, so a write's new index gets its own.
 */
export function slotCosts(tr: Traversal): Float64Array | undefined {
  if (!tr.positiveOnly || !unfiltered(tr)) return undefined;
  let costs = cache.get(tr.index);
  if (!costs) cache.set(tr.index, (costs = {}));
  const key = tr.useConfidence ? 'confidence' : 'strength';
  return (costs[key] ??= computeCosts(tr));
}

function computeCosts(tr: Traversal): Float64Array {
  const { slotRelation, relationCount } = tr.index;
  // Relation by relation first (sequential reads of every relation array), then one gather per slot: reading the
  // weight at each slot's random relation int instead took ~150 ms at 1M relations.
  const byRelation = new Float64Array(relationCount);
  for (let r = 0; r < relationCount; r++) {
    const w = tr.weight(r);
    byRelation[r] = w > 0 ? -Math.log(w) : Infinity;
  }
  const costs = new Float64Array(slotRelation.length);
  for (let slot = 0; slot < costs.length; slot++) costs[slot] = byRelation[slotRelation[slot]!]!;
  return costs;
}

/** True if the traversal lets every relation through (weight then depends on the relation only, not the query). */
function unfiltered(tr: Traversal): boolean {
  if (tr.minStrength > 0 || tr.minConfidence > 0 || tr.hasAsOf || tr.fold !== undefined) return false;
  for (const code of KIND_CODE.values()) if (tr.kindOk[code] === 0) return false;
  for (const code of VALENCE_CODE.values()) if (tr.valenceOk[code] === 0) return false;
  return true;
}
