// Test helper: builds a small ActorGraph from an edge list, filling in the fields a test does not care about.
import { createActorGraph, type ActorGraph } from '../../../graph/model/actor-graph.js';
import type { Actor, Relation } from '../../../graph/model/schema.js';
import { RELATION_KINDS, type RelationKind } from '../../../graph/model/vocabulary.js';

/** An edge of the fixture: kind, endpoints, and any relation field the test sets. */
export type EdgeSpec = [source: string, kind: RelationKind, target: string, extra?: Partial<Relation>];

/** An actor of the fixture: an id, or an id with the fields the test sets. */
export type ActorSpec = string | (Partial<Actor> & { id: string });

/** A full Relation with defaults: strength 0.5, confidence 1, cooperative unless the kind says otherwise. */
export function relation(
  source: string,
  kind: RelationKind,
  target: string,
  extra: Partial<Relation> = {},
  index = 0,
): Relation {
  return {
    id: `${source}-${kind}-${target}-${index}`,
    kind,
    source,
    target,
    valence: RELATION_KINDS[kind].valences[0],
    strength: 0.5,
    strengthBasis: 'rubric',
    strengthNote: 'test fixture',
    confidence: 1,
    stance: 'asserted',
    evidence: [{ source: 'fixture', quote: `${source} ${kind} ${target}` }],
    ...extra,
  };
}

/** An ActorGraph holding the listed actors, the edges, and any actor an edge names but the list does not. */
export function buildGraph(edges: EdgeSpec[], actors: ActorSpec[] = []): ActorGraph {
  const graph = createActorGraph({ id: 'fixture', title: 'Fixture', sources: [] });
  const addActor = (spec: ActorSpec) => {
    const fields = typeof spec === 'string' ? { id: spec } : spec;
    if (graph.hasNode(fields.id)) return;
    graph.addNode(fields.id, { name: fields.id.toUpperCase(), kind: 'state', aliases: [], ...fields });
  };
  actors.forEach(addActor);
  edges.forEach(([source, kind, target, extra], index) => {
    addActor(source);
    addActor(target);
    const record = relation(source, kind, target, extra, index);
    if (RELATION_KINDS[kind].directed) graph.addDirectedEdgeWithKey(record.id, source, target, record);
    else graph.addUndirectedEdgeWithKey(record.id, source, target, record);
  });
  return graph;
}
