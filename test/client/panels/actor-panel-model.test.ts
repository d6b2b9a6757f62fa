// Tests for client/panels/actor-panel-model.ts: the panel keeps what the canvas keeps, counts kinds in the one order, cites each source once.
import t from 'tap';
import type { Actor } from '../../../graph/model/schema.js';
import { kindCounts, panelRelations, quotedSources } from '../../../client/panels/actor-panel-model.js';
import { DEFAULT_FILTERS } from '../../../client/state/types.js';
import { relation } from '../render/fixture.js';

const actorOf = (id: string): Actor => ({
  id,
  name: id,
  kind: 'state',
  aliases: [],
  ...(id === 'azerbaijan' ? { exists: { start: '1991' } } : {}),
});
const relations = [
  relation('arms-1', 'arms-transfer', 'israel', 'azerbaijan', { strength: 0.9, dates: { start: '2012' } }),
  relation('arms-2', 'arms-transfer', 'israel', 'azerbaijan', { strength: 0.4, dates: { start: '2016' } }),
  relation('rival-1', 'rivalry', 'iran', 'azerbaijan', { strength: 0.6 }),
  relation('based', 'based-in', 'iai', 'azerbaijan', { strength: 1 }),
];

t.test('an empty list stays empty', async (t) => {
  t.same(panelRelations([], DEFAULT_FILTERS, null, actorOf), { shown: [], hidden: 0 });
  t.same(kindCounts([]), []);
});

t.test('keeps what the canvas keeps: valences, strength, structural kinds, as-of', async (t) => {
  const ids = (filters = DEFAULT_FILTERS, asOf: string | null = null) =>
    panelRelations(relations, filters, asOf, actorOf).shown.map((r) => r.id);
  t.same(ids(), ['arms-1', 'arms-2', 'rival-1'], 'structural "based in" hidden by default');
  t.same(
    ids({ ...DEFAULT_FILTERS, valences: ['cooperative', 'mixed', 'neutral'] }),
    ['arms-1', 'arms-2'],
    'hostile unticked: the rivalry goes',
  );
  t.same(ids({ ...DEFAULT_FILTERS, minStrength: 0.5 }), ['arms-1', 'rival-1']);
  t.same(ids(DEFAULT_FILTERS, '2013'), ['arms-1', 'rival-1'], 'as of 2013 the 2016 transfer has not started');
  t.equal(panelRelations(relations, DEFAULT_FILTERS, '2013', actorOf).hidden, 2);
});

t.test('kind counts in the one order (group, then vocabulary) and sources counted per quote', async (t) => {
  t.same(
    kindCounts(relations).map((k) => `${k.kind}×${k.count}`),
    ['arms-transfer×2', 'rivalry×1', 'based-in×1'],
    'cooperative, hostile, structural',
  );
  t.same(quotedSources(relations), [{ source: 'src', quotes: 4 }]);
});
