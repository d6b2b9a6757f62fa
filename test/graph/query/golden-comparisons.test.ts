// Golden tests of the article's comparisons by domain, with and without roll-up: each expected number is derived here from the facts as the article states them.
import t, { type Test } from 'tap';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { tieCard } from '../../../graph/query/tie-card.js';
import { DOMAINS, RELATION_KINDS, type Domain } from '../../../graph/model/vocabulary.js';
import type { DomainProfile } from '../../../graph/profile/profile-results.js';

const { graph } = await loadDatasetFile(fileURLToPath(new URL('../../../graph/data/besa-1723.json', import.meta.url)));

/**
 * One fact as the test reads the article: the relation coding it, the domain its kind belongs to in the
 * measurement model, its strength and confidence, and (`sameAs`) another relation resting on the same quote,
 * with which it is one fact.
 */
interface Read {
  id: string;
  domain: Domain;
  strength: number;
  confidence: number;
  sameAs?: string;
}

/** The profile a list of facts implies: facts per domain, the strongest strength × confidence, the two indices. */
function expected(facts: readonly Read[]) {
  const strongest = (domain: Domain) =>
    Math.max(0, ...facts.filter((f) => f.domain === domain).map((f) => f.strength * f.confidence));
  return {
    facts: Object.fromEntries(
      DOMAINS.map((domain) => [domain, facts.filter((f) => f.domain === domain && !f.sameAs).length]),
    ),
    strongest: Object.fromEntries(DOMAINS.map((domain) => [domain, strongest(domain)])),
    index: {
      cooperation: (strongest('verbal-cooperation') + strongest('material-cooperation')) / 2,
      conflict: (strongest('verbal-conflict') + strongest('material-conflict')) / 2,
    },
  };
}

/** Checks the table against the dataset (so it cannot drift from the data), then the profile against the table. */
function checkProfile(t: Test, profile: DomainProfile, facts: readonly Read[]): void {
  for (const fact of facts) {
    const relation = graph.getEdgeAttributes(fact.id);
    t.same(
      [RELATION_KINDS[relation.kind].domain, relation.strength, relation.confidence],
      [fact.domain, fact.strength, fact.confidence],
      `${fact.id} as read`,
    );
  }
  const want = expected(facts);
  const close = (x: number, y: number) => Math.abs(x - y) < 1e-12;
  for (const row of profile.domains) {
    t.equal(row.facts, want.facts[row.domain], `${row.domain}: ${want.facts[row.domain]} facts`);
    t.ok(close(row.strongest?.weight ?? 0, want.strongest[row.domain]!), `${row.domain}: strongest`);
  }
  t.ok(close(profile.index.cooperation, want.index.cooperation), `cooperation index ${want.index.cooperation}`);
  t.ok(close(profile.index.conflict, want.index.conflict), `conflict index ${want.index.conflict}`);
}

// Iran–Azerbaijan, as the article has it: relations that are "mixed" (diplomatic ties and trade beside distrust),
// pressure from Tehran, Baku's protests and accusations, and the border they share.
const IRAN_AZERBAIJAN: Read[] = [
  { id: 'azerbaijan-iran-diplomatic-relations', domain: 'verbal-cooperation', strength: 0.35, confidence: 0.95 },
  { id: 'azerbaijan-iran-mixed-relations', domain: 'verbal-cooperation', strength: 0.5, confidence: 0.95 },
  { id: 'azerbaijan-iran-economic-ties', domain: 'material-cooperation', strength: 0.8, confidence: 0.85 },
  { id: 'azerbaijan-iran-distrust', domain: 'verbal-conflict', strength: 0.8, confidence: 0.85 },
  { id: 'iran-azerbaijan-pressure', domain: 'verbal-conflict', strength: 0.6, confidence: 0.85 },
  { id: 'azerbaijan-iran-summoned-diplomats-2020', domain: 'verbal-conflict', strength: 0.4, confidence: 0.85 },
  { id: 'azerbaijan-iran-threat-perception', domain: 'verbal-conflict', strength: 0.4, confidence: 0.85 },
  { id: 'azerbaijan-iran-trucks-accusation-2020', domain: 'verbal-conflict', strength: 0.4, confidence: 0.85 },
  { id: 'azerbaijan-iran-border', domain: 'structural', strength: 1, confidence: 0.95 },
];

t.test('Iran–Azerbaijan by domain: five verbal conflicts beside mixed cooperation, never netted', async (t) => {
  const card = tieCard(graph, 'iran', 'azerbaijan', {});
  t.equal(card.total, IRAN_AZERBAIJAN.length, 'every relation of the pair is in the table');
  checkProfile(t, card.profile, IRAN_AZERBAIJAN);
  t.match(card.reading, /^Iran–Azerbaijan: verbal conflict \(5 facts, strongest: tension\)/);
});

t.test(
  'Iran–Azerbaijan with roll-up: no firm or body of either side deals with the other, so nothing moves',
  async (t) => {
    // Azerbaijan's one body is its special forces (trained by Israeli companies); Iran has none. The alleged trucks
    // went to Nagorno-Karabakh, a territory, which roll-up leaves alone.
    const members = (state: string) =>
      graph
        .filterInEdges(state, (_edge, relation) => ['based-in', 'part-of'].includes(relation.kind))
        .map((edge) => graph.source(edge))
        .filter((id) => ['firm', 'government-body', 'organisation'].includes(graph.getNodeAttribute(id, 'kind')));
    t.same(members('azerbaijan'), ['azerbaijani-special-forces']);
    t.same(members('iran'), []);
    t.notOk(graph.areNeighbors('azerbaijani-special-forces', 'iran'));
    const rolled = tieCard(graph, 'iran', 'azerbaijan', {}, 'state');
    checkProfile(t, rolled.profile, IRAN_AZERBAIJAN);
    t.equal(rolled.rollup, 'state');
  },
);

// Russia–Georgia: "the Russian invasion of Georgia in 2008", and nothing else between them.
const RUSSIA_GEORGIA: Read[] = [
  { id: 'russia-georgia-invasion-2008', domain: 'material-conflict', strength: 1, confidence: 0.95 },
];

t.test('Russia–Georgia by domain: one material conflict in 2008, with or without roll-up', async (t) => {
  for (const rollup of ['none', 'state'] as const) {
    const card = tieCard(graph, 'russia', 'georgia', {}, rollup);
    t.equal(card.total, 1);
    checkProfile(t, card.profile, RUSSIA_GEORGIA);
  }
  const asOf = (year: string) => tieCard(graph, 'russia', 'georgia', { asOf: year }).profile;
  checkProfile(t, asOf('2008'), RUSSIA_GEORGIA);
  checkProfile(t, asOf('2007'), []);
  checkProfile(t, asOf('2010'), []); // the invasion began and ended in 2008
});

// Israel–Azerbaijan and Israel–Armenia, the article's own comparison ("its relations with Israel dwarf the
// latter's relations with Armenia"), as coded: Israel's own acts.
const ISRAEL_AZERBAIJAN: Read[] = [
  { id: 'israel-azerbaijan-diplomatic-relations-1992', domain: 'verbal-cooperation', strength: 0.35, confidence: 0.95 },
  { id: 'israel-azerbaijan-embassy-1993', domain: 'verbal-cooperation', strength: 0.35, confidence: 0.95 },
  { id: 'israel-azerbaijan-close-relations', domain: 'verbal-cooperation', strength: 0.9, confidence: 0.85 },
  { id: 'israel-azerbaijan-strategic-partnership', domain: 'verbal-cooperation', strength: 0.9, confidence: 0.85 },
  { id: 'israel-azerbaijan-shared-interest-iran', domain: 'verbal-cooperation', strength: 0.95, confidence: 0.85 },
  { id: 'israel-azerbaijan-arms-2016', domain: 'material-cooperation', strength: 0.92, confidence: 0.6 },
  { id: 'israel-azerbaijan-arms-2017', domain: 'material-cooperation', strength: 0.53, confidence: 0.6 },
  { id: 'israel-azerbaijan-drones-alleged-2020', domain: 'material-cooperation', strength: 0.5, confidence: 0.3 },
  { id: 'azerbaijan-israel-military-access-2012', domain: 'material-cooperation', strength: 0.5, confidence: 0.35 },
  { id: 'azerbaijan-israel-oil', domain: 'material-cooperation', strength: 0.8, confidence: 0.85 },
  {
    id: 'israel-azerbaijan-intelligence-stations-1990s',
    domain: 'material-cooperation',
    strength: 0.7,
    confidence: 0.35,
  },
  { id: 'israel-azerbaijan-military-cooperation', domain: 'material-cooperation', strength: 0.8, confidence: 0.85 },
  {
    id: 'israel-azerbaijan-tactical-cooperation-against-iran',
    domain: 'material-cooperation',
    strength: 0.7,
    confidence: 0.35,
  },
  { id: 'israel-azerbaijan-counterterrorism', domain: 'material-cooperation', strength: 0.6, confidence: 0.85 },
  { id: 'israel-azerbaijan-cooperation-halts', domain: 'verbal-conflict', strength: 0.4, confidence: 0.85 },
];
// With roll-up, the acts of Israel's firms towards Azerbaijan and its special forces count too. Aeronautics'
// drones rest on the same quote (Armenia's showcase of 21 July 2020) as the alleged drones: one fact.
const ISRAEL_AZERBAIJAN_FIRMS: Read[] = [
  { id: 'iai-azerbaijan-arms-2012', domain: 'material-cooperation', strength: 0.8, confidence: 0.5 },
  { id: 'drone-manufacturer-azerbaijan-arms-2017', domain: 'material-cooperation', strength: 0.5, confidence: 0.3 },
  {
    id: 'aeronautics-azerbaijan-drones-implied-2020',
    domain: 'material-cooperation',
    strength: 0.5,
    confidence: 0.3,
    sameAs: 'israel-azerbaijan-drones-alleged-2020',
  },
  {
    id: 'defense-companies-azerbaijan-tank-upgrades',
    domain: 'material-cooperation',
    strength: 0.7,
    confidence: 0.85,
  },
  {
    id: 'defense-companies-special-forces-training',
    domain: 'material-cooperation',
    strength: 0.7,
    confidence: 0.85,
  },
];
const ISRAEL_ARMENIA: Read[] = [
  { id: 'israel-armenia-close-relations', domain: 'verbal-cooperation', strength: 0.5, confidence: 0.85 },
  { id: 'armenia-israel-first-ambassador-2020', domain: 'verbal-cooperation', strength: 0.35, confidence: 0.85 },
  { id: 'armenia-israel-drone-showcase-2020', domain: 'verbal-conflict', strength: 0.4, confidence: 0.6 },
];
// "claims emerged that an Israeli drone manufacturer had attempted to bomb the Armenian military".
const ISRAEL_ARMENIA_FIRMS: Read[] = [
  {
    id: 'drone-manufacturer-armenian-military-attack-2017',
    domain: 'material-conflict',
    strength: 0.9,
    confidence: 0.35,
  },
];

t.test('Israel–Azerbaijan against Israel–Armenia by domain, as coded and rolled up', async (t) => {
  const plain = [tieCard(graph, 'israel', 'azerbaijan', {}), tieCard(graph, 'israel', 'armenia', {})];
  checkProfile(t, plain[0]!.profile, ISRAEL_AZERBAIJAN);
  checkProfile(t, plain[1]!.profile, ISRAEL_ARMENIA);
  const rolled = [
    tieCard(graph, 'israel', 'azerbaijan', {}, 'state'),
    tieCard(graph, 'israel', 'armenia', {}, 'state'),
  ];
  checkProfile(t, rolled[0]!.profile, [...ISRAEL_AZERBAIJAN, ...ISRAEL_AZERBAIJAN_FIRMS]);
  checkProfile(t, rolled[1]!.profile, [...ISRAEL_ARMENIA, ...ISRAEL_ARMENIA_FIRMS]);
  // Four more facts and the index does not move: the strongest material fact (oil, military cooperation: 0.68)
  // outweighs every firm's act. The conflict side of Israel–Armenia gains a material domain.
  t.equal(rolled[0]!.profile.index.cooperation, plain[0]!.profile.index.cooperation);
  t.ok(rolled[1]!.profile.index.conflict > plain[1]!.profile.index.conflict);
  t.ok(
    plain[0]!.profile.index.cooperation > 3 * plain[1]!.profile.index.cooperation,
    'Azerbaijan’s ties with Israel dwarf Armenia’s',
  );
});
