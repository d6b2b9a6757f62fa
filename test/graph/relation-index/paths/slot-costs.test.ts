// Tests for paths/slot-costs.ts: the precomputed step costs of an unfiltered strongest search (also across in-place index versions), and the same paths with or without them.
import t from 'tap';
import { generateActorGraph } from '../../../../graph/generate/scale-free.js';
import { buildRelationIndex, type RelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { applyToGraph } from '../../../../graph/relation-index/graph-change.js';
import { updateRelationIndex } from '../../../../graph/relation-index/update-index.js';
import type { Relation } from '../../../../graph/model/schema.js';
import { findPaths } from '../../../../graph/relation-index/paths/find-paths.js';
import { slotCosts } from '../../../../graph/relation-index/paths/slot-costs.js';
import { Traversal } from '../../../../graph/relation-index/traversal.js';
import { mulberry32 } from '../../../../graph/shared/random.js';

const index = buildRelationIndex(generateActorGraph({ actors: 300, relations: 2400, seed: 5 }));

/** The first slot of `at` whose cost is not −log of its relation's weight under `tr`, or -1: every live slot is checked. */
function wrongSlot(at: RelationIndex, tr: Traversal, costs: Float64Array): number {
  for (let v = 0; v < at.nodeCount; v++)
    for (let slot = at.slotStart[v]!; slot < at.slotEnd[v]!; slot++) {
      const w = tr.weight(at.slotRelation[slot]!);
      if (costs[slot] !== (w > 0 ? -Math.log(w) : Infinity)) return slot;
    }
  return -1;
}

t.test(
  'an unfiltered strongest traversal gets −log w per slot (Infinity where it cannot walk), once per weight',
  async (t) => {
    for (const weight of ['strength', 'strength-confidence'] as const) {
      const tr = new Traversal(index, 'strongest', false, weight, {});
      const costs = slotCosts(tr)!;
      t.equal(costs.length, index.slotCapacity, `${weight}: sized to the buffer's slot capacity`);
      t.equal(wrongSlot(index, tr, costs), -1, `${weight}: every live slot's cost`);
      let walkable = 0;
      for (let slot = 0; slot < index.slotRelation.length; slot++) if (costs[slot]! < Infinity) walkable++;
      t.ok(walkable > 0, `${walkable} walkable slots`);
      t.equal(slotCosts(new Traversal(index, 'strongest', true, weight, {})), costs, 'the same array next time');
    }
  },
);

t.test('a filtered, rolled-up or shortest traversal has none (its weights depend on the query)', async (t) => {
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', { minStrength: 0.2 })), undefined);
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', { asOf: '2010' })), undefined);
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', { valence: ['hostile'] })), undefined);
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', { exclude: ['transit'] })), undefined);
  t.equal(slotCosts(new Traversal(index, 'strongest', false, 'strength', {}, new Int32Array([0]))), undefined);
  t.equal(slotCosts(new Traversal(index, 'shortest', false, 'strength', {})), undefined);
});

t.test('strongest paths with the precomputed costs equal those worked out slot by slot', async (t) => {
  // minStrength = the smallest double lets the same relations through (a weight of 0 cannot be walked anyway) but is
  // a filter, so that search reads each relation's weight per slot.
  const random = mulberry32(3);
  const ids = index.nodeIds;
  let compared = 0;
  for (let i = 0; i < 60; i++) {
    const from = random.pick(ids);
    let to = random.pick(ids);
    while (to === from) to = random.pick(ids);
    const query = { from, to, mode: 'strongest' as const, k: 3, directed: i % 2 === 0 };
    const cached = findPaths(index, query);
    const perSlot = findPaths(index, { ...query, minStrength: Number.MIN_VALUE });
    t.same(cached.paths, perSlot.paths, JSON.stringify(query));
    compared += cached.paths.length;
  }
  t.ok(compared > 60, `${compared} paths compared`);
});

t.test(
  'costs follow the index versions written in place and onto new buffers: new relations, changed strengths, dropped ties',
  async (t) => {
    const graph = generateActorGraph({ actors: 200, relations: 1200, seed: 9 });
    let current = buildRelationIndex(graph);
    const random = mulberry32(11);
    const versions: RelationIndex[] = [current];
    for (let write = 0; write < 160; write++) {
      const edges = graph.edges();
      const nodes = graph.nodes();
      const put: Relation[] = [];
      const changed = { ...graph.getEdgeAttributes(random.pick(edges)), strength: random.next() } as Relation;
      put.push(changed);
      put.push({ ...changed, id: `new-${write}`, source: random.pick(nodes), target: random.pick(nodes) } as Relation);
      if (put[1]!.source === put[1]!.target) put.pop();
      const dropped = random.pick(edges);
      const delta = applyToGraph(graph, {
        actors: { put: [], drop: [] },
        relations: { put, drop: dropped === changed.id ? [] : [dropped] },
      });
      const next = updateRelationIndex(current, graph, delta);
      if (!next) return t.fail(`write ${write} not followed`);
      current = next;
      versions.push(current);
      // A query on every other version only: the costs must catch up over skipped versions too.
      if (write % 2 !== 0) continue;
      const tr = new Traversal(current, 'strongest', false, 'strength', {});
      const costs = slotCosts(tr)!;
      if (wrongSlot(current, tr, costs) !== -1) return t.fail(`version ${current.version}: slot costs out of date`);
    }
    const buffers = new Set(versions.map((v) => v.buffer));
    t.ok(buffers.size >= 3, `${versions.length} versions on ${buffers.size} buffers (full ones grown or compacted)`);
    // Older versions still in flight read their own slots' costs right, after the newest was brought up to date.
    for (const old of [versions[40]!, versions[Math.floor(versions.length / 2)]!, versions.at(-2)!]) {
      const trOld = new Traversal(old, 'strongest', false, 'strength', {});
      t.equal(wrongSlot(old, trOld, slotCosts(trOld)!), -1, `an older version (${old.version})`);
    }
    const trNew = new Traversal(current, 'strongest', false, 'strength', {});
    t.equal(wrongSlot(current, trNew, slotCosts(trNew)!), -1, 'the newest again');
    // And the paths on the newest version equal those worked out slot by slot.
    for (let i = 0; i < 20; i++) {
      const [from, to] = [random.pick(current.nodeIds), random.pick(current.nodeIds)];
      if (from === to) continue;
      const query = { from, to, mode: 'strongest' as const, k: 2, directed: false };
      t.same(findPaths(current, query).paths, findPaths(current, { ...query, minStrength: Number.MIN_VALUE }).paths);
    }
  },
);
