// Tests for graph/relation-index/relation-index.ts: the CSR arrays agree with the graph they were built from.
import t from 'tap';
import {
  buildRelationIndex,
  DIRECTION_IN,
  DIRECTION_OUT,
  DIRECTION_UNDIRECTED,
  KIND_CODE,
  VALENCE_CODE,
} from '../../../graph/relation-index/relation-index.js';
import { createActorGraph } from '../../../graph/model/actor-graph.js';
import { DAY_MAX, DAY_MIN, relationSpan } from '../../../graph/model/dates.js';
import { actorRecord, fixtureGraph } from './paths/fixture.js';
import { generateActorGraph } from '../../../graph/generate/scale-free.js';

t.test('an empty graph gives an empty index', async (t) => {
  const index = buildRelationIndex(createActorGraph({ id: 'empty', title: 'Empty', sources: [] }));
  t.equal(index.nodeCount, 0);
  t.equal(index.relationCount, 0);
  t.same([...index.slotStart, ...index.slotEnd], []);
});

t.test('every relation has one slot at each end, with its direction seen from that end', async (t) => {
  const graph = fixtureGraph(
    [
      ['il-az', 'arms-transfer', 'israel', 'azerbaijan', 0.9, { dates: { start: '2012', end: '2016' } }],
      ['il-az-2', 'strategic-partnership', 'israel', 'azerbaijan', 0.7, { confidence: 0.5 }],
      ['ir-az', 'tension', 'iran', 'azerbaijan', 0.4, { valence: 'hostile' }],
    ],
    [actorRecord('azerbaijan', { exists: { start: '1991-10-18' } })],
  );
  const index = buildRelationIndex(graph);
  t.equal(index.nodeCount, 3);
  t.equal(index.relationCount, 3);
  t.equal(index.slotEnd.at(-1), 6, 'two slots per relation');
  const slots = new Map<string, number[]>();
  for (let v = 0; v < index.nodeCount; v++) {
    for (let slot = index.slotStart[v]!; slot < index.slotEnd[v]!; slot++) {
      const r = index.slotRelation[slot]!;
      const id = index.relationIds[r]!;
      const relation = graph.getEdgeAttributes(id);
      const here = index.nodeIds[v]!;
      t.equal(
        index.nodeIds[index.neighbour[slot]!],
        here === relation.source ? relation.target : relation.source,
        `${id} neighbour`,
      );
      const expected = graph.isUndirected(id)
        ? DIRECTION_UNDIRECTED
        : here === relation.source
          ? DIRECTION_OUT
          : DIRECTION_IN;
      t.equal(index.slotDirection[slot], expected, `${id} direction at ${here}`);
      slots.set(id, [...(slots.get(id) ?? []), slot]);
    }
  }
  t.same(
    [...slots.values()].map((s) => s.length),
    [2, 2, 2],
  );
  for (let r = 0; r < index.relationCount; r++) {
    const relation = index.relations[r]!;
    t.equal(index.relationIds[r], relation.id);
    t.equal(index.kind[r], KIND_CODE.get(relation.kind));
    t.equal(index.valence[r], VALENCE_CODE.get(relation.valence));
    t.equal(index.strength[r], relation.strength);
    t.equal(index.confidence[r], relation.confidence);
    const span = relationSpan(
      relation,
      graph.getNodeAttributes(relation.source),
      graph.getNodeAttributes(relation.target),
    );
    t.same(
      [index.activeFrom[r], index.activeTo[r], index.dated[r] === 1],
      [span.from, span.to, span.dated],
      `${relation.id} span`,
    );
  }
  const undated = index.relationIds.indexOf('il-az-2');
  t.ok(index.activeFrom[undated]! > DAY_MIN, 'an undated tie with Azerbaijan starts when Azerbaijan does');
  t.equal(index.activeTo[undated], DAY_MAX);
  t.equal(index.nodeIndex.get('iran'), index.nodeIds.indexOf('iran'));
});

t.test('the memoised spans equal relationSpan for every relation of a synthetic network', async (t) => {
  const graph = generateActorGraph({ actors: 2000, relations: 10000, seed: 3 });
  const index = buildRelationIndex(graph);
  let dated = 0;
  let differ = 0;
  for (let r = 0; r < index.relationCount; r++) {
    const relation = index.relations[r]!;
    const span = relationSpan(
      relation,
      graph.getNodeAttributes(relation.source),
      graph.getNodeAttributes(relation.target),
    );
    if (span.dated) dated++;
    if (index.activeFrom[r] !== span.from || index.activeTo[r] !== span.to || (index.dated[r] === 1) !== span.dated)
      differ++;
  }
  t.equal(differ, 0);
  t.ok(dated > 1000, `${dated} dated relations`);
});
