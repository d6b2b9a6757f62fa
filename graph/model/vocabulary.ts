// Vocabulary: the closed lists of actor kinds, valences, stances and relation kinds, each list the one source of its union type.

/** Kinds of actor: states and firms, and the territories, bodies and infrastructure that connect them. */
export const ACTOR_KINDS = [
  'state',
  'firm',
  'territory',
  'government-body',
  'organisation',
  'infrastructure',
  'arrangement', // a conflict, initiative or alignment that several actors take part in
  'person',
  'group', // a population or community that is not a body of its own (Azeris in Iran)
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The sign of a tie. Never netted: a pair can hold cooperative and hostile ties at once. */
export const VALENCES = ['cooperative', 'hostile', 'mixed', 'neutral'] as const;
export type Valence = (typeof VALENCES)[number];

/** How the source holds the relation (after PLOVER's event modes): asserted by the author, or less. */
export const STANCES = ['asserted', 'reported', 'alleged', 'implied', 'hypothetical'] as const;
export type Stance = (typeof STANCES)[number];

/** Where a relation's strength comes from: an amount, the kind's place on a cooperation-conflict scale, or a rubric. */
export const STRENGTH_BASES = ['amount', 'scale', 'rubric'] as const;
export type StrengthBasis = (typeof STRENGTH_BASES)[number];

/**
 * The group a relation kind belongs to: a valence, or `structural` (based in, part of…: hidden by default in the
 * view). In this order kinds are listed (`compareKinds`) and relations aggregated (the `Aggregates` buckets).
 */
export const KIND_GROUPS = [...VALENCES, 'structural'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

/**
 * Domains of a tie: the four quad classes of event data (ICEWS, GDELT, PLOVER: CAMEO 01–05 verbal cooperation,
 * 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict) plus `structural` (where an actor sits).
 * Profiles compare pairs domain by domain, so cooperation and conflict are never netted.
 */
export const DOMAINS = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
  'structural',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** How each domain is named in readings and panels. */
export const DOMAIN_LABELS: Readonly<Record<Domain, string>> = {
  'verbal-cooperation': 'verbal cooperation',
  'material-cooperation': 'material cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict',
  structural: 'structural',
};

/**
 * What an amount measures; amounts are summed only within one unit and one measure. `transaction` (one deal or
 * payment), `annual` (one year's total) and `tiv` (SIPRI trend-indicator values, a volume index) add up;
 * `cumulative` (a running total to a date) and `share` (a part of a whole) do not: their largest stands for the group.
 */
export const AMOUNT_MEASURES = ['transaction', 'cumulative', 'annual', 'tiv', 'share'] as const;
export type AmountMeasure = (typeof AMOUNT_MEASURES)[number];

/** What the vocabulary fixes about one relation kind. */
export interface RelationKindSpec {
  readonly label: string;
  readonly group: KindGroup;
  /** The one domain every relation of this kind counts in (`graph/model/MEASUREMENT.md` gives the mapping's reasons). */
  readonly domain: Domain;
  /** Valences a relation of this kind may carry; the first is the usual one. */
  readonly valences: readonly Valence[];
  /** Directed kinds run source → target in the roles below; undirected kinds have no order. */
  readonly directed: boolean;
  readonly roles?: readonly [source: string, target: string];
  /** Goldstein-like score of the kind of act on -10..+10 (CAMEO/PLOVER), used where strength comes from the scale. */
  readonly score: number;
  readonly description: string;
}

const cooperative = ['cooperative'] as const;
const hostile = ['hostile'] as const;
const neutral = ['neutral'] as const;

/** Every relation kind the loader accepts. Add a kind here, with its group, valences and direction. */
export const RELATION_KINDS = {
  // cooperative
  'diplomatic-relations': {
    label: 'Diplomatic relations',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: ['cooperative', 'neutral'],
    directed: false,
    score: 3.5,
    description: 'Formal diplomatic relations between two states.',
  },
  'diplomatic-mission': {
    label: 'Diplomatic mission',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['sending state', 'receiving state'],
    score: 3.5,
    description: 'An embassy or ambassador sent to another state.',
  },
  'friendly-relations': {
    label: 'Friendly relations',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: false,
    score: 4,
    description: 'Good or close relations the source describes only in general terms.',
  },
  'strategic-partnership': {
    label: 'Strategic partnership',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: false,
    score: 8,
    description: 'A broad, lasting alignment of interests and cooperation.',
  },
  'shared-interest': {
    label: 'Shared interest',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: false,
    score: 4,
    description: 'A common interest or concern that aligns two actors.',
  },
  'arms-transfer': {
    label: 'Arms transfer',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['supplier', 'recipient'],
    score: 8.3,
    description: 'Sale or supply of weapons or military technology (after SIPRI).',
  },
  'military-training': {
    label: 'Military training',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['trainer', 'trainee'],
    score: 7,
    description: 'Training of armed or security forces.',
  },
  'security-assistance': {
    label: 'Security assistance',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['provider', 'recipient'],
    score: 7,
    description: 'Building security systems or upgrading military equipment for another actor.',
  },
  'intelligence-cooperation': {
    label: 'Intelligence cooperation',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['provider', 'host'],
    score: 7,
    description: 'Intelligence gathering or sharing, including facilities built for it.',
  },
  'military-access': {
    label: 'Military access',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['grantor', 'user'],
    score: 7.5,
    description: 'Use of territory or bases for military operations.',
  },
  'counterterrorism-cooperation': {
    label: 'Counter-terrorism cooperation',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: false,
    score: 6,
    description: 'Cooperation against terrorism.',
  },
  'energy-supply': {
    label: 'Energy supply',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['supplier', 'buyer'],
    score: 6,
    description: 'Supply of oil or gas.',
  },
  'economic-ties': {
    label: 'Economic ties',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: ['cooperative', 'mixed'],
    directed: false,
    score: 5,
    description: 'Trade and economic contacts.',
  },
  transit: {
    label: 'Transit',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['transit actor', 'route or flow'],
    score: 5,
    description: "A state or territory carrying another actor's trade or energy.",
  },
  sponsorship: {
    label: 'Sponsorship',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['sponsor', 'sponsored'],
    score: 5,
    description: 'Encouraging or backing an initiative or actor.',
  },
  'material-support': {
    label: 'Material support',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['supplier', 'recipient'],
    score: 6,
    description: 'Supplies sent to a party, often in a conflict.',
  },
  'military-cooperation': {
    label: 'Military cooperation',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: false,
    score: 7,
    description: 'Military or tactical cooperation the source names only in general terms.',
  },
  // hostile
  'armed-conflict': {
    label: 'Armed conflict',
    group: 'hostile',
    domain: 'material-conflict',
    valences: hostile,
    directed: false,
    score: -10,
    description: 'War or armed clashes between two parties.',
  },
  'military-attack': {
    label: 'Military attack',
    group: 'hostile',
    domain: 'material-conflict',
    valences: hostile,
    directed: true,
    roles: ['attacker', 'target'],
    score: -9,
    description: 'An attack, attempted attack or shoot-down.',
  },
  invasion: {
    label: 'Invasion',
    group: 'hostile',
    domain: 'material-conflict',
    valences: hostile,
    directed: true,
    roles: ['invader', 'invaded'],
    score: -10,
    description: 'Armed invasion of another state.',
  },
  rivalry: {
    label: 'Rivalry',
    group: 'hostile',
    domain: 'verbal-conflict',
    valences: hostile,
    directed: false,
    score: -7,
    description: 'Enmity or strategic rivalry.',
  },
  competition: {
    label: 'Competition',
    group: 'hostile',
    domain: 'verbal-conflict',
    valences: ['hostile', 'mixed'],
    directed: false,
    score: -3,
    description: 'Competing interests in a region.',
  },
  tension: {
    label: 'Tension',
    group: 'hostile',
    domain: 'verbal-conflict',
    valences: ['hostile', 'mixed'],
    directed: false,
    score: -4,
    description: 'Distrust, a crisis or strained relations.',
  },
  'threat-perception': {
    label: 'Threat perception',
    group: 'hostile',
    domain: 'verbal-conflict',
    valences: hostile,
    directed: true,
    roles: ['perceiver', 'perceived threat'],
    score: -4,
    description: 'One actor fears or is apprehensive about another.',
  },
  pressure: {
    label: 'Pressure',
    group: 'hostile',
    domain: 'verbal-conflict',
    valences: hostile,
    directed: true,
    roles: ['source of pressure', 'target'],
    score: -6,
    description: 'Geopolitical or coercive pressure.',
  },
  accusation: {
    label: 'Accusation',
    group: 'hostile',
    domain: 'verbal-conflict',
    valences: hostile,
    directed: true,
    roles: ['accuser', 'accused'],
    score: -4,
    description: 'Public accusation or complaint.',
  },
  'diplomatic-protest': {
    label: 'Diplomatic protest',
    group: 'hostile',
    domain: 'verbal-conflict',
    valences: hostile,
    directed: true,
    roles: ['protesting state', 'target'],
    score: -4,
    description: 'Summoning diplomats or a formal protest.',
  },
  sanction: {
    label: 'Sanction',
    group: 'hostile',
    domain: 'material-conflict',
    valences: hostile,
    directed: true,
    roles: ['imposer', 'target'],
    score: -6,
    description: 'A penalty or suspension imposed, such as an export licence suspended.',
  },
  'territorial-claim': {
    label: 'Territorial claim',
    group: 'hostile',
    domain: 'verbal-conflict',
    valences: ['hostile', 'mixed'],
    directed: true,
    roles: ['claimant', 'territory'],
    score: -5,
    description: 'A claim to a territory the claimant does not control.',
  },
  undermines: {
    label: 'Undermines',
    group: 'hostile',
    domain: 'material-conflict',
    valences: hostile,
    directed: true,
    roles: ['cause', 'affected'],
    score: -5,
    description:
      "An event or actor setting back another actor or an arrangement (an invasion shattering a state's prospects).",
  },
  // mixed and neutral
  'mixed-relations': {
    label: 'Mixed relations',
    group: 'mixed',
    domain: 'verbal-cooperation',
    valences: ['mixed'],
    directed: false,
    score: 0,
    description: 'Relations with both cooperative and hostile sides.',
  },
  statement: {
    label: 'Statement',
    group: 'neutral',
    domain: 'verbal-cooperation',
    valences: ['neutral', 'cooperative', 'hostile'],
    directed: true,
    roles: ['speaker', 'subject'],
    score: 1,
    description: 'A public statement about another actor or a conflict.',
  },
  'reports-on': {
    label: 'Reports on',
    group: 'neutral',
    domain: 'verbal-cooperation',
    valences: neutral,
    directed: true,
    roles: ['reporter', 'subject'],
    score: 0,
    description: 'A research body or publication reporting on an actor.',
  },
  // structural
  'based-in': {
    label: 'Based in',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: true,
    roles: ['firm or body', 'state'],
    score: 0,
    description: 'A firm or organisation based in a state.',
  },
  'part-of': {
    label: 'Part of',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: true,
    roles: ['part', 'whole'],
    score: 0,
    description: 'A body part of a state, or an episode part of a larger arrangement.',
  },
  'located-in': {
    label: 'Located in',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: true,
    roles: ['place', 'container'],
    score: 0,
    description: 'A territory, place or community within a state or region.',
  },
  'passes-through': {
    label: 'Passes through',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: true,
    roles: ['infrastructure', 'territory'],
    score: 0,
    description: 'A pipeline or corridor crossing a state or territory.',
  },
  'party-to': {
    label: 'Party to',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: true,
    roles: ['party', 'arrangement'],
    score: 0,
    description: 'An actor taking part in a conflict, initiative or alignment.',
  },
  'leader-of': {
    label: 'Leader of',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: true,
    roles: ['leader', 'state or body'],
    score: 0,
    description: 'A person leading a state or body.',
  },
  concerns: {
    label: 'Concerns',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: true,
    roles: ['arrangement', 'subject'],
    score: 0,
    description: 'A conflict or idea about a territory or group (the conflict over Nagorno-Karabakh).',
  },
  borders: {
    label: 'Borders',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: false,
    score: 0,
    description: 'Two states, territories or seas sharing a border.',
  },
  'route-for': {
    label: 'Route for',
    group: 'structural',
    domain: 'structural',
    valences: neutral,
    directed: true,
    roles: ['route', 'user'],
    score: 0,
    description: "Infrastructure carrying an actor's trade or energy (Israel's oil through a pipeline).",
  },
  // Kinds the import presets need (COW formal alliances by type, CAMEO's "yield"); kept last to ease merges.
  'defence-pact': {
    label: 'Defence pact',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: false,
    score: 8,
    description: 'A formal alliance obliging its members to defend each other (COW type I).',
  },
  'neutrality-pact': {
    label: 'Neutrality pact',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: false,
    score: 6,
    description: 'A formal alliance obliging its members to stay neutral if one is attacked (COW type IIa).',
  },
  'non-aggression-pact': {
    label: 'Non-aggression pact',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: false,
    score: 5,
    description: 'A formal agreement not to attack each other (COW type IIb).',
  },
  entente: {
    label: 'Entente',
    group: 'cooperative',
    domain: 'verbal-cooperation',
    valences: cooperative,
    directed: false,
    score: 5,
    description: 'A formal alliance obliging its members to consult in a crisis (COW type III).',
  },
  concession: {
    label: 'Concession',
    group: 'cooperative',
    domain: 'material-cooperation',
    valences: cooperative,
    directed: true,
    roles: ['yielding actor', 'beneficiary'],
    score: 5,
    description:
      'Yielding to another actor: easing sanctions, releasing persons, retreating, allowing access (CAMEO 08).',
  },
} as const satisfies Record<string, RelationKindSpec>;

export type RelationKind = keyof typeof RELATION_KINDS;
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as RelationKind[];

/** True if `kind` is a relation kind of the vocabulary. */
export function isRelationKind(kind: string): kind is RelationKind {
  return Object.hasOwn(RELATION_KINDS, kind);
}

/** The vocabulary entry of a relation kind. */
export function relationKindSpec(kind: RelationKind): RelationKindSpec {
  return RELATION_KINDS[kind];
}

/** The one order of relation kinds on screen and in tie cards: by group (cooperative first, structural last), then in vocabulary order; unknown kinds last. */
export function compareKinds(x: string, y: string): number {
  return kindRank(x) - kindRank(y);
}

function kindRank(kind: string): number {
  return isRelationKind(kind)
    ? KIND_GROUPS.indexOf(RELATION_KINDS[kind].group) * RELATION_KIND_IDS.length + RELATION_KIND_IDS.indexOf(kind)
    : Number.MAX_SAFE_INTEGER;
}
