// GraphML (yEd, Cytoscape, NetworkX, Gephi): one typed key per field, dataset metadata as graph-level data.
import type { Dataset } from '../../model/schema.js';
import { RELATION_KINDS } from '../../model/vocabulary.js';
import { EDGE_FIELDS, NODE_FIELDS, type FieldType, type FlatRecord } from '../fields.js';
import { flattenActor, flattenRelation } from '../flatten.js';
import { xmlAttribute, xmlText } from '../xml/xml-escape.js';

// Hand-written: graphology-graphml 0.5 ships only a parser, despite its description.

const NODE_OWN = new Set(['id']);
const EDGE_OWN = new Set(['id', 'source', 'target']);
const GRAPHML_TYPES: Record<FieldType, string> = {
  string: 'string',
  double: 'double',
  integer: 'int',
  boolean: 'boolean',
};
/** Graph-level keys: the dataset's title, description, schema version, and its sources as JSON (GraphML has no lists). */
const GRAPH_KEYS: Record<string, FieldType> = {
  title: 'string',
  description: 'string',
  schemaVersion: 'integer',
  sources: 'string',
};
const BATCH = 2_000;

/**
 * The dataset as GraphML text chunks. The graph's id is the dataset id. Lists (aliases, evidence, amounts, sources)
 * are JSON in string keys, since GraphML attributes are scalars.
 */
export function* graphmlChunks(dataset: Dataset): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  yield keys('graph', 'g', GRAPH_KEYS, new Set());
  yield keys('node', 'n', NODE_FIELDS, NODE_OWN);
  yield keys('edge', 'e', EDGE_FIELDS, EDGE_OWN);
  // edgedefault="undirected" with directed="true" on directed edges: graphology-graphml's parser ignores
  // directed="false", so the opposite convention would read every edge as directed.
  yield `  <graph id="${xmlAttribute(dataset.id)}" edgedefault="undirected">\n`;
  const graphData: FlatRecord = {
    title: dataset.title,
    description: dataset.description,
    schemaVersion: dataset.schemaVersion,
    sources: JSON.stringify(dataset.sources),
  };
  yield data('g', graphData, new Set(), '    ');
  for (let at = 0; at < dataset.actors.length; at += BATCH) {
    yield dataset.actors
      .slice(at, at + BATCH)
      .map(
        (actor) =>
          `    <node id="${xmlAttribute(actor.id)}">\n${data('n', flattenActor(actor), NODE_OWN, '      ')}    </node>\n`,
      )
      .join('');
  }
  for (let at = 0; at < dataset.relations.length; at += BATCH) {
    yield dataset.relations
      .slice(at, at + BATCH)
      .map((relation) => {
        const directed = RELATION_KINDS[relation.kind].directed ? ' directed="true"' : '';
        const head = `id="${xmlAttribute(relation.id)}" source="${xmlAttribute(relation.source)}" target="${xmlAttribute(relation.target)}"${directed}`;
        return `    <edge ${head}>\n${data('e', flattenRelation(relation), EDGE_OWN, '      ')}    </edge>\n`;
      })
      .join('');
  }
  yield '  </graph>\n</graphml>\n';
}

function keys(domain: string, prefix: string, fields: Record<string, FieldType>, own: Set<string>): string {
  return Object.entries(fields)
    .filter(([field]) => !own.has(field))
    .map(
      ([field, type]) =>
        `  <key id="${prefix}_${field}" for="${domain}" attr.name="${field}" attr.type="${GRAPHML_TYPES[type]}"/>\n`,
    )
    .join('');
}

function data(prefix: string, record: FlatRecord, own: Set<string>, indent: string): string {
  let text = '';
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined || own.has(field)) continue;
    text += `${indent}<data key="${prefix}_${field}">${xmlText(String(value))}</data>\n`;
  }
  return text;
}
