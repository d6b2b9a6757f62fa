// Actor and relation records for synthetic networks: plausible kinds, valences, strengths, confidences and dates.
import type { Actor, Relation } from '../model/schema.js';
import { RELATION_KIND_IDS, RELATION_KINDS, STANCES, type ActorKind, type RelationKind } from '../model/vocabulary.js';
import type { Random } from '../shared/random.js';

/** The id of the one source every synthetic relation cites. */
export const SYNTHETIC_SOURCE_ID = 'synthetic';

/** The quote a synthetic relation of this kind cites; each appears verbatim in the synthetic source text. */
export function syntheticQuote(kind: RelationKind): string {
  return `Synthetic ${RELATION_KINDS[kind].label.toLowerCase()} tie.`;
}

/** The synthetic source text: one line per relation kind, so every quote is found. */
export function syntheticSourceText(): string {
  return RELATION_KIND_IDS.map(syntheticQuote).join('\n') + '\n';
}

// Shared per kind, so a million relations do not carry a million copies of the same evidence.
const EVIDENCE = new Map(
  RELATION_KIND_IDS.map((kind) => [kind, [{ source: SYNTHETIC_SOURCE_ID, quote: syntheticQuote(kind) }]]),
);
const CONFIDENCES = [0.3, 0.5, 0.7, 0.85, 0.95, 1] as const;
// Early nodes become the hubs: make them states, as in the real data where states gather most ties.
const LATER_KINDS: ActorKind[] = [
  'firm',
  'firm',
  'firm',
  'state',
  'organisation',
  'government-body',
  'infrastructure',
  'person',
  'territory',
];

/** The actor at position i (hubs come first); about one in eight carries an existence start. */
export function syntheticActor(i: number, random: Random, hubs: number): Actor {
  const kind: ActorKind = i < hubs ? 'state' : random.pick(LATER_KINDS);
  const actor: Actor = {
    id: `${kind}-${i}`,
    name: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${i}`,
    kind,
    aliases: [],
  };
  if (random.next() < 0.125) actor.exists = { start: String(1900 + random.int(120)) };
  return actor;
}

// Structural facts are all-or-nothing (strength 1) in the real data, and rarer than acts.
const STRUCTURAL = RELATION_KIND_IDS.filter((kind) => RELATION_KINDS[kind].group === 'structural');
const ACTS = RELATION_KIND_IDS.filter((kind) => RELATION_KINDS[kind].group !== 'structural');

/**
 * A relation between two actors: a kind from the vocabulary (3% structural), one of its valences, strength
 * from the kind's scale (|score| / 10) times a jitter in [0.5, 1], rounded to 0.01 so that ties between paths
 * happen as in real data (1% zero), and a start and maybe an end year for a share of them.
 */
export function syntheticRelation(
  i: number,
  source: string,
  target: string,
  random: Random,
  datedShare: number,
): Relation {
  const structural = random.next() < 0.03;
  const kind = random.pick(structural ? STRUCTURAL : ACTS);
  const spec = RELATION_KINDS[kind];
  const base = Math.abs(spec.score) / 10 || 0.3;
  const strength = structural
    ? 1
    : random.next() < 0.01
      ? 0
      : Math.max(0.01, Math.round(base * (0.5 + random.next() / 2) * 100) / 100);
  const confidence = random.pick(CONFIDENCES);
  const relation: Relation = {
    id: `rel-${i}`,
    kind,
    source,
    target,
    valence: random.pick(spec.valences),
    strength,
    strengthBasis: 'scale',
    strengthNote: 'synthetic: kind score with jitter',
    confidence,
    stance: confidence >= 0.85 ? 'asserted' : random.pick(STANCES),
    evidence: EVIDENCE.get(kind)!,
  };
  if (random.next() < datedShare) {
    const start = 1990 + random.int(34);
    relation.dates =
      random.next() < 0.3 ? { start: String(start), end: String(start + random.int(10)) } : { start: String(start) };
  }
  return relation;
}
