// One input record (CSV row, GEXF/GraphML node, graphology node) to an actor, with defaults for what it omits.
import { asAliases, asColor, asDate, asJson, asNumber, asText, asToken, isMissing } from './cells.js';
import { NODE_FIELD_NAMES } from './fields.js';
import { ACTOR_KINDS } from '../model/vocabulary.js';
import type { FieldReader } from './field-reader.js';
import { VIA_EVIDENCE_JSON, VIA_NESTED_DATES, readEvidence } from './record-evidence.js';
import type { ConvertedRecord } from './record-to-relation.js';

/** Node fields an input must give (by a column or a default). */
export const REQUIRED_NODE_FIELDS = ['id', 'kind'] as const;

/** Every field an actor record may carry (the flat ones and `exists`). */
export const ACTOR_RECORD_FIELDS: readonly string[] = [
  ...NODE_FIELD_NAMES,
  'exists',
  'externalIds',
  'attributes',
  'position',
  'x',
  'y',
  'size',
  'color',
];

const OPTIONAL_TOKENS = ['country', 'partOf'] as const;

/** An actor from a record. Defaults: name = id, no aliases; evidence is optional for actors (no placeholder). */
export function recordToActor(
  values: Record<string, unknown>,
  reader: FieldReader,
  onlySource: string | undefined,
): ConvertedRecord {
  const get = (field: string) => reader.get(values, field);
  const problems: ConvertedRecord['problems'] = [];
  let via = 0;
  const id = asToken(get('id'));
  const actor: Record<string, unknown> = {
    id,
    name: isMissing(get('name')) ? id : asText(get('name')),
    kind: asActorKind(get('kind')),
    aliases: isMissing(get('aliases')) ? [] : asAliases(get('aliases')),
  };
  if (!isMissing(get('description'))) actor.description = asText(get('description'));
  for (const field of OPTIONAL_TOKENS) if (!isMissing(get(field))) actor[field] = asToken(get(field));
  const nested = get('exists');
  if (!isMissing(nested)) {
    const parsed = asJson(nested);
    via |= VIA_NESTED_DATES;
    if ('error' in parsed) problems.push({ field: reader.column('exists'), reason: parsed.error });
    else actor.exists = parsed.value;
  } else if (!isMissing(get('existsStart')) || !isMissing(get('existsEnd'))) {
    const exists: Record<string, unknown> = {};
    if (!isMissing(get('existsStart'))) exists.start = asDate(get('existsStart'));
    if (!isMissing(get('existsEnd'))) exists.end = asDate(get('existsEnd'));
    actor.exists = exists;
  }
  const evidence = readEvidence(values, reader, onlySource);
  if (evidence.json) via |= VIA_EVIDENCE_JSON;
  if (evidence.error) problems.push(evidence.error);
  if (evidence.value !== undefined) actor.evidence = evidence.value;
  if (!isMissing(get('note'))) actor.note = asText(get('note'));
  if (!isMissing(get('externalIds'))) actor.externalIds = asAliases(get('externalIds'));
  const position = readPosition(get);
  if (position !== undefined) actor.position = position;
  const attributes = readAttributes(values, reader);
  if (attributes !== undefined) actor.attributes = attributes;
  return { value: actor, via, problems };
}

/** A position from a `position` object (JSON) or from x, y (size, color) columns; undefined without both x and y. */
function readPosition(get: (field: string) => unknown): unknown {
  const nested = get('position');
  if (!isMissing(nested)) {
    const parsed = asJson(nested);
    return 'value' in parsed ? parsed.value : nested;
  }
  if (isMissing(get('x')) || isMissing(get('y'))) return undefined;
  const position: Record<string, unknown> = { x: asNumber(get('x')), y: asNumber(get('y')) };
  if (!isMissing(get('size'))) position.size = asNumber(get('size'));
  if (!isMissing(get('color'))) position.color = asColor(get('color'));
  return position;
}

/** The record's `attributes` object (JSON) merged with its values in columns no field reads. */
export function readAttributes(
  values: Record<string, unknown>,
  reader: FieldReader,
): Record<string, unknown> | undefined {
  const own = reader.get(values, 'attributes');
  const parsed = isMissing(own) ? undefined : asJson(own);
  const base =
    parsed && 'value' in parsed && parsed.value !== null && typeof parsed.value === 'object'
      ? (parsed.value as Record<string, unknown>)
      : undefined;
  const extras = reader.extras(values);
  return base || extras ? { ...base, ...extras } : undefined;
}

/** Other tools' words for the actor kinds (Kumu's element types, spreadsheets): matched after lower-casing. */
const ACTOR_KIND_WORDS: Record<string, string> = {
  organization: 'organisation',
  ngo: 'organisation',
  institution: 'organisation',
  'international organization': 'organisation',
  company: 'firm',
  corporation: 'firm',
  business: 'firm',
  enterprise: 'firm',
  country: 'state',
  nation: 'state',
  government: 'government-body',
  agency: 'government-body',
  ministry: 'government-body',
  people: 'person',
  individual: 'person',
  region: 'territory',
  place: 'territory',
};

/** An actor kind from a cell: as given if it is one, else lower-cased, hyphenated and looked up among other tools' words. */
export function asActorKind(value: unknown): unknown {
  const token = asToken(value);
  if (typeof token !== 'string' || (ACTOR_KINDS as readonly string[]).includes(token)) return token;
  const lower = token.toLowerCase().replace(/\s+/g, ' ');
  const word = ACTOR_KIND_WORDS[lower] ?? lower.replace(/ /g, '-');
  return (ACTOR_KINDS as readonly string[]).includes(word) ? word : token;
}
