// Tests for graph/relation-index/update-index.ts and graph-change.ts: after random writes, the updated index equals one built from scratch.
import t, { type Test } from 'tap';
import { generateActorGraph } from '../../../graph/generate/scale-free.js';
import { applyToGraph, type RecordChanges } from '../../../graph/relation-index/graph-change.js';
import { buildRelationIndex, type RelationIndex } from '../../../graph/relation-index/relation-index.js';
import { updateRelationIndex } from '../../../graph/relation-index/update-index.js';
import type { ActorGraph } from '../../../graph/model/actor-graph.js';
import type { Actor, Relation } from '../../../graph/model/schema.js';
import { RELATION_KIND_IDS, RELATION_KINDS } from '../../../graph/model/vocabulary.js';
import { mulberry32 } from '../../../graph/shared/random.js';
import { actorRecord, relationRecord } from './paths/fixture.js';
import { INDEX_ARRAYS as ARRAYS } from './index-arrays.js';

/** Fails `t` at the first difference between the updated index and a fresh build of the same graph. */
function sameAsFresh(t: Test, updated: RelationIndex, graph: ActorGraph, label: string): void {
  const fresh = buildRelationIndex(graph);
  t.equal(updated.nodeCount, fresh.nodeCount, `${label}: node count`);
  t.equal(updated.relationCount, fresh.relationCount, `${label}: relation count`);
  for (const name of ARRAYS) t.same([...updated[name]], [...fresh[name]], `${label}: ${name}`);
  t.same(updated.nodeIds, fresh.nodeIds, `${label}: node ids`);
  t.ok(
    fresh.nodeIds.every((id, v) => updated.nodeIndex.get(id) === v),
    `${label}: node index`,
  );
  t.ok(
    updated.actors.every((actor, v) => actor === fresh.actors[v]),
    `${label}: actor records`,
  );
  t.same(updated.relationIds, fresh.relationIds, `${label}: relation ids`);
  t.ok(
    updated.relations.every((relation, r) => relation === fresh.relations[r]),
    `${label}: relation records`,
  );
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A random write of a few records: new, changed (in place, re-ended, re-typed) and dropped relations and actors. */
function randomChanges(random: Random, graph: ActorGraph, serial: number): RecordChanges {
  const put: Relation[] = [];
  const drop: string[] = [];
  const actorsPut: Actor[] = [];
  const actorsDrop: string[] = [];
  const nodes = graph.nodes();
  const edges = graph.edges();
  const touched = new Set<string>();
  const newActor = (): string => {
    const id = `new-actor-${serial}-${actorsPut.length}`;
    actorsPut.push(actorRecord(id, random() < 0.5 ? { exists: { start: '1991-10-18' } } : {}));
    return id;
  };
  const ends = (): [string, string] => {
    const a = random() < 0.1 ? newActor() : pick(random, nodes);
    let b = pick(random, nodes);
    while (b === a) b = pick(random, nodes);
    return [a, b];
  };
  const operations = 1 + Math.floor(random() * 6);
  for (let i = 0; i < operations; i++) {
    const roll = random();
    const existing = pick(random, edges);
    if (roll < 0.35 || touched.has(existing)) {
      const [source, target] = ends();
      const kind = pick(random, RELATION_KIND_IDS);
      const extra = random() < 0.5 ? { dates: { start: `${1990 + Math.floor(random() * 30)}` } } : {};
      put.push(relationRecord([`new-${serial}-${i}`, kind, source, target, random(), extra]));
      continue;
    }
    touched.add(existing);
    const old = graph.getEdgeAttributes(existing);
    if (roll < 0.55) put.push({ ...old, strength: random(), confidence: random() });
    else if (roll < 0.7) {
      const [source, target] = ends();
      put.push({ ...old, source, target });
    } else if (roll < 0.8) {
      const kind = pick(random, RELATION_KIND_IDS);
      put.push({ ...old, kind, valence: RELATION_KINDS[kind].valences[0]! });
    } else drop.push(existing);
  }
  if (random() < 0.3) {
    const id = pick(random, nodes);
    actorsPut.push({ ...graph.getNodeAttributes(id), exists: { start: `${1900 + Math.floor(random() * 100)}` } });
  }
  // An actor with no relation (added now and then) can go, as the store allows.
  if (random() < 0.15) actorsPut.push(actorRecord(`lonely-${serial}`));
  if (random() < 0.2) {
    const lonely = nodes.find((id) => graph.degree(id) === 0 && !put.some((r) => r.source === id || r.target === id));
    if (lonely) actorsDrop.push(lonely);
  }
  return { actors: { put: actorsPut, drop: actorsDrop }, relations: { put, drop } };
}

t.test(
  'random writes: the updated index equals one built from scratch, and the previous index is untouched',
  async (t) => {
    const random = mulberry32(42).next;
    const graph = generateActorGraph({ actors: 200, relations: 1500, seed: 7 });
    let index = buildRelationIndex(graph);
    let rebuilt = 0;
    const seen = { removed: 0, changed: 0, appended: 0, addedActors: 0, changedActors: 0 };
    for (let serial = 0; serial < 60; serial++) {
      const before = index;
      const copy = ARRAYS.map((name) => [...before[name]]);
      const beforeIds = [...before.relationIds];
      const changes = randomChanges(random, graph, serial);
      const delta = applyToGraph(graph, changes);
      const next = updateRelationIndex(before, graph, delta);
      seen.removed += delta.removed.size;
      for (const key of ['changed', 'appended', 'addedActors', 'changedActors'] as const)
        seen[key] += delta[key].length;
      if (!next) {
        t.ok(delta.droppedActors.length > 0, 'only a dropped actor asks for a fresh build');
        rebuilt++;
        index = buildRelationIndex(graph);
        continue;
      }
      sameAsFresh(t, next, graph, `write ${serial}`);
      t.ok(
        ARRAYS.every((name, i) => [...before[name]].every((value, j) => value === copy[i]![j])),
        `write ${serial}: the previous index's arrays are unchanged`,
      );
      t.same(before.relationIds, beforeIds, `write ${serial}: the previous relation ids are unchanged`);
      index = next;
    }
    t.ok(rebuilt > 0 && rebuilt < 10, `a dropped actor now and then asks for a fresh build (${rebuilt} times)`);
    t.ok(
      Object.values(seen).every((count) => count >= 5),
      `every kind of change happened several times: ${JSON.stringify(seen)}`,
    );
  },
);

t.test('a write that names an unknown actor throws and leaves the graph as it was', async (t) => {
  const graph = generateActorGraph({ actors: 20, relations: 40, seed: 3 });
  const [order, size] = [graph.order, graph.size];
  const bad = relationRecord(['bad', 'arms-transfer', graph.nodes()[0]!, 'nobody', 0.5]);
  const good = relationRecord(['good', 'arms-transfer', graph.nodes()[0]!, graph.nodes()[1]!, 0.5]);
  t.throws(
    () => applyToGraph(graph, { actors: { put: [], drop: [] }, relations: { put: [good, bad], drop: [] } }),
    /names an actor/,
  );
  t.throws(
    () => applyToGraph(graph, { actors: { put: [], drop: [] }, relations: { put: [], drop: ['missing'] } }),
    /no relation "missing"/,
  );
  t.equal(graph.order, order);
  t.equal(graph.size, size);
  t.notOk(graph.hasEdge('good'), 'nothing of the refused write was applied');
});

t.test('an update that keeps the ends replaces the record in place; one that moves them goes to the end', async (t) => {
  const graph = generateActorGraph({ actors: 30, relations: 80, seed: 5 });
  const index = buildRelationIndex(graph);
  const [first, second] = graph.edges();
  const a = graph.getEdgeAttributes(first!);
  const b = graph.getEdgeAttributes(second!);
  const other = graph.nodes().find((id) => id !== b.source && id !== b.target)!;
  const delta = applyToGraph(graph, {
    actors: { put: [], drop: [] },
    relations: {
      put: [
        { ...a, strength: 0.123 },
        { ...b, target: other },
      ],
      drop: [],
    },
  });
  t.same(delta.changed, [first]);
  t.same(delta.appended, [second]);
  const next = updateRelationIndex(index, graph, delta)!;
  t.equal(next.relationIds[0], first);
  t.equal(next.strength[0], 0.123);
  t.equal(next.relationIds.at(-1), second, 'the re-ended relation is last');
  t.equal(next.nodeIds[next.relationTarget[next.relationCount - 1]!], other);
  sameAsFresh(t, next, graph, 'after the update');
});

t.test('a write dropping hundreds of relations (a reverted bulk write) gives the index of a fresh build', async (t) => {
  const graph = generateActorGraph({ actors: 100, relations: 1000, seed: 11 });
  const index = buildRelationIndex(graph);
  const drop = graph.edges().filter((_, i) => i % 3 === 0);
  const delta = applyToGraph(graph, { actors: { put: [], drop: [] }, relations: { put: [], drop } });
  t.equal(delta.removed.size, drop.length);
  const next = updateRelationIndex(index, graph, delta)!;
  sameAsFresh(t, next, graph, `${drop.length} dropped`);
});
