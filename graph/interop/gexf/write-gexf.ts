// GEXF 1.3 for Gephi: typed attributes for every field, edges weighted by strength, dynamic intervals from dates.
import type { Actor, Dataset, Relation } from '../../model/schema.js';
import { RELATION_KINDS } from '../../model/vocabulary.js';
import { EDGE_FIELDS, NODE_FIELDS, type FieldType, type FlatRecord } from '../fields.js';
import { flattenActor, flattenRelation } from '../flatten.js';
import { isoDay } from '../xml/day-dates.js';
import { xmlAttribute, xmlText } from '../xml/xml-escape.js';

// Hand-written rather than graphology-gexf's `write`: that writer has no dynamic mode (no `mode="dynamic"`, no
// `start`/`end` on edges or nodes, no `timeformat`), infers attribute types from values instead of declaring ours,
// drops non-scalar graph attributes (the dataset's sources) and builds the whole document as one string.

/** Fields carried on the element itself rather than as attvalues: ids, ends, and the node's name as its label. */
const NODE_OWN = new Set(['id', 'name']);
const EDGE_OWN = new Set(['id', 'source', 'target']);
const GEXF_TYPES: Record<FieldType, string> = {
  string: 'string',
  double: 'double',
  integer: 'integer',
  boolean: 'boolean',
};
const BATCH = 2_000;

/**
 * The dataset as GEXF text chunks. Dataset id, schema version and sources ride in `<meta>` as JSON in a `<dataset>`
 * element (GEXF has no graph attributes); lists (aliases, evidence, amounts) are JSON in string attributes.
 */
export function* gexfChunks(dataset: Dataset): Generator<string> {
  const header = JSON.stringify({ schemaVersion: dataset.schemaVersion, id: dataset.id, sources: dataset.sources });
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta>\n    <creator>actor-graph-explorer</creator>\n    <title>${xmlText(dataset.title)}</title>\n`;
  if (dataset.description !== undefined) yield `    <description>${xmlText(dataset.description)}</description>\n`;
  yield `    <dataset>${xmlText(header)}</dataset>\n  </meta>\n`;
  yield '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">\n';
  yield declarations('node', NODE_FIELDS, NODE_OWN);
  yield declarations('edge', EDGE_FIELDS, EDGE_OWN);
  yield '    <nodes>\n';
  for (let at = 0; at < dataset.actors.length; at += BATCH)
    yield dataset.actors
      .slice(at, at + BATCH)
      .map(nodeElement)
      .join('');
  yield '    </nodes>\n    <edges>\n';
  for (let at = 0; at < dataset.relations.length; at += BATCH)
    yield dataset.relations
      .slice(at, at + BATCH)
      .map(edgeElement)
      .join('');
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function declarations(kind: 'node' | 'edge', fields: Record<string, FieldType>, own: Set<string>): string {
  const lines = Object.entries(fields)
    .filter(([field]) => !own.has(field))
    .map(([field, type]) => `      <attribute id="${field}" title="${field}" type="${GEXF_TYPES[type]}"/>\n`);
  return `    <attributes class="${kind}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function nodeElement(actor: Actor): string {
  const interval = spanAttributes(actor.exists?.start, actor.exists?.end);
  return `      <node id="${xmlAttribute(actor.id)}" label="${xmlAttribute(actor.name)}"${interval}>\n${attvalues(flattenActor(actor), NODE_OWN)}      </node>\n`;
}

function edgeElement(relation: Relation): string {
  const type = RELATION_KINDS[relation.kind].directed ? '' : ' type="undirected"';
  // Gephi reads weight as layout force; a zero weight is left out (Gephi then uses 1) rather than written as 0.
  const weight = relation.strength > 0 ? ` weight="${relation.strength}"` : '';
  const dates = relation.dates;
  const interval = spanAttributes(dates?.start ?? dates?.point, dates?.end ?? dates?.point);
  const head = `id="${xmlAttribute(relation.id)}" source="${xmlAttribute(relation.source)}" target="${xmlAttribute(relation.target)}"`;
  return `      <edge ${head}${type}${weight}${interval}>\n${attvalues(flattenRelation(relation), EDGE_OWN)}      </edge>\n`;
}

/** `start`/`end` attributes (full days) where the dates give them; open where they do not. */
function spanAttributes(start: string | undefined, end: string | undefined): string {
  const first = isoDay(start, 'first');
  const last = isoDay(end, 'last');
  return `${first ? ` start="${first}"` : ''}${last ? ` end="${last}"` : ''}`;
}

function attvalues(record: FlatRecord, own: Set<string>): string {
  let text = '        <attvalues>\n';
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined || own.has(field)) continue;
    text += `          <attvalue for="${field}" value="${xmlAttribute(String(value))}"/>\n`;
  }
  return `${text}        </attvalues>\n`;
}
