// One input record (CSV row, GEXF/GraphML node, graphology node) to an actor, with defaults for what it omits.
import { asAliases, asDate, asJson, asText, asToken, isMissing } from './cells.js';
import { NODE_FIELD_NAMES } from './fields.js';
import type { FieldReader } from './field-reader.js';
import { VIA_EVIDENCE_JSON, VIA_NESTED_DATES, readEvidence } from './record-evidence.js';
import type { ConvertedRecord } from './record-to-relation.js';

/** Node fields an input must give (by a column or a default). */
export const REQUIRED_NODE_FIELDS = ['id', 'kind'] as const;

/** Every field an actor record may carry (the flat ones and `exists`). */
export const ACTOR_RECORD_FIELDS: readonly string[] = [...NODE_FIELD_NAMES, 'exists'];

const OPTIONAL_TOKENS = ['country', 'partOf'] as const;

/** An actor from a record. Defaults: name = id, no aliases; evidence is optional for actors (no placeholder). */
export function recordToActor(values: Record<string, unknown>, reader: FieldReader, onlySource: string | undefined): ConvertedRecord {
  const get = (field: string) => reader.get(values, field);
  const problems: ConvertedRecord['problems'] = [];
  let via = 0;
  const id = asToken(get('id'));
  const actor: Record<string, unknown> = {
    id,
    name: isMissing(get('name')) ? id : asText(get('name')),
    kind: asToken(get('kind')),
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
  return { value: actor, via, problems };
}
