// The relation index after a graph change, written in place into the spare room of the previous index's buffer (new relation ints, moved node ranges, retired ints, deleted actors' emptied ranges), or on a grown or compacted copy once that room is used up: nothing the previous version reads is touched.
import type { ActorGraph } from '../model/actor-graph.js';
import type { GraphDelta } from './graph-change.js';
import { roomFor, SUPERSEDED } from './grow-index.js';
import { allocateRanges, RETIRED_NEVER } from './index-core.js';
import {
  DIRECTION_IN,
  DIRECTION_OUT,
  DIRECTION_UNDIRECTED,
  indexVersion,
  writeRelationFields,
  type RelationIndex,
} from './relation-index.js';

/** Relation int of relation `id` in `index`, found among the slots of `endActor` (one of its ends). */
function positionOf(index: RelationIndex, id: string, endActor: string): number {
  const v = index.nodeIndex.get(endActor);
  if (v !== undefined) {
    for (let slot = index.slotStart[v]!; slot < index.slotEnd[v]!; slot++) {
      const r = index.slotRelation[slot]!;
      if (index.relationIds[r] === id) return r;
    }
  }
  throw new Error(`index update: relation "${id}" is not at actor "${endActor}" in the previous index`);
}

/** A slot to add at a node: the other end, the relation int, the direction seen from the node. */
type NewSlot = [neighbour: number, relation: number, direction: number];

/**
 * The index of `graph` (already changed as `delta` says) from `previous` (the index of the graph before), in time
 * proportional to the change and the degree of the actors it touches (plus a copy of the per-node ranges). Appended
 * relations take new ints; a changed relation (or every relation at a changed actor) gets a new int in its old slots'
 * places, and its old int, like a removed relation's, is retired from this version on. A touched node's slots grow in
 * place into their spare room, or move to the buffer's free tail (with room to grow). A deleted actor keeps its node
 * int with no slots (`goneNodes`), so no int shifts. Each node's live slots keep graphology's order, so traversals meet
 * relations in a fresh build's order (their ints differ until the next fresh build). The previous version reads
 * exactly what it read before.
 *
 * When the buffer's spare room is used up, the newest version is copied to a new buffer first (`grow-index.ts`:
 * grown, or compacted once it holds as much garbage as live data) and the old buffer is left to the versions that
 * read it. Returns undefined (the caller builds afresh) only when `previous` is not the newest version on its buffer.
 */
export function updateRelationIndex(
  previous: RelationIndex,
  graph: ActorGraph,
  delta: GraphDelta,
): RelationIndex | undefined {
  if (previous.claims.version !== previous.version) return undefined;
  let base = previous;
  for (let attempt = 0; attempt < 3; attempt++) {
    const next = writeVersion(base, graph, delta);
    if (!('short' in next)) return next;
    // No room: a copy on a new buffer, with room for what this change needs (however large: a bulk write).
    base = roomFor(base, next.short);
    previous.claims.version = SUPERSEDED; // later updates go on from the copy, never from the old buffer again
  }
  return undefined; // unreachable in practice: each copy has room for what the attempt before it counted
}

/** What a change needs past the used part of a buffer that does not have it: relation ints, and slots for the nodes it moves. */
export interface Shortfall {
  relations: number;
  slots: number;
}

/** The next version written into `previous`'s buffer, or what it lacks (nothing visible written) if it does not fit. */
function writeVersion(
  previous: RelationIndex,
  graph: ActorGraph,
  delta: GraphDelta,
): RelationIndex | { short: Shortfall } {
  const claims = previous.claims;
  const version = previous.version + 1;
  const actorsChanged = delta.addedActors.length + delta.changedActors.length > 0;
  const nodesChanged = delta.addedActors.length + delta.droppedActors.length > 0;
  const nodeIds = delta.addedActors.length > 0 ? [...previous.nodeIds, ...delta.addedActors] : previous.nodeIds;
  const nodeIndex = nodesChanged ? new Map(previous.nodeIndex) : previous.nodeIndex;
  const actors = actorsChanged ? previous.actors.slice() : previous.actors;
  const gone = new Set<number>();
  for (const id of delta.droppedActors) {
    gone.add(previous.nodeIndex.get(id)!);
    nodeIndex.delete(id);
  }
  for (let v = previous.nodeCount; v < nodeIds.length; v++) nodeIndex.set(nodeIds[v]!, v);
  for (const id of [...delta.addedActors, ...delta.changedActors])
    actors[nodeIndex.get(id)!] = graph.getNodeAttributes(id);
  const nodeCount = nodeIds.length;

  // Every lookup first: nothing is written before the change is known to fit.
  const removed = new Set([...delta.removed].map(([id, end]) => positionOf(previous, id, end)));
  // The store deletes only actors no relation names; any relation graphology dropped with one goes here too.
  for (const v of gone)
    for (let slot = previous.slotStart[v]!; slot < previous.slotEnd[v]!; slot++)
      removed.add(previous.slotRelation[slot]!);
  const replaced = new Map<number, number>(); // old int → the new int that takes its slots
  const rewritten: number[] = [];
  const replace = (r: number) => {
    if (removed.has(r) || replaced.has(r)) return;
    replaced.set(r, -1);
    rewritten.push(r);
  };
  for (const id of delta.changed) replace(positionOf(previous, id, graph.source(id)));
  // A changed actor (its existence dates) changes the active span of every relation at it.
  for (const id of delta.changedActors) {
    const v = nodeIndex.get(id)!;
    if (v >= previous.nodeCount) continue;
    for (let slot = previous.slotStart[v]!; slot < previous.slotEnd[v]!; slot++) replace(previous.slotRelation[slot]!);
  }
  const relationCount = previous.relationCount + rewritten.length + delta.appended.length;
  if (relationCount > previous.relationCapacity)
    return { short: { relations: relationCount - previous.relationCount, slots: 0 } };

  const { regions } = claims;
  const { relationIds, relations } = previous; // shared and written past previous.relationCount only
  let r = previous.relationCount;
  /** Writes relation `id` (from node `s` to node `t`) at the next new int; returns it. */
  const place = (id: string, s: number, t: number): number => {
    const relation = graph.getEdgeAttributes(id);
    relationIds[r] = id;
    relations[r] = relation;
    regions.relationSource[r] = s;
    regions.relationTarget[r] = t;
    regions.retiredAt[r] = RETIRED_NEVER;
    writeRelationFields(regions, r, relation, actors[s]!, actors[t]!);
    return r++;
  };
  for (const old of rewritten)
    replaced.set(old, place(previous.relationIds[old]!, regions.relationSource[old]!, regions.relationTarget[old]!));
  const added = new Map<number, NewSlot[]>(); // node → its new slots, in relation order
  const addSlot = (v: number, slot: NewSlot) => {
    const list = added.get(v);
    if (list) list.push(slot);
    else added.set(v, [slot]);
  };
  for (const id of delta.appended) {
    const s = nodeIndex.get(graph.source(id))!;
    const t = nodeIndex.get(graph.target(id))!;
    const at = place(id, s, t);
    const both = graph.isUndirected(id);
    addSlot(s, [t, at, both ? DIRECTION_UNDIRECTED : DIRECTION_OUT]);
    addSlot(t, [s, at, both ? DIRECTION_UNDIRECTED : DIRECTION_IN]);
  }

  // Ranges: this version's own copy; then each touched node's slots, grown in place or moved to the free tail.
  const { ranges, slotStart, slotEnd } = allocateRanges(nodeCount);
  slotStart.set(previous.slotStart);
  slotEnd.set(previous.slotEnd);
  // Limits change only once the change fits (a version that gives up leaves them as the newest version has them).
  const limits = new Map<number, number>();
  const slotLimit = (v: number) => (v < claims.slotLimit.length ? claims.slotLimit[v]! : 0);
  const touched = new Set<number>(added.keys());
  for (const old of [...removed, ...rewritten]) {
    touched.add(regions.relationSource[old]!);
    touched.add(regions.relationTarget[old]!);
  }
  const { neighbour, slotRelation, slotDirection } = regions;
  let tail = claims.slots;
  let short = false;
  for (const v of touched) {
    if (gone.has(v)) continue; // a deleted actor: emptied below
    const fresh = added.get(v) ?? [];
    const [start, end] = [slotStart[v]!, slotEnd[v]!];
    let rewrite = false;
    for (let slot = start; slot < end && !rewrite; slot++) {
      const old = slotRelation[slot]!;
      rewrite = removed.has(old) || replaced.has(old);
    }
    let at: number;
    if (!rewrite && end + fresh.length <= slotLimit(v)) {
      at = end; // room after the node's slots that no version reads yet
    } else {
      let kept = 0;
      for (let slot = start; slot < end; slot++) if (!removed.has(slotRelation[slot]!)) kept++;
      const size = kept + fresh.length;
      const room = size + (size >> 2) + 2;
      short ||= tail + room > previous.slotCapacity;
      at = tail;
      tail += room;
      if (short) continue; // past the end: only counting what the change needs, nothing more written
      slotStart[v] = at;
      limits.set(v, at + room);
      for (let slot = start; slot < end; slot++) {
        const old = slotRelation[slot]!;
        if (removed.has(old)) continue;
        neighbour[at] = neighbour[slot]!;
        slotRelation[at] = replaced.get(old) ?? old;
        slotDirection[at++] = slotDirection[slot]!;
      }
    }
    if (short) continue;
    for (const [other, relation, direction] of fresh) {
      neighbour[at] = other;
      slotRelation[at] = relation;
      slotDirection[at++] = direction;
    }
    slotEnd[v] = at;
  }
  for (const v of gone) slotEnd[v] = slotStart[v]!; // no slots from this version on
  if (short) return { short: { relations: relationCount - previous.relationCount, slots: tail - claims.slots } };
  const slotCount = Math.max(tail, claims.slots);
  // Retired only now that the change fitted: a version that gave up leaves the buffer as every version reads it.
  for (const old of [...removed, ...rewritten]) regions.retiredAt[old] = version;
  if (nodeCount > claims.slotLimit.length) {
    const grown = new Int32Array(Math.max(nodeCount, claims.slotLimit.length + (claims.slotLimit.length >> 3) + 64));
    grown.set(claims.slotLimit);
    claims.slotLimit = grown;
  }
  for (const [v, limit] of limits) claims.slotLimit[v] = limit;
  Object.assign(claims, { version, relations: relationCount, slots: slotCount });
  const goneNodes = gone.size > 0 ? new Set([...previous.goneNodes, ...gone]) : previous.goneNodes;
  const parts = { graph, nodeIds, nodeIndex, actors, relationIds, relations, claims, goneNodes };
  return indexVersion(parts, { ranges, slotStart, slotEnd }, version);
}

/** How much of its buffer's spare room an index version has used, from 0 (a fresh build) to 1: relation ints or slots, whichever is fuller. */
export function spareUsed(index: RelationIndex): number {
  const { built } = index.claims;
  const used = (count: number, from: number, capacity: number) => (count - from) / Math.max(1, capacity - from);
  return Math.max(
    used(index.relationCount, built.relations, index.relationCapacity),
    used(index.neighbour.length, built.slots, index.slotCapacity),
  );
}
