// Tests for the search tables following actor writes row by row (updateActorSearch, updateCloseMatches, search-table-patch.ts): after creates, renames, alias changes and deletes, every answer equals a fresh build's.
import t, { type Test } from 'tap';
import type { ActorGraph } from '../../../graph/model/actor-graph.js';
import type { Actor } from '../../../graph/model/schema.js';
import { ACTOR_KINDS } from '../../../graph/model/vocabulary.js';
import { generateActorGraph } from '../../../graph/generate/scale-free.js';
import { applyToGraph } from '../../../graph/relation-index/graph-change.js';
import { closeActorIds, prepareCloseMatches, updateCloseMatches } from '../../../graph/query/close-matches.js';
import {
  actorSearchTable,
  rankActors,
  updateActorSearch,
  type SearchEntry,
} from '../../../graph/query/search-actors.js';
import { attachSearchTable, shareSearchTable } from '../../../graph/query/shared-search-table.js';
import {
  nextSearchPatch,
  patchSearchTable,
  shareSearchPatch,
  type SearchPatch,
} from '../../../graph/query/search-table-patch.js';

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// Names that collide with, prefix or nearly match others', with accents, so ranks and ties are exercised.
const NAMES = ['Türkiye', 'Turkey', 'Turk', 'Bakı', 'Baku Steel', 'Israel', 'Isr', 'Iran', 'Iraq', 'A', 'Zed'];
const QUERIES = ['', 'tur', 'turkey', 'baki', 'baku', 'isr', 'ira', 'a', 'state', 'firm 1', 'new', 'zed', 'steel', '1'];
const TEXTS = [
  'turkey',
  'new-3-1',
  'new-12-2',
  'state-1',
  'firm-17',
  'bak',
  'iraq',
  'zed',
  'isreal',
  'nw-5-1',
  'person',
];

/** One write: a few actors created, renamed, re-aliased or deleted (a delete drops the actor's relations too). */
function randomWrite(graph: ActorGraph, next: () => number, step: number): { put: Actor[]; drop: string[] } {
  const ids = graph.nodes();
  const pick = () => ids[Math.floor(next() * ids.length)]!;
  const name = () => `${NAMES[Math.floor(next() * NAMES.length)]!}${next() < 0.5 ? '' : ` ${step}`}`;
  const put = new Map<string, Actor>();
  const drop = new Set<string>();
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const roll = next();
    if (roll < 0.3) {
      const id = `new-${step}-${n}`;
      put.set(id, { id, name: name(), kind: ACTOR_KINDS[step % ACTOR_KINDS.length]!, aliases: [name()] });
    } else {
      const id = pick();
      if (put.has(id) || drop.has(id)) continue;
      const actor = graph.getNodeAttributes(id);
      if (roll < 0.55) put.set(id, { ...actor, name: name() });
      else if (roll < 0.8) put.set(id, { ...actor, aliases: next() < 0.3 ? [] : [name(), actor.name] });
      else drop.add(id);
    }
  }
  return { put: [...put.values()], drop: [...drop] };
}

/** The same graph built afresh (node order kept), so its tables are built from scratch. */
function fresh(graph: ActorGraph): ActorGraph {
  return graph.copy() as ActorGraph;
}

function compare(t: Test, graph: ActorGraph, worker: readonly SearchEntry[], label: string): void {
  const copy = fresh(graph);
  const table = actorSearchTable(copy);
  t.same(actorSearchTable(graph), table, `${label}: the main thread's table`);
  t.same(worker, table, `${label}: the worker's table (base + patch)`);
  for (const q of QUERIES) {
    const search = { q, limit: 500 };
    t.same(rankActors(actorSearchTable(graph), search), rankActors(table, search), `${label}: search ${q}`);
  }
  let found = 0;
  for (const text of [...TEXTS, ...copy.nodes().slice(-3)]) {
    const close = closeActorIds(copy, text, 8);
    found += close.length;
    t.same(closeActorIds(graph, text, 8), close, `${label}: close to ${text}`);
  }
  t.ok(found > 40, `${label}: the close-match texts find actors (${found})`);
}

t.test('after a series of actor writes, search and close matches equal a fresh build, on both threads', async (t) => {
  const graph = generateActorGraph({ actors: 300, relations: 900, seed: 5 });
  const base = shareSearchTable(actorSearchTable(graph));
  prepareCloseMatches(graph);
  for (const text of TEXTS) closeActorIds(graph, text, 8); // remembered answers, which a write must forget
  const next = random(17);
  let patch: SearchPatch | undefined;
  for (let step = 0; step < 60; step++) {
    const changes = randomWrite(graph, next, step);
    applyToGraph(graph, { actors: changes, relations: { put: [], drop: [] } });
    const ids = [...changes.put.map((actor) => actor.id), ...changes.drop];
    const put = updateActorSearch(graph, ids);
    updateCloseMatches(graph, ids);
    patch = nextSearchPatch(patch, ids, put);
    if (step % 10 === 9) {
      const worker = patchSearchTable(attachSearchTable(base), shareSearchPatch(patch));
      compare(t, graph, worker, `after write ${step + 1}`);
    }
  }
  t.ok(patch!.drop.length > 60, 'the patch is cumulative');
  t.ok(patch!.put.length < patch!.drop.length, 'deleted actors are in the patch without a row');
});

t.test('without the update the tables are stale (the comparison above can fail)', async (t) => {
  const graph = generateActorGraph({ actors: 50, relations: 100, seed: 5 });
  actorSearchTable(graph);
  prepareCloseMatches(graph);
  const id = graph.nodes()[0]!;
  applyToGraph(graph, {
    actors: { put: [{ ...graph.getNodeAttributes(id), name: 'Zzyzx' }], drop: [] },
    relations: { put: [], drop: [] },
  });
  t.notSame(actorSearchTable(graph), actorSearchTable(fresh(graph)));
  t.notSame(closeActorIds(graph, 'zzyzx'), closeActorIds(fresh(graph), 'zzyzx'));
  updateActorSearch(graph, [id]);
  updateCloseMatches(graph, [id]);
  t.same(actorSearchTable(graph), actorSearchTable(fresh(graph)));
  t.same(closeActorIds(graph, 'zzyzx'), [id]);
});

t.test('an update leaves a table handed out before as it was', async (t) => {
  const graph = generateActorGraph({ actors: 20, relations: 40, seed: 2 });
  const before = actorSearchTable(graph);
  const copy = structuredClone(before);
  const id = graph.nodes()[3]!;
  applyToGraph(graph, { actors: { put: [], drop: [id] }, relations: { put: [], drop: [] } });
  updateActorSearch(graph, [id]);
  t.same(before, copy);
  t.equal(actorSearchTable(graph).length, before.length - 1);
});

t.test('bad input: a patch buffer holding something else', async (t) => {
  const other = new SharedArrayBuffer(2);
  new Uint8Array(other).set([0x7b, 0x7d]); // "{}"
  t.throws(() => patchSearchTable([], other), /no search patch/);
  t.throws(() => patchSearchTable([], new ArrayBuffer(2) as unknown as SharedArrayBuffer), TypeError);
});

t.test('rows at the ends of the table: the first deleted, new ones sorting before and after all', async (t) => {
  const graph = generateActorGraph({ actors: 30, relations: 60, seed: 4 });
  const first = actorSearchTable(graph)[0]!.id;
  const kind = ACTOR_KINDS[0];
  const put = [
    { id: 'aaa', name: '0 First', kind, aliases: [] },
    { id: 'zzz', name: 'Zzz Last', kind, aliases: [] },
  ];
  applyToGraph(graph, { actors: { put, drop: [first] }, relations: { put: [], drop: [] } });
  updateActorSearch(graph, ['aaa', 'zzz', first]);
  const table = actorSearchTable(graph);
  t.same(table, actorSearchTable(fresh(graph)));
  t.same([table[0]!.id, table.at(-1)!.id], ['aaa', 'zzz']);
  t.notOk(
    table.some((entry) => entry.id === first),
    'the first row is gone',
  );
});
