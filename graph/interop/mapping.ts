// Column mapping for imports: which input column feeds each field, and constant defaults; from a JSON file and/or `--map`.
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { EDGE_FIELDS, NESTED_FIELDS, NODE_FIELDS } from './fields.js';
import { ImportError, ImportIssue } from './import-issues.js';

const Columns = Type.Record(Type.String(), Type.String({ minLength: 1 }));
const Defaults = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()]));

/** A mapping file: `{ "edges": { "kind": "Type" }, "nodes": { "name": "Label" }, "defaults": { "edges": { "confidence": 0.5 } } }`. */
export const MappingFile = Type.Object(
  {
    nodes: Type.Optional(Columns),
    edges: Type.Optional(Columns),
    defaults: Type.Optional(
      Type.Object({ nodes: Type.Optional(Defaults), edges: Type.Optional(Defaults) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
export type MappingFile = Static<typeof MappingFile>;

/** One side's mapping: field to column name, and field to constant value used where the input has none. */
export interface SideMapping {
  columns: Record<string, string>;
  defaults: Record<string, string | number | boolean>;
}

/** The mapping an import runs with. */
export interface Mapping {
  nodes: SideMapping;
  edges: SideMapping;
}

const KNOWN = {
  nodes: new Set<string>([
    ...Object.keys(NODE_FIELDS),
    'exists',
    'externalIds',
    'attributes',
    'position',
    'x',
    'y',
    'size',
    'color',
  ]),
  edges: new Set<string>([...Object.keys(EDGE_FIELDS), ...NESTED_FIELDS, 'externalIds', 'attributes']),
};

/**
 * Other names tools give a field's column, tried (ignoring case) after the field's own name: edge lists say From/To,
 * Source/Target, Src/Dst; node lists Label, Key, Node; Gephi says Type for an edge's direction, so kind is not guessed.
 */
const SYNONYMS: Record<'nodes' | 'edges', Record<string, readonly string[]>> = {
  nodes: {
    id: ['key', 'node', 'node id', 'nodeid', 'vertex', 'name', 'label'],
    name: ['label', 'title'],
    kind: ['type', 'category', 'element type'],
  },
  edges: {
    source: ['from', 'src', 'source id', 'sourceid', 'source node', 'head', 'actor1', 'node1', 'ego'],
    target: ['to', 'dst', 'target id', 'targetid', 'target node', 'tail', 'actor2', 'node2', 'alter'],
    id: ['key', 'edge id', 'edgeid'],
    kind: ['relation', 'relationship', 'relation kind'],
  },
};

/** An empty mapping: every field read from the column of its own name. */
export function emptyMapping(): Mapping {
  return { nodes: { columns: {}, defaults: {} }, edges: { columns: {}, defaults: {} } };
}

/** Checks a parsed mapping file (`where` names it in issues) and merges it into `mapping`. */
export function applyMappingFile(mapping: Mapping, value: unknown, where: string): Mapping {
  if (!Value.Check(MappingFile, value)) {
    const first = [...Value.Errors(MappingFile, value)][0];
    throw new ImportError([
      new ImportIssue(
        { file: where },
        first?.instancePath ?? '',
        `not a mapping file: ${first?.message ?? 'wrong shape'}`,
        'BAD_MAPPING',
      ),
    ]);
  }
  const file = value as MappingFile;
  for (const side of ['nodes', 'edges'] as const) {
    for (const [field, column] of Object.entries(file[side] ?? {})) setColumn(mapping, side, field, column, where);
    for (const [field, constant] of Object.entries(file.defaults?.[side] ?? {}))
      setDefault(mapping, side, field, constant, where);
  }
  return mapping;
}

/**
 * Merges a `--map` option (`kind=Type,valence=Sign,node.name=Label`) or, with `asDefaults`, a `--default` option
 * (`confidence=0.5,node.kind=firm`): fields are edge fields unless prefixed `node.`.
 */
export function applyMapOption(mapping: Mapping, text: string, option: '--map' | '--default'): Mapping {
  for (const pair of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) {
      throw new ImportError([new ImportIssue({ file: option }, pair, 'expected field=value', 'BAD_MAPPING')]);
    }
    const [left, right] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    const side = left.startsWith('node.') ? 'nodes' : 'edges';
    const field = left.replace(/^(node|edge)\./, '');
    if (option === '--map') setColumn(mapping, side, field, right, option);
    else setDefault(mapping, side, field, constant(right), option);
  }
  return mapping;
}

function setColumn(mapping: Mapping, side: 'nodes' | 'edges', field: string, column: string, where: string): void {
  checkField(side, field, where);
  mapping[side].columns[field] = column;
}

function setDefault(
  mapping: Mapping,
  side: 'nodes' | 'edges',
  field: string,
  value: string | number | boolean,
  where: string,
): void {
  checkField(side, field, where);
  mapping[side].defaults[field] = value;
}

function checkField(side: 'nodes' | 'edges', field: string, where: string): void {
  if (KNOWN[side].has(field)) return;
  const known = [...KNOWN[side]].join(', ');
  throw new ImportError([
    new ImportIssue(
      { file: where },
      field,
      `unknown ${side === 'nodes' ? 'node' : 'edge'} field; known: ${known}`,
      'BAD_MAPPING',
    ),
  ]);
}

/** A `--default` value: numbers and booleans as such, anything else as text. */
function constant(text: string): string | number | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  const number = Number(text);
  return text !== '' && Number.isFinite(number) ? number : text;
}

/**
 * The column that feeds `field` among `columns` present in the input: the mapped one, else one named like the field
 * (exactly, then ignoring case), else `label` for a node's name (Gephi's and graphology's convention).
 */
export function columnFor(
  side: SideMapping,
  field: string,
  columns: readonly string[],
  isNode: boolean,
): string | undefined {
  const mapped = side.columns[field];
  if (mapped !== undefined) return columns.includes(mapped) ? mapped : undefined;
  if (columns.includes(field)) return field;
  const lower = field.toLowerCase();
  const loose = columns.find((column) => column.toLowerCase() === lower);
  if (loose !== undefined) return loose;
  for (const synonym of SYNONYMS[isNode ? 'nodes' : 'edges'][field] ?? []) {
    const found = columns.find((column) => column.toLowerCase() === synonym);
    if (found !== undefined) return found;
  }
  return undefined;
}
