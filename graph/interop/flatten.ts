// Actors and relations as flat records (one scalar per field), the shape CSV, GEXF and GraphML rows are written in.
import type { Actor, Amount, Evidence, Relation } from '../model/schema.js';
import type { FlatRecord } from './fields.js';

/** A relation as flat fields: dates spread out, the first evidence and amount in plain columns, full lists as JSON where needed. */
export function flattenRelation(relation: Relation): FlatRecord {
  const { dates, amounts } = relation;
  return {
    id: relation.id,
    source: relation.source,
    target: relation.target,
    kind: relation.kind,
    directed: relation.directed,
    valence: relation.valence,
    strength: relation.strength,
    strengthBasis: relation.strengthBasis,
    strengthNote: relation.strengthNote,
    confidence: relation.confidence,
    stance: relation.stance,
    start: dates?.start,
    end: dates?.end,
    point: dates?.point,
    dateBy: dates?.by,
    ongoing: dates?.ongoing,
    dateOutside: dates?.outside,
    ...flattenEvidence(relation.evidence),
    ...flattenAmounts(amounts),
    note: relation.note,
  };
}

/** An actor as flat fields: aliases as a JSON array, existence spread out, evidence as for relations. */
export function flattenActor(actor: Actor): FlatRecord {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: JSON.stringify(actor.aliases),
    description: actor.description,
    country: actor.country,
    partOf: actor.partOf,
    existsStart: actor.exists?.start,
    existsEnd: actor.exists?.end,
    ...flattenEvidence(actor.evidence),
    note: actor.note,
  };
}

/** The first item in plain columns; the whole list as JSON unless it is exactly that one item (so nothing is lost). */
function flattenEvidence(evidence: Evidence[] | undefined): FlatRecord {
  if (evidence === undefined) return {};
  const first = evidence[0];
  return {
    evidenceSource: first?.source,
    evidenceQuote: first?.quote,
    evidenceStart: first?.start,
    evidence: evidence.length === 1 && first?.attributedTo === undefined ? undefined : JSON.stringify(evidence),
  };
}

/** An amount the three plain columns hold exactly: value with a currency or a unit, nothing else. */
function isPlainAmount(amount: Amount): boolean {
  return Object.keys(amount).every((key) => key === 'value' || key === 'currency' || key === 'unit');
}

function flattenAmounts(amounts: Amount[] | undefined): FlatRecord {
  if (amounts === undefined) return {};
  const first = amounts[0];
  const plain = amounts.length === 1 && isPlainAmount(first!);
  return {
    amount: first?.value,
    amountCurrency: first?.currency,
    amountUnit: first?.unit,
    amounts: plain ? undefined : JSON.stringify(amounts),
  };
}
