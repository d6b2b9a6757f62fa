// Tests for graph/query/shared-search-table.ts: the table survives the trip through shared memory, and searching it gives the same ranking.
import t from 'tap';
import { actorSearchTable, rankActors } from '../../../graph/query/search-actors.js';
import {
  attachSearchTable,
  shareSearchTable,
  shareSearchTableSteps,
} from '../../../graph/query/shared-search-table.js';
import { generateActorGraph } from '../../../graph/generate/scale-free.js';
import { SLICE_ITEMS } from '../../../graph/shared/slices.js';
import { buildGraph } from './fixture.js';

t.test('bad input: not a SharedArrayBuffer, or one holding something else', async (t) => {
  t.throws(() => attachSearchTable(new ArrayBuffer(4) as unknown as SharedArrayBuffer), TypeError);
  const other = new SharedArrayBuffer(2);
  new Uint8Array(other).set([0x7b, 0x7d]); // "{}"
  t.throws(() => attachSearchTable(other), /no search table/);
});

t.test('the attached table equals the original, accents and odd characters included, and ranks the same', async (t) => {
  const graph = buildGraph([
    ['israel', 'rivalry', 'iran'],
    ['azerbaijan', 'arms-transfer', 'armenia'],
  ]);
  graph.mergeNodeAttributes('azerbaijan', { name: 'Azərbaycan', aliases: ['Bakı', 'Baku \u0001 "quoted"'] });
  const table = actorSearchTable(graph);
  const attached = attachSearchTable(structuredClone(shareSearchTable(table)));
  t.same(attached, table);
  for (const q of ['baku', 'ir', 'azer', ''])
    t.same(rankActors(attached, { q }), rankActors(table, { q }), JSON.stringify(q));
});

t.test(
  'a table of several slices is encoded a slice at a time into one JSON array, equal to the original',
  async (t) => {
    const graph = generateActorGraph({ actors: 2 * SLICE_ITEMS + 5, relations: 2 * SLICE_ITEMS + 5, seed: 3 });
    const table = actorSearchTable(graph);
    const steps = shareSearchTableSteps(table);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    t.equal(pauses, 3, 'one pause per slice of entries');
    t.same(attachSearchTable(step.value), table);
    t.same(attachSearchTable(shareSearchTable([])), [], 'an empty table is an empty array');
  },
);
