// Tests for graph/relation-index/update-index.ts and graph-change.ts: after random writes, the index updated in place shows what one built from scratch shows, and the previous version is untouched.
import t, { type Test } from 'tap';
import { generateActorGraph } from '../../../graph/generate/scale-free.js';
import { applyToGraph, type RecordChanges } from '../../../graph/relation-index/graph-change.js';
import {
  attachIndex,
  buildRelationIndex,
  isLive,
  shareIndex,
  type RelationIndex,
} from '../../../graph/relation-index/relation-index.js';
import { updateRelationIndex } from '../../../graph/relation-index/update-index.js';
import type { ActorGraph } from '../../../graph/model/actor-graph.js';
import type { Actor, Relation } from '../../../graph/model/schema.js';
import { RELATION_KIND_IDS, RELATION_KINDS } from '../../../graph/model/vocabulary.js';
import { mulberry32 } from '../../../graph/shared/random.js';
import { actorRecord, relationRecord } from './paths/fixture.js';
import { INDEX_ARRAYS as ARRAYS } from './index-arrays.js';
import { neighbourhoodOnIndex } from '../../../graph/relation-index/neighbourhood-on-index.js';
import { searchNeighbourhood } from '../../../graph/relation-index/neighbourhood-search.js';
import { findPaths } from '../../../graph/relation-index/paths/find-paths.js';
import type { PreparedPathQuery } from '../../../graph/relation-index/paths/prepare-path-query.js';
import { searchPaths } from '../../../graph/relation-index/paths/search-paths.js';
import { overviewSubgraph } from '../../../graph/relation-index/subgraph.js';
import { sameFast } from '../../same-fast.js';

/**
 * What a search can see of an index, by ids: per actor its slots in order (other end, relation id, direction), and per
 * live relation its ends and fields and record. Relation ints are left out: an update numbers relations its own way.
 */
function liveView(index: RelationIndex) {
  // Deleted actors keep their node int, with no slots and out of nodeIndex, until the next fresh build.
  const live = index.nodeIds.map((_, v) => v).filter((v) => !index.goneNodes.has(v));
  const slots = live.map((v) => {
    const list: string[] = [];
    for (let slot = index.slotStart[v]!; slot < index.slotEnd[v]!; slot++)
      list.push(
        `${index.nodeIds[index.neighbour[slot]!]} ${index.relationIds[index.slotRelation[slot]!]} ${index.slotDirection[slot]}`,
      );
    return list.join(', ');
  });
  const relations = new Map<string, unknown[]>();
  for (let r = 0; r < index.relationCount; r++) {
    if (!isLive(index, r)) continue;
    const id = index.relationIds[r]!;
    if (relations.has(id)) throw new Error(`relation "${id}" is live twice`);
    const fields = (['kind', 'valence', 'strength', 'confidence', 'activeFrom', 'activeTo', 'dated'] as const).map(
      (name) => index[name][r],
    );
    relations.set(id, [
      index.nodeIds[index.relationSource[r]!],
      index.nodeIds[index.relationTarget[r]!],
      ...fields,
      index.relations[r],
    ]);
  }
  const nodeIds = live.map((v) => index.nodeIds[v]!);
  for (const v of index.goneNodes)
    if (index.slotEnd[v] !== index.slotStart[v] || index.nodeIndex.get(index.nodeIds[v]!) === v)
      throw new Error(`deleted actor ${index.nodeIds[v]} still has slots or is still looked up`);
  return { nodeCount: live.length, nodeIds, actors: live.map((v) => index.actors[v]), slots, relations };
}

/** Fails `t` at the first difference between what the updated index and a fresh build of the same graph let a search see. */
function sameAsFresh(t: Test, updated: RelationIndex, graph: ActorGraph, label: string): void {
  const fresh = buildRelationIndex(graph);
  const [mine, theirs] = [liveView(updated), liveView(fresh)];
  t.equal(mine.nodeCount, theirs.nodeCount, `${label}: node count`);
  sameFast(t, mine.nodeIds, theirs.nodeIds, `${label}: node ids`);
  t.ok(
    fresh.nodeIds.every((id) => updated.nodeIds[updated.nodeIndex.get(id)!] === id) &&
      updated.nodeIndex.size === fresh.nodeIndex.size,
    `${label}: node index`,
  );
  t.ok(
    mine.actors.every((actor, v) => actor === fresh.actors[v]),
    `${label}: actor records`,
  );
  sameFast(t, mine.slots, theirs.slots, `${label}: every actor's slots, in order`);
  t.equal(mine.relations.size, fresh.relationCount, `${label}: live relations`);
  t.ok(
    [...theirs.relations].every(([id, row]) => {
      const other = mine.relations.get(id);
      return other !== undefined && row.every((value, i) => value === other[i]);
    }),
    `${label}: every live relation's ends, fields and record`,
  );
  const attached = attachIndex(structuredClone(shareIndex(updated)));
  t.ok(
    ARRAYS.every(
      (name) =>
        attached[name].length === updated[name].length &&
        attached[name].every((value, i) => value === updated[name][i]),
    ),
    `${label}: a worker attaches this version as it is`,
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

/** Path and neighbourhood answers of `index` between a few actors, by ids and records (what the API returns). */
function answers(index: RelationIndex, random: Random) {
  const ids = [...index.nodeIndex.keys()];
  return Array.from({ length: 4 }, () => {
    const [from, to] = [pick(random, ids), pick(random, ids)];
    const mode = pick(random, ['shortest', 'strongest', 'widest'] as const);
    return {
      paths: from === to ? undefined : findPaths(index, { from, to, mode, k: 3, maxHops: 4 }),
      neighbourhood: neighbourhoodOnIndex(index, from, { depth: 2, limit: 60 }),
    };
  });
}

/** The node and relation ints an older version's searches find (what an index worker holding it computes). */
function searches(index: RelationIndex, random: Random) {
  const live = [...index.nodeIndex.values()];
  return Array.from({ length: 3 }, () => {
    const [source, target] = [pick(random, live), pick(random, live)];
    const prepared: PreparedPathQuery = {
      ...{ source, target, mode: 'strongest', weight: 'strength', k: 2, maxHops: 4 },
      ...{ directed: false, filter: {}, rollup: 'none' },
    };
    return {
      run: () => ({
        paths: source === target ? [] : searchPaths(index, prepared),
        near: searchNeighbourhood(index, { center: source, depth: 2, direction: 'both', limit: 50, filter: {} }),
      }),
    };
  });
}

t.test(
  'random writes: the updated index shows what a fresh build shows, through full buffers and deleted actors, and older versions answer as before',
  async (t) => {
    const random = mulberry32(42).next;
    const graph = generateActorGraph({ actors: 200, relations: 1500, seed: 7 });
    let index = buildRelationIndex(graph);
    const followed = { inPlace: 0, grown: 0, compacted: 0, droppedActors: 0 };
    const seen = { removed: 0, changed: 0, appended: 0, addedActors: 0, changedActors: 0 };
    const older: Array<{ serial: number; run: () => unknown; before: unknown }> = [];
    for (let serial = 0; serial < 160; serial++) {
      const before = index;
      const view = liveView(before);
      const copy = ARRAYS.map((name) => [...before[name]]);
      // Slots past a node's end are room a later version may fill: the previous version reads only its nodes' ranges.
      const read = new Uint8Array(before.neighbour.length);
      for (let v = 0; v < before.nodeCount; v++) read.fill(1, before.slotStart[v]!, before.slotEnd[v]!);
      const SLOT_ARRAYS: readonly string[] = ['neighbour', 'slotRelation', 'slotDirection'];
      if (serial % 20 === 5)
        for (const { run } of searches(before, random)) older.push({ serial, run, before: structuredClone(run()) });
      const changes = randomChanges(random, graph, serial);
      const delta = applyToGraph(graph, changes);
      const next = updateRelationIndex(before, graph, delta);
      seen.removed += delta.removed.size;
      for (const key of ['changed', 'appended', 'addedActors', 'changedActors'] as const)
        seen[key] += delta[key].length;
      if (!next) {
        t.fail(`write ${serial}: not followed`);
        index = buildRelationIndex(graph);
        continue;
      }
      if (delta.droppedActors.length > 0) followed.droppedActors++;
      if (next.buffer === before.buffer) followed.inPlace++;
      else followed[next.relationIds === before.relationIds ? 'grown' : 'compacted']++;
      t.equal(next.version, before.version + 1, `write ${serial}: the next version`);
      sameAsFresh(t, next, graph, `write ${serial}`);
      if (serial % 10 === 0) {
        const fresh = buildRelationIndex(graph);
        const probe = mulberry32(serial).next;
        sameFast(
          t,
          answers(next, probe),
          answers(fresh, mulberry32(serial).next),
          `write ${serial}: paths and neighbourhoods`,
        );
      }
      t.ok(
        ARRAYS.every((name, i) =>
          [...before[name]].every(
            // A retirement is stamped with the new version, which the previous one still reads as live.
            (value, j) =>
              value === copy[i]![j] ||
              (name === 'retiredAt' && value > before.version) ||
              (SLOT_ARRAYS.includes(name) && read[j] === 0),
          ),
        ),
        `write ${serial}: the previous index's arrays read as before`,
      );
      sameFast(t, liveView(before), view, `write ${serial}: the previous index shows what it showed`);
      index = next;
    }
    for (const { serial, run, before } of older)
      sameFast(
        t,
        run(),
        before,
        `the version before write ${serial} still finds what it found, ${index.version - serial} versions on`,
      );
    t.ok(followed.droppedActors >= 5, `deleted actors followed in place (${followed.droppedActors} writes)`);
    t.ok(followed.grown >= 2, `full buffers grown, ints kept (${followed.grown} times)`);
    t.ok(
      followed.compacted >= 1,
      `a buffer holding as much garbage as live data compacted (${followed.compacted} times)`,
    );
    t.ok(
      Object.values(seen).every((count) => count >= 5),
      `every kind of change happened several times: ${JSON.stringify(seen)}`,
    );
  },
);

t.test('an update from a version that is not the newest on its buffer builds afresh', async (t) => {
  const graph = generateActorGraph({ actors: 30, relations: 80, seed: 5 });
  const index = buildRelationIndex(graph);
  const [a, b] = graph.nodes();
  const add = (id: string) =>
    applyToGraph(graph, {
      actors: { put: [], drop: [] },
      relations: { put: [relationRecord([id, 'arms-transfer', a!, b!, 0.5])], drop: [] },
    });
  t.ok(updateRelationIndex(index, graph, add('first')), 'the newest version updates in place');
  t.equal(updateRelationIndex(index, graph, add('second')), undefined, 'an older one does not');
});

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
  const changedAt = next.relationIds.lastIndexOf(first!);
  t.ok(changedAt >= index.relationCount, 'the changed relation has a new int');
  t.equal(next.strength[changedAt], 0.123);
  t.equal(index.strength[0], a.strength, 'the previous version reads the old strength');
  t.ok(isLive(index, 0) && !isLive(next, 0), 'the old int is retired from the new version on');
  t.equal(next.relationIds.at(-1), second, 'the re-ended relation is last');
  t.equal(next.nodeIds[next.relationTarget[next.relationCount - 1]!], other);
  sameAsFresh(t, next, graph, 'after the update');
});

t.test('writes dropping hundreds of relations: in place while the buffer has room, then afresh', async (t) => {
  const graph = generateActorGraph({ actors: 100, relations: 1000, seed: 11 });
  let index = buildRelationIndex(graph);
  const drop = graph.edges().filter((_, i) => i % 3 === 0);
  let inPlace = 0;
  for (let at = 0; at < drop.length; at += 25) {
    const some = drop.slice(at, at + 25);
    const delta = applyToGraph(graph, { actors: { put: [], drop: [] }, relations: { put: [], drop: some } });
    t.equal(delta.removed.size, some.length);
    const next = updateRelationIndex(index, graph, delta);
    if (next) inPlace++;
    index = next ?? buildRelationIndex(graph);
    sameAsFresh(t, index, graph, `${at + some.length} dropped`);
  }
  t.ok(inPlace > 0, `${inPlace} of the writes were followed in place`);
});

t.test(
  'a full buffer is copied to a larger one: the old buffer is never written again, nor updated from',
  async (t) => {
    const graph = generateActorGraph({ actors: 200, relations: 2000, seed: 4 });
    const first = buildRelationIndex(graph);
    let index = first;
    const nodes = graph.nodes();
    let serial = 0;
    const add = () =>
      applyToGraph(graph, {
        actors: { put: [], drop: [] },
        relations: {
          put: [
            relationRecord([
              `grow-${serial}`,
              'arms-transfer',
              nodes[serial % 200]!,
              nodes[(serial++ * 7 + 1) % 200]!,
              0.5,
            ]),
          ],
          drop: [],
        },
      });
    let newestOnOld = first;
    while (index.buffer === first.buffer) [newestOnOld, index] = [index, updateRelationIndex(index, graph, add())!];
    const lastOnOld = index.version - 1;
    t.ok(lastOnOld > 10, `${lastOnOld} versions in place before the room ran out`);
    t.equal(index.relationIds, first.relationIds, 'grown, not compacted: the same relation ints');
    t.ok(index.relationCapacity > first.relationCapacity && index.slotCapacity > first.slotCapacity, 'more room');
    const oldBytes = new Uint8Array(first.buffer).slice();
    for (let i = 0; i < 50; i++) index = updateRelationIndex(index, graph, add())!;
    sameAsFresh(t, index, graph, 'after growing');
    t.equal(
      updateRelationIndex(newestOnOld, graph, add()),
      undefined,
      'the newest version on the old buffer is not updated from',
    );
    t.same(new Uint8Array(first.buffer), oldBytes, 'the old buffer is left as its versions read it');
  },
);

t.test('a deleted actor keeps its node int with no slots, and the overview leaves it out', async (t) => {
  const graph = generateActorGraph({ actors: 30, relations: 90, seed: 8 });
  const lonely = actorRecord('lonely');
  let index = updateRelationIndex(
    buildRelationIndex(graph),
    graph,
    applyToGraph(graph, { actors: { put: [lonely], drop: [] }, relations: { put: [], drop: [] } }),
  )!;
  const v = index.nodeIndex.get('lonely')!;
  const before = index;
  index = updateRelationIndex(
    index,
    graph,
    applyToGraph(graph, { actors: { put: [], drop: ['lonely'] }, relations: { put: [], drop: [] } }),
  )!;
  t.equal(index.buffer, before.buffer, 'in place');
  t.equal(index.nodeCount, before.nodeCount, 'no node int shifts');
  t.ok(index.goneNodes.has(v) && !index.nodeIndex.has('lonely'), 'gone from the lookups');
  t.equal(before.nodeIndex.get('lonely'), v, 'the previous version still knows it');
  sameAsFresh(t, index, graph, 'after the delete');
  const options = { limit: 5000, maxRelations: 5000 };
  t.same(overviewSubgraph(index, options), overviewSubgraph(buildRelationIndex(graph), options), 'the same overview');
  t.equal(overviewSubgraph(index, { limit: 29 }).truncated, true, 'one actor short of all: truncated');
  t.equal(overviewSubgraph(index, { limit: 30 }).truncated, false, 'all live actors: not truncated');
  // The same id created again is a new actor at the end, as a fresh build orders it.
  index = updateRelationIndex(
    index,
    graph,
    applyToGraph(graph, { actors: { put: [lonely], drop: [] }, relations: { put: [], drop: [] } }),
  )!;
  t.equal(index.nodeIndex.get('lonely'), before.nodeCount, 'a new node int');
  sameAsFresh(t, index, graph, 'after creating it again');
});

t.test('a bulk write larger than the spare room is followed on one new buffer sized for it', async (t) => {
  const graph = generateActorGraph({ actors: 300, relations: 2000, seed: 6 });
  const index = buildRelationIndex(graph);
  const nodes = graph.nodes();
  const count = 3 * (index.relationCapacity - index.relationCount);
  const put = Array.from({ length: count }, (_, i) =>
    relationRecord([`bulk-${i}`, 'arms-transfer', nodes[i % 300]!, nodes[(i * 13 + 1) % 300]!, 0.5]),
  ).filter((relation) => relation.source !== relation.target);
  const delta = applyToGraph(graph, { actors: { put: [], drop: [] }, relations: { put, drop: [] } });
  const next = updateRelationIndex(index, graph, delta)!;
  t.ok(next, 'followed');
  t.not(next.buffer, index.buffer, 'on a new buffer');
  t.equal(next.version, 1, 'an update, not a fresh build');
  sameAsFresh(t, next, graph, `${put.length} relations in one write`);
});
