// The model of record: a graphology multigraph whose nodes are actors and whose edges are relations, keyed by their ids.
import Graph from 'graphology';
import { hashAdjacency } from './hashed-adjacency.js';
import type { Actor, Relation, Source } from './schema.js';

/** Graph-level attributes: the dataset the graph was loaded from. */
export interface DatasetAttributes {
  id: string;
  title: string;
  sources: Source[];
}

/** Mixed multigraph: directed kinds become directed edges, undirected kinds undirected ones; several relations may join a pair. */
export type ActorGraph = Graph<Actor, Relation, DatasetAttributes>;

/** An empty actor graph ready to receive a dataset. */
export function createActorGraph(attributes: DatasetAttributes): ActorGraph {
  const graph: ActorGraph = new Graph<Actor, Relation, DatasetAttributes>({
    type: 'mixed',
    multi: true,
    allowSelfLoops: false,
  });
  hashAdjacency(graph); // a 1M-relation graph builds in ~40 % less CPU (hashed-adjacency.ts)
  graph.replaceAttributes(attributes);
  return graph;
}
