// The relation index after a graph change, made from the previous index and the change's delta with typed-array copies: no pass over graphology.
import type { ActorGraph } from '../model/actor-graph.js';
import type { Relation } from '../model/schema.js';
import type { GraphDelta } from './graph-change.js';
import { allocateIndex } from './index-core.js';
import { placeSlots, writeRelationFields, type RelationIndex } from './relation-index.js';

/** The per-relation typed arrays, copied kept-block by kept-block. */
const RELATION_ARRAYS = [
  'strength',
  'confidence',
  'relationSource',
  'relationTarget',
  'activeFrom',
  'activeTo',
  'kind',
  'valence',
  'dated',
] as const;

/** Relation int of relation `id` in `index`, found among the slots of `endActor` (one of its ends). */
function positionOf(index: RelationIndex, id: string, endActor: string): number {
  const v = index.nodeIndex.get(endActor);
  if (v !== undefined) {
    for (let slot = index.offsets[v]!; slot < index.offsets[v + 1]!; slot++) {
      const r = index.slotRelation[slot]!;
      if (index.relationIds[r] === id) return r;
    }
  }
  throw new Error(`index update: relation "${id}" is not at actor "${endActor}" in the previous index`);
}

/**
 * The index of `graph` (already changed as `delta` says) from `previous` (the index of the graph before): equal,
 * array for array, to buildRelationIndex(graph), in time proportional to the arrays' length in copies plus the
 * change. Dropped relations are compacted out (later ints shift down), added ones take the last ints, so the order
 * is graphology's insertion order, as a fresh build has it. Returns undefined when actors were dropped (node ints
 * would shift everywhere; the caller builds afresh). The previous index is not touched: requests holding it go on.
 */
export function updateRelationIndex(
  previous: RelationIndex,
  graph: ActorGraph,
  delta: GraphDelta,
): RelationIndex | undefined {
  if (delta.droppedActors.length > 0) return undefined;
  const actorsChanged = delta.addedActors.length + delta.changedActors.length > 0;
  const nodeIds = delta.addedActors.length > 0 ? [...previous.nodeIds, ...delta.addedActors] : previous.nodeIds;
  const nodeIndex = delta.addedActors.length > 0 ? new Map(previous.nodeIndex) : previous.nodeIndex;
  const actors = actorsChanged ? previous.actors.slice() : previous.actors;
  for (let v = previous.nodeCount; v < nodeIds.length; v++) nodeIndex.set(nodeIds[v]!, v);
  for (const id of [...delta.addedActors, ...delta.changedActors])
    actors[nodeIndex.get(id)!] = graph.getNodeAttributes(id);
  const nodeCount = nodeIds.length;

  // Old relation int → new one (-1: removed); kept relations keep their order.
  const gone = [...delta.removed].map(([id, end]) => positionOf(previous, id, end)).sort((a, b) => a - b);
  const oldCount = previous.relationCount;
  const keptCount = oldCount - gone.length;
  const relationCount = keptCount + delta.appended.length;
  const remap = gone.length > 0 ? new Int32Array(oldCount) : undefined;
  /** Kept runs [from, to) of old ints, each moving down by the removed ints before it. */
  const runs: Array<[number, number]> = [];
  let from = 0;
  for (const at of [...gone, oldCount]) {
    if (at > from) runs.push([from, at]);
    from = at + 1;
  }
  if (remap) {
    remap.fill(-1);
    let next = 0;
    for (const [a, b] of runs) for (let r = a; r < b; r++) remap[r] = next++;
  }
  const newInt = (r: number) => (remap ? remap[r]! : r);

  const { buffer, views } = allocateIndex(nodeCount, relationCount);
  let at = 0;
  for (const [a, b] of runs) {
    for (const name of RELATION_ARRAYS)
      (views[name] as Int32Array).set((previous[name] as Int32Array).subarray(a, b), at);
    at += b - a;
  }
  // Slices and concat copy a million elements natively, several times faster than an element-by-element loop; a
  // write dropping thousands of relations (a reverted bulk write) makes as many runs, copied in a loop instead.
  const kept = <T>(list: readonly T[]): T[] => {
    if (runs.length <= 64) return ([] as T[]).concat(...runs.map(([a, b]) => list.slice(a, b)));
    const out: T[] = [];
    for (const [a, b] of runs) for (let r = a; r < b; r++) out.push(list[r]!);
    return out;
  };
  const relationIds: string[] = kept(previous.relationIds).concat(delta.appended);
  const relations: Relation[] = kept(previous.relations).concat(
    delta.appended.map((id) => graph.getEdgeAttributes(id)),
  );
  const undirected = new Uint8Array(delta.appended.length);
  delta.appended.forEach((id, i) => {
    const r = keptCount + i;
    const relation = relations[r]!;
    const s = nodeIndex.get(graph.source(id))!;
    const t = nodeIndex.get(graph.target(id))!;
    views.relationSource[r] = s;
    views.relationTarget[r] = t;
    undirected[i] = graph.isUndirected(id) ? 1 : 0;
    writeRelationFields(views, r, relation, actors[s]!, actors[t]!);
  });
  for (const id of delta.changed) {
    const r = newInt(positionOf(previous, id, graph.source(id)));
    relations[r] = graph.getEdgeAttributes(id);
    writeRelationFields(views, r, relations[r], actors[views.relationSource[r]!]!, actors[views.relationTarget[r]!]!);
  }

  // Degrees: the previous ones, less the removed relations' ends, plus the appended ones'; then prefix sums in place.
  const offsets = views.degree;
  for (let v = 0; v < previous.nodeCount; v++) offsets[v + 1] = previous.offsets[v + 1]! - previous.offsets[v]!;
  for (const r of gone) {
    offsets[previous.relationSource[r]! + 1]!--;
    offsets[previous.relationTarget[r]! + 1]!--;
  }
  for (let r = keptCount; r < relationCount; r++) {
    offsets[views.relationSource[r]! + 1]!++;
    offsets[views.relationTarget[r]! + 1]!++;
  }
  for (let v = 1; v <= nodeCount; v++) offsets[v]! += offsets[v - 1]!;

  // Slots: each node's kept slots in their order (renumbered), then the appended relations' (higher ints, so after).
  const { neighbour, slotRelation, slotDirection } = views;
  const fill = offsets.slice(0, nodeCount);
  if (!remap) {
    // Nothing removed: every node's old slots are one block; copy them node run by node run around the touched ones.
    copySlotsWithoutRemap(previous, views, fill);
  } else {
    for (let v = 0; v < previous.nodeCount; v++) {
      let f = fill[v]!;
      for (let slot = previous.offsets[v]!; slot < previous.offsets[v + 1]!; slot++) {
        const r = remap[previous.slotRelation[slot]!]!;
        if (r < 0) continue;
        neighbour[f] = previous.neighbour[slot]!;
        slotRelation[f] = r;
        slotDirection[f++] = previous.slotDirection[slot]!;
      }
      fill[v] = f;
    }
  }
  for (let r = keptCount; r < relationCount; r++) {
    placeSlots(views, fill, r, views.relationSource[r]!, views.relationTarget[r]!, undirected[r - keptCount] === 1);
  }

  // A changed actor (its existence dates) changes the active span of every relation at it.
  for (const id of delta.changedActors) {
    const v = nodeIndex.get(id)!;
    for (let slot = offsets[v]!; slot < offsets[v + 1]!; slot++) {
      const r = slotRelation[slot]!;
      writeRelationFields(
        views,
        r,
        relations[r]!,
        actors[views.relationSource[r]!]!,
        actors[views.relationTarget[r]!]!,
      );
    }
  }

  return {
    graph,
    nodeCount,
    relationCount,
    buffer,
    nodeIds,
    nodeIndex,
    actors,
    offsets,
    neighbour,
    slotRelation,
    slotDirection,
    relationIds,
    relations,
    relationSource: views.relationSource,
    relationTarget: views.relationTarget,
    kind: views.kind,
    valence: views.valence,
    strength: views.strength,
    confidence: views.confidence,
    activeFrom: views.activeFrom,
    activeTo: views.activeTo,
    dated: views.dated,
  };
}

/** With nothing removed, node v's old slots move up by the slots added before v: one block copy per run of untouched nodes. */
function copySlotsWithoutRemap(
  previous: RelationIndex,
  views: Pick<RelationIndex, 'neighbour' | 'slotRelation' | 'slotDirection'>,
  fill: Int32Array,
): void {
  const n = previous.nodeCount;
  let v = 0;
  while (v < n) {
    // The run of nodes whose new start is their old start shifted by the same amount.
    const shift = fill[v]! - previous.offsets[v]!;
    let end = v + 1;
    while (end < n && fill[end]! - previous.offsets[end]! === shift) end++;
    const a = previous.offsets[v]!;
    const b = previous.offsets[end]!;
    views.neighbour.set(previous.neighbour.subarray(a, b), a + shift);
    views.slotRelation.set(previous.slotRelation.subarray(a, b), a + shift);
    views.slotDirection.set(previous.slotDirection.subarray(a, b), a + shift);
    for (let u = v; u < end; u++) fill[u]! += previous.offsets[u + 1]! - previous.offsets[u]!;
    v = end;
  }
}
