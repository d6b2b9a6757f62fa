// Tests for graph/query/compare.ts: tie cards side by side and actor profiles with common and exclusive partners.
import t from 'tap';
import { compareActors, comparePairs } from '../../../graph/query/compare.js';
import { NotFoundError, QueryError } from '../../../graph/errors.js';
import { buildGraph } from './fixture.js';

// i supplies z heavily and m lightly; i and r are rivals; z and m fight; p is a partner of i and m, q of z only.
const graph = buildGraph([
  ['i', 'arms-transfer', 'z', { strength: 0.9, confidence: 1 }], // w 0.9
  ['i', 'intelligence-cooperation', 'z', { strength: 0.5, confidence: 0.8 }], // w 0.4
  ['i', 'arms-transfer', 'm', { strength: 0.2, confidence: 0.5 }], // w 0.1
  ['i', 'rivalry', 'r', { strength: 0.8, confidence: 1 }],
  ['z', 'armed-conflict', 'm', { strength: 1, confidence: 1 }],
  ['p', 'economic-ties', 'i'],
  ['p', 'economic-ties', 'm'],
  ['q', 'energy-supply', 'z'],
]);

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof QueryError || error instanceof NotFoundError
      ? `${error.constructor.name}:${error.field}`
      : 'other';
  }
  return 'no error';
};

t.test(
  'comparePairs refuses too few or too many pairs, unknown actors, a pair of one actor and a repeated pair',
  async (t) => {
    t.equal(
      fieldOf(() => comparePairs(graph, [['i', 'z']], {})),
      'QueryError:pairs',
    );
    t.equal(
      fieldOf(() =>
        comparePairs(
          graph,
          Array.from({ length: 7 }, () => ['i', 'z'] as [string, string]),
          {},
        ),
      ),
      'QueryError:pairs',
    );
    t.equal(
      fieldOf(() =>
        comparePairs(
          graph,
          [
            ['i', 'z'],
            ['i', 'nope'],
          ],
          {},
        ),
      ),
      'NotFoundError:pairs[1][1]',
    );
    t.equal(
      fieldOf(() =>
        comparePairs(
          graph,
          [
            ['i', 'z'],
            ['m', 'm'],
          ],
          {},
        ),
      ),
      'QueryError:pairs[1][1]',
    );
    t.equal(
      fieldOf(() =>
        comparePairs(
          graph,
          [
            ['i', 'z'],
            ['z', 'i'],
          ],
          {},
        ),
      ),
      'QueryError:pairs[1]',
    );
    t.equal(
      fieldOf(() =>
        comparePairs(
          graph,
          [
            ['i', 'z'],
            ['i', 'm'],
          ],
          { asOf: 'soon' },
        ),
      ),
      'QueryError:asOf',
    );
  },
);

t.test('comparePairs gives one tie card per pair, in order, under one filter', async (t) => {
  const { pairs, rows, reading } = comparePairs(
    graph,
    [
      ['i', 'z'],
      ['i', 'm'],
    ],
    {},
  );
  t.same(
    pairs.map((card) => [card.a.id, card.b.id]),
    [
      ['i', 'z'],
      ['i', 'm'],
    ],
  );
  // i–z material cooperation: 2 facts, strongest the arms transfer (w 0.9); i–m: one arms transfer (w 0.1)
  const material = (index: number) =>
    pairs[index]!.profile.domains.find((row) => row.domain === 'material-cooperation')!;
  t.equal(material(0).facts, 2);
  t.equal(material(0).strongest!.weight, 0.9);
  t.equal(material(1).strongest!.weight, 0.1);
  t.same(rows.kinds, ['arms-transfer', 'intelligence-cooperation'], 'every kind any side has');
  t.same(
    pairs.map((card) => card.profile.kinds.map((row) => `${row.kind}:${row.facts}`)),
    [
      ['arms-transfer:1', 'intelligence-cooperation:1'],
      ['arms-transfer:1', 'intelligence-cooperation:0'],
    ],
    'same rows on both sides, absent = 0 facts',
  );
  t.equal(
    reading,
    'I–Z: material cooperation (2 facts, strongest: arms transfer); I–M: material cooperation (1 fact, strongest: arms transfer).',
  );
  t.equal(pairs[0]!.total, 2);
  t.equal(pairs[1]!.total, 1);
  const arms = comparePairs(
    graph,
    [
      ['i', 'z'],
      ['i', 'm'],
    ],
    { kinds: ['arms-transfer'] },
  );
  t.same(
    arms.pairs.map((card) => card.total),
    [1, 1],
  );
});

t.test('compareActors refuses too few, too many, unknown and repeated actors', async (t) => {
  t.equal(
    fieldOf(() => compareActors(graph, ['i'], {})),
    'QueryError:ids',
  );
  t.equal(
    fieldOf(() => compareActors(graph, ['i', 'z', 'm', 'p', 'q', 'r', 'i'], {})),
    'QueryError:ids',
  );
  t.equal(
    fieldOf(() => compareActors(graph, ['i', 'x'], {})),
    'NotFoundError:ids[1]',
  );
  t.equal(
    fieldOf(() => compareActors(graph, ['i', 'z', 'i'], {})),
    'QueryError:ids[2]',
  );
});

t.test('compareActors profiles ties by kind and valence and splits partners', async (t) => {
  const result = compareActors(graph, ['z', 'm'], {});
  const [z, m] = result.profiles;
  t.equal(z!.actor.id, 'z');
  t.same(z!.degree, { total: 4, in: 3, out: 0, undirected: 1, partners: 3 });
  t.same(
    z!.ties.map(({ kind, valence, count }) => [kind, valence, count]),
    [
      ['arms-transfer', 'cooperative', 1],
      ['intelligence-cooperation', 'cooperative', 1],
      ['energy-supply', 'cooperative', 1],
      ['armed-conflict', 'hostile', 1],
    ],
  );
  t.same(
    z!.partners.map((partner) => partner.id),
    ['m', 'i', 'q'],
    'strongest tie first: conflict 1, i 0.94, q 0.5',
  );
  t.same(z!.partners[0]!.valences, ['hostile']);
  t.equal(m!.profile.domains.find((row) => row.domain === 'material-conflict')!.facts, 1);
  t.same(result.rows.kinds, [
    'arms-transfer',
    'intelligence-cooperation',
    'energy-supply',
    'economic-ties',
    'armed-conflict',
  ]);
  t.same(
    m!.profile.kinds.map((row) => row.facts),
    [1, 0, 0, 1, 1],
    'm has no intelligence or energy row of its own: "none"',
  );
  t.same(result.commonPartners, ['i'], 'i is a partner of both; z and m are left out as compared actors');
  t.same(result.partnersOnlyOf, { z: ['q'], m: ['p'] });
});

t.test('compareActors with a valence filter', async (t) => {
  const hostile = compareActors(graph, ['i', 'r'], { valence: ['hostile'] });
  t.same(
    hostile.profiles.map((profile) => profile.degree.total),
    [1, 1],
  );
  t.same(hostile.commonPartners, []);
  t.same(hostile.partnersOnlyOf, { i: [], r: [] });
});

t.test('compareActors lists at most 200 partners per profile but compares them all', async (t) => {
  const star = buildGraph([
    ...Array.from({ length: 250 }, (_, i): [string, 'arms-transfer', string] => [
      'hub',
      'arms-transfer',
      `leaf-${String(i).padStart(3, '0')}`,
    ]),
    ['other', 'arms-transfer', 'leaf-249'],
  ]);
  const result = compareActors(star, ['hub', 'other'], {});
  t.equal(result.profiles[0]!.partners.length, 200);
  t.equal(result.profiles[0]!.truncated, true);
  t.equal(result.profiles[0]!.degree.partners, 250);
  t.equal(result.profiles[1]!.truncated, false);
  t.same(result.commonPartners, ['leaf-249']);
  t.equal(result.partnersOnlyOf.hub!.length, 249);
});
