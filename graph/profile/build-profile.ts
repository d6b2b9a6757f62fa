// Builds a domain profile from profiled relations: distinct facts per domain and kind, the strongest with its quote, years, amounts.
import {
  DOMAINS,
  DOMAIN_LABELS,
  RELATION_KINDS,
  RELATION_KIND_IDS,
  type Domain,
  type RelationKind,
} from '../model/vocabulary.js';
import { distinctFacts, relationWeight, type Fact, type ProfiledRelation } from './distinct-facts.js';
import { combineAmounts } from './combine-amounts.js';
import { indexOfStrongest } from './profile-index.js';
import type {
  DomainProfile,
  DomainRow,
  KindRow,
  ProfileIndex,
  StrongestFact,
  YearsCovered,
} from './profile-results.js';

/** The profile of a pair's or an actor's relations (already filtered). */
export function buildProfile(relations: readonly ProfiledRelation[]): DomainProfile {
  const facts = distinctFacts(relations);
  const domains = DOMAINS.map((domain) => ({
    domain,
    label: DOMAIN_LABELS[domain],
    ...rowOf(facts.filter((fact) => domainOf(fact) === domain)),
  }));
  const kinds = [...new Set(facts.map((fact) => fact.strongest.relation.kind))]
    .sort(byVocabulary)
    .map((kind) => kindRow(kind, facts));
  return { domains, kinds, index: profileIndex(domains) };
}

/** The empty row of a kind ("none"), used to align a comparison's rows. */
export function kindRow(kind: RelationKind, facts: readonly Fact[] = []): KindRow {
  const spec = RELATION_KINDS[kind];
  return {
    kind,
    label: spec.label,
    domain: spec.domain,
    ...rowOf(facts.filter((fact) => fact.strongest.relation.kind === kind)),
  };
}

/** The indices of a profile's domain rows (`indexOfStrongest`, the one definition). */
export function profileIndex(domains: readonly Pick<DomainRow, 'domain' | 'strongest'>[]): ProfileIndex {
  return indexOfStrongest((domain) => domains.find((row) => row.domain === domain)?.strongest?.weight ?? 0);
}

/** Vocabulary order of kinds. */
export function byVocabulary(x: RelationKind, y: RelationKind): number {
  return RELATION_KIND_IDS.indexOf(x) - RELATION_KIND_IDS.indexOf(y);
}

function domainOf(fact: Fact): Domain {
  return RELATION_KINDS[fact.strongest.relation.kind].domain;
}

function rowOf(facts: readonly Fact[]): Pick<DomainRow, 'facts' | 'relations' | 'strongest' | 'years' | 'amounts'> {
  const row: Pick<DomainRow, 'facts' | 'relations' | 'strongest' | 'years' | 'amounts'> = {
    facts: facts.length,
    relations: facts.reduce((sum, fact) => sum + fact.relations.length, 0),
    amounts: combineAmounts(facts.map((fact) => fact.strongest.relation)),
  };
  if (facts.length > 0) row.strongest = strongestFact(facts[0]!.strongest);
  const years = yearsCovered(facts);
  if (years) row.years = years;
  return row;
}

function strongestFact({ relation, direction, partner, via }: ProfiledRelation): StrongestFact {
  const fact: StrongestFact = {
    relation: relation.id,
    kind: relation.kind,
    direction,
    partner,
    strength: relation.strength,
    confidence: relation.confidence,
    stance: relation.stance,
    weight: relationWeight(relation),
    evidence: relation.evidence[0]!,
  };
  if (via !== undefined) fact.via = via;
  if (relation.dates) fact.dates = relation.dates;
  if (relation.amounts) fact.amounts = relation.amounts;
  return fact;
}

/** Earliest and latest year the facts' dates name; undated facts are counted apart. */
function yearsCovered(facts: readonly Fact[]): YearsCovered | undefined {
  const years: string[] = [];
  let ongoing = false;
  let undated = 0;
  for (const { strongest } of facts) {
    const dates = strongest.relation.dates;
    const named = [dates?.start, dates?.point, dates?.end]
      .filter((date): date is string => date !== undefined)
      .map((date) => date.slice(0, 4));
    if (dates?.ongoing) ongoing = true;
    if (named.length === 0) undated += 1;
    years.push(...named);
  }
  if (years.length === 0) return ongoing ? { from: '', to: '', ongoing, undated } : undefined;
  years.sort();
  return { from: years[0]!, to: years[years.length - 1]!, ongoing, undated };
}
