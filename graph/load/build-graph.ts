// Builds the actor multigraph from a dataset that has passed every check.
import { createActorGraph, type ActorGraph } from '../model/actor-graph.js';
import type { Dataset, Relation } from '../model/schema.js';
import { RELATION_KINDS } from '../model/vocabulary.js';
import { atSliceEnd, runNow, type Sliced } from '../shared/slices.js';

/** The graph of a valid dataset: one node per actor, one edge per relation keyed by its id, directed as its kind says. */
export function buildActorGraph(dataset: Dataset): ActorGraph {
  return runNow(actorGraphSteps(dataset));
}

/** buildActorGraph in slices (slices.ts): a million relations take seconds, and a serving process must not stall. */
export function* actorGraphSteps(dataset: Dataset): Sliced<ActorGraph> {
  const graph = createActorGraph({ id: dataset.id, title: dataset.title, sources: dataset.sources });
  for (const actor of dataset.actors) graph.addNode(actor.id, actor);
  yield;
  let count = 0;
  for (const relation of dataset.relations) {
    addRelationEdge(graph, relation);
    if (atSliceEnd(count++)) yield;
  }
  return graph;
}

/** Adds a relation's edge (keyed by its id, directed as its kind says) to a graph holding both its actors. */
export function addRelationEdge(graph: ActorGraph, relation: Relation): void {
  if (RELATION_KINDS[relation.kind].directed) {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  } else {
    graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  }
}
