// Test fixture: an actor graph from a compact edge list, with defaults for the fields paths do not read.
import { createActorGraph, type ActorGraph } from '../../../../graph/model/actor-graph.js';
import type { Actor, Relation } from '../../../../graph/model/schema.js';
import { RELATION_KINDS } from '../../../../graph/model/vocabulary.js';

/** One relation of a fixture: [id, kind, source, target, strength, extra fields]. */
export type EdgeSpec = [
  id: string,
  kind: Relation['kind'],
  source: string,
  target: string,
  strength: number,
  extra?: Partial<Relation>,
];

/** A relation record with every required field filled in. */
export function relationRecord([id, kind, source, target, strength, extra]: EdgeSpec): Relation {
  return {
    id,
    kind,
    source,
    target,
    valence: RELATION_KINDS[kind].valences[0]!,
    strength,
    strengthBasis: 'rubric',
    strengthNote: 'fixture',
    confidence: 1,
    stance: 'asserted',
    evidence: [{ source: 'fixture', quote: id }],
    ...extra,
  };
}

/** An actor record with every required field filled in. */
export function actorRecord(id: string, extra?: Partial<Actor>): Actor {
  return { id, name: id.toUpperCase(), kind: 'state', aliases: [], ...extra };
}

/** Builds the graph as the loader does: directed kinds as directed edges, undirected kinds as undirected ones. */
export function fixtureGraph(edges: EdgeSpec[], actors: Actor[] = []): ActorGraph {
  const graph = createActorGraph({ id: 'fixture', title: 'Fixture', sources: [] });
  for (const actor of actors) graph.addNode(actor.id, actor);
  for (const spec of edges) {
    const relation = relationRecord(spec);
    for (const id of [relation.source, relation.target]) if (!graph.hasNode(id)) graph.addNode(id, actorRecord(id));
    if (RELATION_KINDS[relation.kind].directed)
      graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
    else graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  }
  return graph;
}
