// Reads graphology's serialisation (ours, or any tool's `graph.export()`) into the dataset builder.
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { parseJson } from '../../load/parse-json.js';
import type { DatasetBuilder } from '../assemble-dataset.js';
import { ImportError, ImportIssue, type Origin } from '../import-issues.js';

const Key = Type.Union([Type.String(), Type.Number()]);
const Attributes = Type.Record(Type.String(), Type.Unknown());
/** The parts of graphology's serialisation the reader needs; anything else (options, layout attributes) is ignored. */
const SerializedGraph = Type.Object({
  attributes: Type.Optional(Attributes),
  nodes: Type.Array(Type.Object({ key: Key, attributes: Type.Optional(Attributes) })),
  edges: Type.Array(
    Type.Object({
      key: Type.Optional(Key),
      source: Key,
      target: Key,
      attributes: Type.Optional(Attributes),
      undirected: Type.Optional(Type.Boolean()),
    }),
  ),
});
type SerializedGraph = Static<typeof SerializedGraph>;

/**
 * Feeds a serialised graphology graph to `builder`: node keys are actor ids, attributes the actor's fields (flat
 * or nested, e.g. `evidence` as a list); graph attributes give id, title, description and sources. JSON has no
 * per-element lines worth keeping, so issues name the element (`nodes[3] "israel"`).
 */
export function readGraphology(text: string, file: string, builder: DatasetBuilder): void {
  const parsed = parseJson(text, file);
  if ('issue' in parsed) {
    const { line, reason } = parsed.issue;
    throw new ImportError([new ImportIssue({ file, line }, '', reason, 'MALFORMED_FILE')]);
  }
  if (!Value.Check(SerializedGraph, parsed.value)) {
    const issues = [...Value.Errors(SerializedGraph, parsed.value)]
      .slice(0, 20)
      .map(
        (error) =>
          new ImportIssue(
            { file, element: error.instancePath || '/' },
            '',
            `not graphology's serialisation: ${error.message}`,
            'MALFORMED_FILE',
          ),
      );
    throw new ImportError(issues);
  }
  const graph = parsed.value as SerializedGraph;
  const meta = graph.attributes ?? {};
  const metaOrigin: Origin = { file, element: 'attributes' };
  builder.setMeta({ id: str(meta.id), title: str(meta.title), description: str(meta.description) }, metaOrigin);
  const sources = Array.isArray(meta.sources) ? (meta.sources as Record<string, unknown>[]) : [];
  sources.forEach((source, index) =>
    builder.addSource(source ?? {}, { file, element: `attributes.sources[${index}]` }),
  );

  builder.beginNodes(
    attributeColumns(
      graph.nodes.map((node) => node.attributes ?? {}),
      ['id'],
    ),
    { file, element: 'nodes' },
  );
  graph.nodes.forEach((node, index) => {
    builder.addNode({ ...node.attributes, id: String(node.key) }, { file, element: `nodes[${index}] "${node.key}"` });
  });
  builder.beginEdges(
    attributeColumns(
      graph.edges.map((edge) => edge.attributes ?? {}),
      ['id', 'source', 'target'],
    ),
    { file, element: 'edges' },
  );
  graph.edges.forEach((edge, index) => {
    const values: Record<string, unknown> = {
      ...edge.attributes,
      source: String(edge.source),
      target: String(edge.target),
    };
    if (edge.key !== undefined) values.id = String(edge.key);
    builder.addEdge(values, { file, element: `edges[${index}]${edge.key === undefined ? '' : ` "${edge.key}"`}` });
  });
}

/** The union of attribute names over the elements, plus the given ones: the "columns" the field mapping resolves against. */
function attributeColumns(records: Iterable<Record<string, unknown>>, own: readonly string[]): string[] {
  const names = new Set<string>(own);
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
