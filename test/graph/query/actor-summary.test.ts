// Tests for graph/query/actor-summary.ts: an actor's partners, strongest tie first, with per-kind counts and aggregates.
import t from 'tap';
import { actorSummary } from '../../../graph/query/actor-summary.js';
import { NotFoundError, QueryError } from '../../../graph/errors.js';
import { buildGraph } from './fixture.js';

// s supplies k twice and is k's rival; s and w are linked structurally only; v exists from 2000.
const graph = buildGraph(
  [
    ['s', 'arms-transfer', 'k', { strength: 0.6, confidence: 1 }], // w 0.6
    ['s', 'arms-transfer', 'k', { strength: 0.5, confidence: 0.4 }], // w 0.2
    ['k', 'rivalry', 's', { strength: 0.3, confidence: 1 }], // w 0.3
    ['s', 'based-in', 'w', { strength: 1, confidence: 1 }],
    ['v', 'arms-transfer', 's', { strength: 0.4, confidence: 1 }], // w 0.4
  ],
  [{ id: 'v', exists: { start: '2000' } }],
);

t.test('actorSummary refuses an unknown actor and a bad limit', async (t) => {
  const error = t.throws(() => actorSummary(graph, 'sx')) as NotFoundError;
  t.ok(error instanceof NotFoundError);
  t.equal(error.field, 'id');
  t.equal((t.throws(() => actorSummary(graph, 's', {}, { limit: 0 })) as QueryError).field, 'limit');
  t.equal((t.throws(() => actorSummary(graph, 's', {}, { limit: 5001 })) as QueryError).field, 'limit');
  t.equal((t.throws(() => actorSummary(graph, 's', { valence: [] })) as QueryError).field, 'valence');
});

t.test('actorSummary sorts partners by strongest valence score, structural last', async (t) => {
  const summary = actorSummary(graph, 's');
  t.equal(summary.actor.id, 's');
  t.same(summary.degree, { total: 5, in: 1, out: 3, undirected: 1, partners: 3 });
  // k: cooperative strongest w 0.6 (the weaker second transfer adds nothing), hostile 0.3 → score 0.6; v: 0.4; w: structural only → 0
  t.same(
    summary.partners.map((entry) => entry.partner.id),
    ['k', 'v', 'w'],
  );
  const k = summary.partners[0]!;
  t.ok(Math.abs(k.score - 0.6) < 1e-12);
  t.equal(k.count, 3);
  t.same(
    k.byKind.map(({ kind, valence, count, maxStrength }) => [kind, valence, count, maxStrength]),
    [
      ['arms-transfer', 'cooperative', 2, 0.6],
      ['rivalry', 'hostile', 1, 0.3],
    ],
  );
  t.ok(Math.abs(k.aggregates.hostile.score - 0.3) < 1e-12);
  t.equal(summary.partners[2]!.score, 0);
  t.equal(summary.partners[2]!.aggregates.structural.count, 1);
  t.equal(summary.truncated, false);
});

t.test('actorSummary as of a date and with a limit', async (t) => {
  t.same(
    actorSummary(graph, 's', { asOf: '1999' }).partners.map((entry) => entry.partner.id),
    ['k', 'w'],
    'v exists from 2000',
  );
  const limited = actorSummary(graph, 's', {}, { limit: 1 });
  t.equal(limited.partners.length, 1);
  t.equal(limited.degree.partners, 3);
  t.equal(limited.truncated, true);
});
