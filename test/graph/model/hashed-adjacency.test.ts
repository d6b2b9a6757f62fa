// Tests of hashAdjacency: the actor graph's neighbour tables are hash tables from the start, and the graph answers as graphology's own.
import { setFlagsFromString } from 'node:v8';
import Graph from 'graphology';
import t from 'tap';
import { hashAdjacency } from '../../../graph/model/hashed-adjacency.js';
import { createActorGraph } from '../../../graph/model/actor-graph.js';
import { generateDataset } from '../../../graph/generate/scale-free.js';
import { addRelationEdge } from '../../../graph/load/build-graph.js';

// V8's own answer to "is this object still in fast mode?" (allowed for functions compiled after the flag is set).
setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('table', 'return %HasFastProperties(table)') as (table: object) => boolean;

type Tables = Record<'in' | 'out' | 'undirected', object>;
const nodeTables = (graph: Graph, node: string) =>
  (graph as unknown as { _nodes: Map<string, Tables> })._nodes.get(node)!;

t.test('every node of an actor graph keeps its neighbour tables as hash tables, after clearEdges too', async (t) => {
  const graph = createActorGraph({ id: 'd', title: 'D', sources: [] });
  graph.addNode('a', { id: 'a', name: 'A', kind: 'state', aliases: [] });
  graph.mergeNode('b', { id: 'b', name: 'B', kind: 'firm', aliases: [] });
  for (const node of ['a', 'b'])
    for (const table of ['in', 'out', 'undirected'] as const)
      t.notOk(hasFastProperties(nodeTables(graph, node)[table]), `${node}.${table} is a hash table`);
  graph.clearEdges();
  t.notOk(hasFastProperties(nodeTables(graph, 'a').out), 'still after clearEdges (graphology renews the tables)');

  const plain = new Graph({ type: 'mixed', multi: true });
  plain.addNode('a');
  t.ok(
    hasFastProperties(nodeTables(plain, 'a').out),
    "graphology's own tables start fast: the check can tell them apart",
  );
});

t.test('a generated dataset gives the same graph, neighbours and edges with and without hashed tables', async (t) => {
  const { dataset } = generateDataset({ actors: 300, relations: 2_000, seed: 7 });
  // The same options as createActorGraph, without hashAdjacency.
  const build = (hashed: boolean) => {
    const graph: Graph = hashed
      ? createActorGraph({ id: dataset.id, title: dataset.title, sources: dataset.sources })
      : new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
    for (const actor of dataset.actors) graph.addNode(actor.id, actor);
    for (const relation of dataset.relations) addRelationEdge(graph as Parameters<typeof addRelationEdge>[0], relation);
    return graph;
  };
  const hashed = build(true);
  const plain = build(false);
  t.equal(hashed.order, plain.order);
  t.equal(hashed.size, plain.size);
  for (const actor of dataset.actors.slice(0, 60)) {
    t.same(hashed.neighbors(actor.id), plain.neighbors(actor.id), `neighbours of ${actor.id}, in order`);
    t.same(hashed.edges(actor.id), plain.edges(actor.id), `edges of ${actor.id}, in order`);
  }
  const [first, second] = [dataset.relations[0]!, dataset.relations[1]!];
  t.same(hashed.edges(first.source, first.target), plain.edges(first.source, first.target), 'edges between a pair');
  hashed.dropNode(second.source);
  plain.dropNode(second.source);
  t.equal(hashed.size, plain.size, 'dropping an actor drops the same relations');
});

t.test('a graph whose node record class is missing is left as it is', async (t) => {
  const graph = new Graph();
  (graph as unknown as { NodeDataClass: unknown }).NodeDataClass = undefined;
  t.equal(hashAdjacency(graph), false);
  t.equal(hashAdjacency(new Graph({ type: 'directed' })), true, 'a directed graph has in and out tables only');
});
