// Data lint: warnings about likely mistakes against the measurement model (double counting, outranking, ladder, unflagged dates).
import type { Dataset, Relation } from '../model/schema.js';
import { onLadder } from '../model/measurement.js';
import { quotesOverlap } from '../profile/distinct-facts.js';

/** The warnings `lint:data` gives, each a rule of `graph/model/MEASUREMENT.md`. */
export const LINT_RULES = [
  'double-counting',
  'unquantified-outranks',
  'off-ladder',
  'unflagged-date',
  'report-dated',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

/** One warning: the rule, the relation, and what to look at. */
export interface LintWarning {
  rule: LintRule;
  relation: string;
  message: string;
}

const DOUBTFUL = new Set(['alleged', 'hypothetical']);
/** Words that date a report, not the event it reports ("in 2012, reports emerged", "SIPRI reported", "Netanyahu said"). */
const REPORTED = /\b(?:reports?|claims?) emerged\b|\breported\b|\bsaid\b/i;

/** Every warning for a dataset, in relation order. */
export function lintDataset(dataset: Dataset): LintWarning[] {
  const warnings: LintWarning[] = [];
  const published = new Map(dataset.sources.map((source) => [source.id, source.published.slice(0, 4)]));
  const byPairKind = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    const key = `${relation.kind}|${[relation.source, relation.target].sort().join('|')}`;
    byPairKind.set(key, [...(byPairKind.get(key) ?? []), relation]);
    if (!onLadder(relation.stance, relation.confidence) && !/confidence/i.test(relation.note ?? '')) {
      warnings.push({
        rule: 'off-ladder',
        relation: relation.id,
        message: `confidence ${relation.confidence} is off the ${relation.stance} rung and no note says why`,
      });
    }
    if (relation.dates?.point && !relation.dates.by && relation.evidence.some((e) => REPORTED.test(e.quote))) {
      warnings.push({
        rule: 'report-dated',
        relation: relation.id,
        message: `dated ${relation.dates.point} by a report ("${relation.evidence.find((e) => REPORTED.test(e.quote))!.quote.match(REPORTED)![0]}"): the event happened by then, so mark dates.by`,
      });
    }
    for (const year of unflaggedYears(relation, published)) {
      warnings.push({
        rule: 'unflagged-date',
        relation: relation.id,
        message: `the year ${year} is in no quote and dates.outside does not say where it comes from`,
      });
    }
  }
  for (const group of byPairKind.values()) warnings.push(...pairKindWarnings(group));
  return warnings;
}

function pairKindWarnings(group: Relation[]): LintWarning[] {
  const warnings: LintWarning[] = [];
  for (const [i, x] of group.entries()) {
    for (const y of group.slice(i + 1)) {
      if (x.source === y.source && x.evidence.some((ex) => y.evidence.some((ey) => quotesOverlap(ex, ey)))) {
        warnings.push({
          rule: 'double-counting',
          relation: y.id,
          message: `rests on a quote overlapping ${x.id}'s (same pair and kind): one fact, one relation`,
        });
      }
    }
  }
  const quantified = group.filter((relation) => relation.amounts?.length);
  for (const relation of group) {
    if (relation.amounts?.length && !DOUBTFUL.has(relation.stance)) continue;
    const outranked = quantified.find((other) => other !== relation && other.strength < relation.strength);
    if (outranked) {
      warnings.push({
        rule: 'unquantified-outranks',
        relation: relation.id,
        message: `${relation.amounts?.length ? 'a doubtful' : 'an unquantified'} claim (strength ${relation.strength}) outranks the quantified ${outranked.id} (${outranked.strength})`,
      });
    }
  }
  return warnings;
}

/** Years in the relation's dates that no quote names (as a year or its decade) and that are not the source's publication year. */
function unflaggedYears(relation: Relation, published: Map<string, string>): string[] {
  const dates = relation.dates;
  if (!dates || dates.outside) return [];
  const text = relation.evidence.map((evidence) => evidence.quote).join(' ');
  const years = [dates.start, dates.end, dates.point]
    .filter((date): date is string => date !== undefined)
    .map((date) => date.slice(0, 4));
  return [...new Set(years)].filter(
    (year) =>
      !text.includes(year) &&
      !text.includes(`${year.slice(0, 3)}0s`) &&
      !relation.evidence.some((evidence) => published.get(evidence.source) === year),
  );
}
