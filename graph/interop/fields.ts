// The flat fields actors and relations are written as in CSV, GEXF and GraphML, and read back from: one list per side.

/** How a field is typed in XML attribute declarations (GEXF `type`, GraphML `attr.type`). */
export type FieldType = 'string' | 'double' | 'integer' | 'boolean';

/** Node (actor) fields, in column order; `aliases` and `evidence` hold JSON, the rest one scalar each. */
export const NODE_FIELDS = {
  id: 'string',
  name: 'string',
  kind: 'string',
  aliases: 'string',
  description: 'string',
  country: 'string',
  partOf: 'string',
  existsStart: 'string',
  existsEnd: 'string',
  evidenceSource: 'string',
  evidenceQuote: 'string',
  evidenceStart: 'integer',
  evidence: 'string',
  note: 'string',
} as const satisfies Record<string, FieldType>;

/**
 * Edge (relation) fields, in column order. The first evidence item and the first amount sit in plain columns so a
 * spreadsheet shows them; `evidence` / `amounts` hold the full list as JSON whenever the plain columns cannot.
 */
export const EDGE_FIELDS = {
  id: 'string',
  source: 'string',
  target: 'string',
  kind: 'string',
  directed: 'boolean',
  valence: 'string',
  strength: 'double',
  strengthBasis: 'string',
  strengthNote: 'string',
  confidence: 'double',
  stance: 'string',
  start: 'string',
  end: 'string',
  point: 'string',
  dateBy: 'boolean',
  ongoing: 'boolean',
  dateOutside: 'string',
  evidenceSource: 'string',
  evidenceQuote: 'string',
  evidenceStart: 'integer',
  evidence: 'string',
  amount: 'double',
  amountCurrency: 'string',
  amountUnit: 'string',
  amounts: 'string',
  note: 'string',
} as const satisfies Record<string, FieldType>;

/** Source fields (CSV `sources` part). */
export const SOURCE_FIELDS = {
  id: 'string',
  title: 'string',
  author: 'string',
  publisher: 'string',
  published: 'string',
  series: 'string',
  path: 'string',
} as const satisfies Record<string, FieldType>;

/** Field names of each side, in column order. */
export const NODE_FIELD_NAMES = Object.keys(NODE_FIELDS) as Array<keyof typeof NODE_FIELDS>;
export const EDGE_FIELD_NAMES = Object.keys(EDGE_FIELDS) as Array<keyof typeof EDGE_FIELDS>;
export const SOURCE_FIELD_NAMES = Object.keys(SOURCE_FIELDS) as Array<keyof typeof SOURCE_FIELDS>;

/** Extra fields a nested record (graphology JSON) may carry instead of the flat ones: `dates` and `exists` objects. */
export const NESTED_FIELDS = ['dates', 'exists'] as const;

/** A flattened record: field name to a scalar; undefined fields are left out of the output. */
export type FlatRecord = Record<string, string | number | boolean | undefined>;
