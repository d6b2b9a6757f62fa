// Tests for graph/generate/scale-free.ts: bad sizes first, then exact counts, determinism, connectivity and a dataset the loader accepts.
import t from 'tap';
import { generateActorGraph, generateDataset } from '../../../graph/generate/scale-free.js';
import { parseDataset } from '../../../graph/load/load-dataset.js';
import { buildRelationIndex } from '../../../graph/relation-index/relation-index.js';

t.test('sizes that cannot make a connected network are refused', async (t) => {
  t.throws(() => generateActorGraph({ actors: 1, relations: 5 }), RangeError);
  t.throws(
    () => generateActorGraph({ actors: 10, relations: 8 }),
    RangeError,
    'fewer relations than a spanning tree needs',
  );
  t.throws(() => generateActorGraph({ actors: 2.5, relations: 8 }), RangeError);
});

t.test('the graph has exactly the sizes asked for, is connected, and the seed fixes it', async (t) => {
  const graph = generateActorGraph({ actors: 500, relations: 2600, seed: 11 });
  t.equal(graph.order, 500);
  t.equal(graph.size, 2600);
  const again = generateActorGraph({ actors: 500, relations: 2600, seed: 11 });
  t.same(
    again.edges().map((e) => again.extremities(e)),
    graph.edges().map((e) => graph.extremities(e)),
    'same seed, same network',
  );
  const other = generateActorGraph({ actors: 500, relations: 2600, seed: 12 });
  t.not(
    JSON.stringify(other.edges().map((e) => other.extremities(e))),
    JSON.stringify(graph.edges().map((e) => graph.extremities(e))),
  );
  // Connected, ignoring direction: a BFS over the index reaches every actor.
  const index = buildRelationIndex(graph);
  const seen = new Uint8Array(index.nodeCount);
  const queue = [0];
  seen[0] = 1;
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i]!;
    for (let slot = index.slotStart[u]!; slot < index.slotEnd[u]!; slot++) {
      const v = index.neighbour[slot]!;
      if (!seen[v]) {
        seen[v] = 1;
        queue.push(v);
      }
    }
  }
  t.equal(queue.length, 500);
  // Scale-free: the busiest actor has many times the average degree (10.4).
  let max = 0;
  for (let v = 0; v < index.nodeCount; v++) max = Math.max(max, index.slotEnd[v]! - index.slotStart[v]!);
  t.ok(max > 50, `max degree ${max}`);
});

t.test('a generated dataset passes every check of the loader', async (t) => {
  const { dataset, sourceText } = generateDataset({ actors: 300, relations: 1200, seed: 5 });
  const loaded = parseDataset(JSON.stringify(dataset), 'synthetic.json', (path) =>
    path === dataset.sources[0]!.path ? sourceText : undefined,
  );
  t.equal(loaded.graph.order, 300);
  t.equal(loaded.graph.size, 1200);
  t.ok(
    dataset.relations.some((r) => r.dates) && dataset.relations.some((r) => !r.dates),
    'some relations dated, some not',
  );
  t.ok(
    dataset.actors.some((a) => a.exists),
    'some actors carry an existence start',
  );
});
