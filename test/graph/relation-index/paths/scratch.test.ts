// Tests for graph/relation-index/paths/scratch.ts: the next index of the same size (a store write) takes over the search scratch; another size gets its own.
import t from 'tap';
import { generateActorGraph } from '../../../../graph/generate/scale-free.js';
import { applyToGraph } from '../../../../graph/relation-index/graph-change.js';
import { scratchFor } from '../../../../graph/relation-index/paths/scratch.js';
import { buildRelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { updateRelationIndex } from '../../../../graph/relation-index/update-index.js';
import { actorRecord, relationRecord } from './fixture.js';

t.test('a write keeps the scratch; a new actor (another node count) makes a new one', async (t) => {
  const graph = generateActorGraph({ actors: 40, relations: 120, seed: 3 });
  const index = buildRelationIndex(graph);
  const scratch = scratchFor(index);
  t.equal(scratchFor(index), scratch, 'one scratch per index');
  const [a, b] = graph.nodes();
  const write = (actors: ReturnType<typeof actorRecord>[], id: string, target: string) =>
    applyToGraph(graph, {
      actors: { put: actors, drop: [] },
      relations: { put: [relationRecord([id, 'arms-transfer', a!, target, 0.5])], drop: [] },
    });
  const next = updateRelationIndex(index, graph, write([], 'w1', b!))!;
  t.equal(scratchFor(next), scratch, 'the next version of the same size takes it over');
  const grown = updateRelationIndex(next, graph, write([actorRecord('newcomer')], 'w2', 'newcomer'))!;
  t.equal(grown.nodeCount, 41);
  const other = scratchFor(grown);
  t.not(other, scratch, 'a larger index gets a scratch of its size');
  t.equal(other.stampF.length, 41);
  t.equal(scratchFor(next), scratch, 'and the older index keeps its own');
});
