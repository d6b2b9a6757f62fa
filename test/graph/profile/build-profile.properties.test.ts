// Property tests of domain profiles and their index: split invariance, monotonicity in new domains, no saturation, no netting.
import t from 'tap';
import fc from 'fast-check';
import { buildProfile } from '../../../graph/profile/build-profile.js';
import type { ProfiledRelation } from '../../../graph/profile/distinct-facts.js';
import { RELATION_KINDS, RELATION_KIND_IDS, type Domain, type RelationKind } from '../../../graph/model/vocabulary.js';
import { relation } from '../query/fixture.js';

const SUBSTANTIVE = RELATION_KIND_IDS.filter((kind) => RELATION_KINDS[kind].domain !== 'structural');
const weightArb = fc.double({ min: 0.05, max: 1, noNaN: true });
const DIRECTIONS = ['a-to-b', 'b-to-a', 'undirected'] as const;

/** A relation of a pair with its own quote (an independent fact). */
const factArb = (kinds: readonly RelationKind[] = SUBSTANTIVE) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    strength: weightArb,
    confidence: weightArb,
    direction: fc.constantFrom(...DIRECTIONS),
  });

type FactSpec = { kind: RelationKind; strength: number; confidence: number; direction: (typeof DIRECTIONS)[number] };

function profiled(specs: readonly FactSpec[]): ProfiledRelation[] {
  return specs.map((spec, i) => ({
    relation: relation(
      'a',
      spec.kind,
      'b',
      {
        id: `r${i}`,
        strength: spec.strength,
        confidence: spec.confidence,
        evidence: [{ source: 's', quote: `fact number ${i}.` }],
      },
      i,
    ),
    direction: RELATION_KINDS[spec.kind].directed
      ? spec.direction === 'undirected'
        ? 'a-to-b'
        : spec.direction
      : 'undirected',
    partner: 'b',
  }));
}

const sideOf = (domain: Domain): 'cooperation' | 'conflict' | undefined =>
  domain.endsWith('cooperation') ? 'cooperation' : domain.endsWith('conflict') ? 'conflict' : undefined;

/** A profile without the relation counts, which a copy is allowed to change. */
const withoutRelationCounts = (relations: ProfiledRelation[]) => {
  const profile = buildProfile(relations);
  return {
    ...profile,
    domains: profile.domains.map(({ relations: _r, ...row }) => row),
    kinds: profile.kinds.map(({ relations: _r, ...row }) => row),
  };
};

t.test('splitting a relation into two copies changes no fact count, strongest fact, amount or index', async (t) => {
  fc.assert(
    fc.property(
      fc.array(factArb(), { minLength: 1, maxLength: 14 }),
      fc.nat(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (specs, pick, share) => {
        const relations = profiled(specs);
        const original = relations[pick % relations.length]!;
        // The copy: same quote, same kind and direction, a new id, at most the original's strength (a part of it).
        const copy: ProfiledRelation = {
          ...original,
          relation: {
            ...original.relation,
            id: `${original.relation.id}-part`,
            strength: original.relation.strength * share,
          },
        };
        const split = withoutRelationCounts([...relations, copy]);
        const whole = withoutRelationCounts(relations);
        t.same(split, whole);
      },
    ),
    { numRuns: 300 },
  );
});

t.test('an independent fact in a domain that had none raises the index of its side', async (t) => {
  fc.assert(
    fc.property(fc.array(factArb(), { maxLength: 12 }), factArb(), (specs, extra) => {
      const domain = RELATION_KINDS[extra.kind].domain;
      const others = specs.filter((spec) => RELATION_KINDS[spec.kind].domain !== domain);
      const before = buildProfile(profiled(others));
      const after = buildProfile(profiled([...others, extra]));
      const side = sideOf(domain)!;
      t.ok(after.index[side] > before.index[side], `${domain}: ${before.index[side]} → ${after.index[side]}`);
      const other = side === 'cooperation' ? 'conflict' : 'cooperation';
      t.equal(after.index[other], before.index[other], 'the other side does not move: never netted');
    }),
    { numRuns: 200 },
  );
});

t.test('a dozen facts stay far from the ceiling: the index never exceeds the strongest fact', async (t) => {
  fc.assert(
    fc.property(fc.array(factArb(), { minLength: 12, maxLength: 12 }), (specs) => {
      const { index } = buildProfile(profiled(specs));
      const strongest = Math.max(...specs.map((spec) => spec.strength * spec.confidence));
      t.ok(index.cooperation <= strongest && index.conflict <= strongest);
    }),
    { numRuns: 200 },
  );
  // The example: fifteen relations at strength 0.3 gave ≈ 0.99 under 1 − Π(1 − s·c).
  const fifteen = profiled(
    Array.from(
      { length: 15 },
      (_, i) =>
        ({
          kind: i % 2 ? 'arms-transfer' : 'friendly-relations',
          strength: 0.3,
          confidence: 1,
          direction: 'a-to-b',
        }) as FactSpec,
    ),
  );
  const { index, domains } = buildProfile(fifteen);
  t.equal(index.cooperation, 0.3);
  t.same(
    domains.map((row) => row.facts),
    [8, 7, 0, 0, 0],
    'the facts are counted, not compounded',
  );
});
