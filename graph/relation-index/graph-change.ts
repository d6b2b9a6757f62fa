// Applies written records to an actor graph in place and reports what moved, so the relation index can follow in time proportional to the change.
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor, Relation } from '../model/schema.js';
import { RELATION_KINDS } from '../model/vocabulary.js';

/** Records to put (create or replace, by id) and ids to drop, per record type. */
export interface RecordChanges {
  actors: { put: readonly Actor[]; drop: readonly string[] };
  relations: { put: readonly Relation[]; drop: readonly string[] };
}

/** What a change did to the graph's node and edge order (graphology keeps insertion order; the index follows it). */
export interface GraphDelta {
  /** Relations gone from their place (dropped, or re-added at the end because their ends or direction changed), each with an actor at one of its ends before the change. */
  removed: Map<string, string>;
  /** Relations whose record was replaced in place (same ends, same direction). */
  changed: string[];
  /** Relations added at the end of the edge order, in that order. */
  appended: string[];
  /** Actors added at the end of the node order, in that order. */
  addedActors: string[];
  /** Actors whose record was replaced in place. */
  changedActors: string[];
  droppedActors: string[];
}

/**
 * Applies `changes` to `graph` in place: actors first (relations may name new ones), then relations, then dropped
 * actors (their relations are gone by then). Every reference is checked before anything changes, so a bad change
 * throws with the graph untouched rather than half applied.
 */
export function applyToGraph(graph: ActorGraph, changes: RecordChanges): GraphDelta {
  const { actors, relations } = changes;
  const droppedActors = new Set(actors.drop);
  const putActors = new Set(actors.put.map((actor) => actor.id));
  const hasActor = (id: string) => !droppedActors.has(id) && (graph.hasNode(id) || putActors.has(id));
  for (const id of relations.drop) if (!graph.hasEdge(id)) throw new Error(`graph change: no relation "${id}"`);
  for (const id of actors.drop) if (!graph.hasNode(id)) throw new Error(`graph change: no actor "${id}"`);
  for (const relation of relations.put) {
    if (!hasActor(relation.source) || !hasActor(relation.target))
      throw new Error(`graph change: relation "${relation.id}" names an actor the graph does not hold`);
  }
  const delta: GraphDelta = {
    removed: new Map(),
    changed: [],
    appended: [],
    addedActors: [],
    changedActors: [],
    droppedActors: [...actors.drop],
  };
  for (const actor of actors.put) {
    if (graph.hasNode(actor.id)) {
      graph.replaceNodeAttributes(actor.id, actor);
      delta.changedActors.push(actor.id);
    } else {
      graph.addNode(actor.id, actor);
      delta.addedActors.push(actor.id);
    }
  }
  for (const id of relations.drop) {
    delta.removed.set(id, graph.source(id));
    graph.dropEdge(id);
  }
  for (const relation of relations.put) {
    const undirected = !RELATION_KINDS[relation.kind].directed;
    if (graph.hasEdge(relation.id)) {
      const same =
        graph.isUndirected(relation.id) === undirected &&
        graph.source(relation.id) === relation.source &&
        graph.target(relation.id) === relation.target;
      if (same) {
        graph.replaceEdgeAttributes(relation.id, relation);
        delta.changed.push(relation.id);
        continue;
      }
      // graphology cannot move an edge's ends or change its type: drop it and add it again (at the end of the order).
      delta.removed.set(relation.id, graph.source(relation.id));
      graph.dropEdge(relation.id);
    }
    if (undirected) graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
    else graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
    delta.appended.push(relation.id);
  }
  for (const id of actors.drop) graph.dropNode(id);
  return delta;
}
