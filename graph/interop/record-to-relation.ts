// One input record (CSV row, GEXF/GraphML edge, graphology edge) to a relation, with defaults for what it omits.
import { RELATION_KINDS, isRelationKind } from '../model/vocabulary.js';
import { asAliases, asBoolean, asDate, asJson, asNumber, asText, asToken, isMissing } from './cells.js';
import { readAttributes } from './record-to-actor.js';
import { EDGE_FIELD_NAMES } from './fields.js';
import type { FieldReader } from './field-reader.js';
import {
  VIA_AMOUNTS_JSON,
  VIA_EVIDENCE_JSON,
  VIA_NESTED_DATES,
  VIA_PLACEHOLDER,
  placeholderEvidence,
  readAmounts,
  readEvidence,
} from './record-evidence.js';

/** Edge fields an input must give (by a column or a default); the rest have defaults. */
export const REQUIRED_EDGE_FIELDS = ['source', 'target', 'kind'] as const;

/** What converting a record needs besides the record. */
export interface RelationContext {
  /** 1-based position of the record among the input's edges, for default ids (`rel-1`). */
  position: number;
  /** The dataset's only source, cited by evidence that names none. */
  onlySource?: string;
  /** Source id of the placeholder evidence for relations without a quote, if the import allows it. */
  placeholderSource?: string;
}

/** The converted (not yet validated) relation, `via` flags for issue mapping, and a field problem the schema cannot name. */
export interface ConvertedRecord {
  value: Record<string, unknown>;
  via: number;
  problems: Array<{ field: string; reason: string }>;
}

/**
 * A relation from a record. Defaults: id `rel-<position>`; valence the kind's usual one; strength from the kind's
 * score on the cooperation-conflict scale (basis `scale`; 1 for structural kinds, as in the dataset's rules), or
 * basis `rubric` when the input gives a strength without one; confidence 1 and stance `asserted` (the analyst's own data). Values that do not convert stay as given so the
 * dataset checks refuse them with the field's path.
 */
export function recordToRelation(
  values: Record<string, unknown>,
  reader: FieldReader,
  context: RelationContext,
): ConvertedRecord {
  const get = (field: string) => reader.get(values, field);
  const problems: ConvertedRecord['problems'] = [];
  let via = 0;
  const kind = asRelationKind(get('kind'));
  const spec = typeof kind === 'string' && isRelationKind(kind) ? RELATION_KINDS[kind] : undefined;
  const relation: Record<string, unknown> = {
    id: isMissing(get('id')) ? `rel-${context.position}` : asToken(get('id')),
    kind,
    source: asToken(get('source')),
    target: asToken(get('target')),
  };
  if (!isMissing(get('directed'))) relation.directed = asBoolean(get('directed'));
  relation.valence = isMissing(get('valence')) ? spec?.valences[0] : asToken(get('valence'));
  const strength = get('strength');
  if (isMissing(strength) && spec) {
    // The dataset's own rules (graph/data/README.md): structural facts are 1, all or nothing; other kinds |score| / 10.
    const structural = spec.group === 'structural';
    relation.strength = structural ? 1 : Math.round(Math.abs(spec.score) * 10) / 100;
    relation.strengthBasis = isMissing(get('strengthBasis'))
      ? structural
        ? 'rubric'
        : 'scale'
      : asToken(get('strengthBasis'));
    relation.strengthNote = !isMissing(get('strengthNote'))
      ? asText(get('strengthNote'))
      : structural
        ? 'imported without a strength: a structural fact, all or nothing (1)'
        : `imported without a strength: the kind's score ${spec.score} on the -10..+10 cooperation-conflict scale, |score| / 10`;
  } else {
    relation.strength = asNumber(strength);
    relation.strengthBasis = isMissing(get('strengthBasis')) ? 'rubric' : asToken(get('strengthBasis'));
    relation.strengthNote = isMissing(get('strengthNote'))
      ? `as given in the input's "${reader.column('strength')}" column`
      : asText(get('strengthNote'));
  }
  relation.confidence = isMissing(get('confidence')) ? 1 : asNumber(get('confidence'));
  relation.stance = isMissing(get('stance')) ? 'asserted' : asToken(get('stance'));
  const dates = readDates(values, reader, problems);
  if (dates.nested) via |= VIA_NESTED_DATES;
  if (dates.value !== undefined) relation.dates = dates.value;
  const amounts = readAmounts(values, reader);
  if (amounts.json) via |= VIA_AMOUNTS_JSON;
  if (amounts.error) problems.push(amounts.error);
  if (amounts.value !== undefined) relation.amounts = amounts.value;
  const evidence = readEvidence(values, reader, context.onlySource);
  if (evidence.json) via |= VIA_EVIDENCE_JSON;
  if (evidence.error) problems.push(evidence.error);
  if (evidence.value !== undefined) relation.evidence = evidence.value;
  else if (context.placeholderSource !== undefined && !evidence.error) {
    relation.evidence = placeholderEvidence(context.placeholderSource);
    via |= VIA_PLACEHOLDER;
  }
  if (!isMissing(get('note'))) relation.note = asText(get('note'));
  if (!isMissing(get('externalIds'))) relation.externalIds = asAliases(get('externalIds'));
  const attributes = readAttributes(values, reader);
  if (attributes !== undefined) relation.attributes = attributes;
  return { value: relation, via, problems };
}

/** Dates from a nested `dates` object (graphology JSON) or from the start/end/point/ongoing columns. */
function readDates(
  values: Record<string, unknown>,
  reader: FieldReader,
  problems: ConvertedRecord['problems'],
): { value?: unknown; nested: boolean } {
  const nested = reader.get(values, 'dates');
  if (!isMissing(nested)) {
    const parsed = asJson(nested);
    if ('error' in parsed) problems.push({ field: reader.column('dates'), reason: parsed.error });
    return { value: 'value' in parsed ? parsed.value : undefined, nested: true };
  }
  const dates: Record<string, unknown> = {};
  for (const field of ['start', 'end', 'point'] as const) {
    if (!isMissing(reader.get(values, field))) dates[field] = asDate(reader.get(values, field));
  }
  if (!isMissing(reader.get(values, 'dateBy'))) dates.by = asBoolean(reader.get(values, 'dateBy'));
  if (!isMissing(reader.get(values, 'ongoing'))) dates.ongoing = asBoolean(reader.get(values, 'ongoing'));
  if (!isMissing(reader.get(values, 'dateOutside'))) dates.outside = asText(reader.get(values, 'dateOutside'));
  return { value: Object.keys(dates).length > 0 ? dates : undefined, nested: false };
}

/** Every field a relation record may carry (the flat ones and `dates`). */
export const RELATION_RECORD_FIELDS: readonly string[] = [...EDGE_FIELD_NAMES, 'dates', 'externalIds', 'attributes'];

/** A relation kind from a cell: as given if it is one, else lower-cased with spaces as hyphens ("Arms transfer"). */
export function asRelationKind(value: unknown): unknown {
  const token = asToken(value);
  if (typeof token !== 'string' || isRelationKind(token)) return token;
  const word = token
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
  return isRelationKind(word) ? word : token;
}
