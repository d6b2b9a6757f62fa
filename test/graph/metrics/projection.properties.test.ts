// Property tests of graph/metrics/projection.ts: a pair's weight is the profile's tie intensity (split invariance, monotonicity, no saturation).
import t from 'tap';
import fc from 'fast-check';
import { buildProjection, MIN_PROJECTION_WEIGHT } from '../../../graph/metrics/projection.js';
import type { FilteredRelation } from '../../../graph/metrics/metric.js';
import type { Actor } from '../../../graph/model/schema.js';
import { RELATION_KINDS, RELATION_KIND_IDS, type RelationKind } from '../../../graph/model/vocabulary.js';
import { relation } from '../query/fixture.js';

const ACTORS = ['a', 'b', 'c', 'd'];
const actor = (id: string): Actor => ({ id, name: id, kind: 'state', aliases: [] });
const SUBSTANTIVE = RELATION_KIND_IDS.filter((kind) => RELATION_KINDS[kind].domain !== 'structural');
const weightArb = fc.double({ min: 0.05, max: 1, noNaN: true });

interface Spec {
  kind: RelationKind;
  u: number;
  v: number;
  strength: number;
  confidence: number;
}
const specArb = (kinds: readonly RelationKind[] = RELATION_KIND_IDS, weight = weightArb) =>
  fc
    .record({
      kind: fc.constantFrom(...kinds),
      u: fc.nat(ACTORS.length - 1),
      v: fc.nat(ACTORS.length - 1),
      strength: weight,
      confidence: weight,
    })
    .filter((spec) => spec.u !== spec.v);

const filtered = (specs: readonly Spec[]): FilteredRelation[] =>
  specs.map((spec, i) => ({
    relation: relation(ACTORS[spec.u]!, spec.kind, ACTORS[spec.v]!, {
      id: `r${i}`,
      strength: spec.strength,
      confidence: spec.confidence,
    }),
    source: actor(ACTORS[spec.u]!),
    target: actor(ACTORS[spec.v]!),
    undirected: !RELATION_KINDS[spec.kind].directed,
  }));

/** Pair "a|b" → weight, whatever order the projection lists actors and ties in. */
function weights(specs: readonly Spec[]): Map<string, number> {
  const { ids, x, y, weight } = buildProjection(filtered(specs));
  const out = new Map<string, number>();
  for (let i = 0; i < x.length; i++) out.set([ids[x[i]!]!, ids[y[i]!]!].sort().join('|'), weight[i]!);
  return out;
}
const pairOf = (spec: Spec) => [ACTORS[spec.u]!, ACTORS[spec.v]!].sort().join('|');

t.test('splitting a relation into two parts changes no weight', async (t) => {
  fc.assert(
    fc.property(
      fc.array(specArb(), { minLength: 1, maxLength: 16 }),
      fc.nat(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (specs, pick, share) => {
        const original = specs[pick % specs.length]!;
        // A part of the original: same pair and kind, at most its strength; reversed ends for an undirected reading.
        const part = { ...original, u: original.v, v: original.u, strength: original.strength * share };
        t.same(weights([...specs, part]), weights(specs));
      },
    ),
    { numRuns: 300 },
  );
});

t.test('no relation lowers a weight, and a fact in a domain the pair had none raises it', async (t) => {
  // The new fact weighs at least 0.1 × 0.1 / 4 (one domain of four), above the floor MIN_PROJECTION_WEIGHT.
  const extraArb = specArb(SUBSTANTIVE, fc.double({ min: 0.1, max: 1, noNaN: true }));
  fc.assert(
    fc.property(fc.array(specArb(), { maxLength: 12 }), extraArb, (specs, extra) => {
      const domain = RELATION_KINDS[extra.kind].domain;
      const others = specs.filter(
        (spec) => pairOf(spec) !== pairOf(extra) || RELATION_KINDS[spec.kind].domain !== domain,
      );
      const before = weights(others);
      const after = weights([...others, extra]);
      for (const [pair, weight] of before) t.ok(after.get(pair)! >= weight, `${pair} does not fall`);
      const was = before.get(pairOf(extra)) ?? 0;
      t.ok(
        after.get(pairOf(extra))! > was,
        `${pairOf(extra)} rises with a ${domain} fact: ${was} → ${after.get(pairOf(extra))}`,
      );
    }),
    { numRuns: 300 },
  );
});

t.test('no saturation: a dozen facts weigh no more than the strongest of them', async (t) => {
  fc.assert(
    fc.property(fc.array(specArb(SUBSTANTIVE), { minLength: 12, maxLength: 12 }), (specs) => {
      const pairs = specs.map((spec) => ({ ...spec, u: 0, v: 1 }));
      const strongest = Math.max(...pairs.map((spec) => spec.strength * spec.confidence));
      t.ok(weights(pairs).get('a|b')! <= strongest);
    }),
    { numRuns: 200 },
  );
  // The example: fifteen cooperative relations at 0.3 weighed 1 − 0.7¹⁵ ≈ 0.995 under the old formula.
  const fifteen: Spec[] = Array.from({ length: 15 }, (_, i) => ({
    kind: i % 2 ? 'arms-transfer' : 'friendly-relations',
    u: 0,
    v: 1,
    strength: 0.3,
    confidence: 1,
  }));
  t.equal(weights(fifteen).get('a|b'), (0.3 + 0.3) / 2 / 2, 'both cooperation domains at 0.3, no conflict: 0.15');
  t.equal(
    weights([{ kind: 'based-in', u: 0, v: 1, strength: 1, confidence: 1 }]).get('a|b'),
    MIN_PROJECTION_WEIGHT,
    'a structural link is no tie: the floor that keeps Louvain defined',
  );
});
