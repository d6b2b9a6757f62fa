// Reads Cytoscape.js JSON (`elements.nodes/edges`, or one `elements` list with `group`), as Cytoscape desktop exports .cyjs.
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { DatasetBuilder } from '../assemble-dataset.js';
import { ImportError, ImportIssue } from '../import-issues.js';

const Data = Type.Record(Type.String(), Type.Unknown());
const Element = Type.Object({
  group: Type.Optional(Type.String()),
  data: Data,
  position: Type.Optional(Type.Object({ x: Type.Number(), y: Type.Number() })),
});
/** The parts of a Cytoscape.js document the reader needs; style, layout and session keys are ignored. */
export const CytoscapeDocument = Type.Object({
  data: Type.Optional(Data),
  elements: Type.Union([
    Type.Object({ nodes: Type.Optional(Type.Array(Element)), edges: Type.Optional(Type.Array(Element)) }),
    Type.Array(Element),
  ]),
});
type CytoscapeDocument = Static<typeof CytoscapeDocument>;
type CyElement = Static<typeof Element>;

/** True if a parsed JSON value has Cytoscape.js's shape (an `elements` member), for format detection. */
export function isCytoscape(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'elements' in value;
}

/**
 * Feeds a parsed Cytoscape.js document to `builder`: each element's `data` is its record (`id`, `name`, `source`,
 * `target` and any attribute), `position` its position (y turned to point up: Cytoscape's grows downwards); the
 * network's `data.name` is the dataset's title. Issues name the element (`elements.nodes[3] "1283"`).
 */
export function readCytoscape(value: unknown, file: string, builder: DatasetBuilder): void {
  if (!Value.Check(CytoscapeDocument, value)) {
    const issues = [...Value.Errors(CytoscapeDocument, value)]
      .slice(0, 20)
      .map(
        (error) =>
          new ImportIssue(
            { file, element: error.instancePath || '/' },
            '',
            `not Cytoscape.js JSON: ${error.message}`,
            'MALFORMED_FILE',
          ),
      );
    throw new ImportError(issues);
  }
  const document = value as CytoscapeDocument;
  const name = document.data?.name;
  builder.setMeta({ title: typeof name === 'string' && name !== '' ? name : undefined }, { file, element: 'data' });
  const all = document.elements;
  const nodes = Array.isArray(all) ? all.filter((element) => element.group === 'nodes') : (all.nodes ?? []);
  const edges = Array.isArray(all) ? all.filter((element) => element.group === 'edges') : (all.edges ?? []);
  const where = Array.isArray(all) ? 'elements' : undefined;

  builder.beginNodes(columns(nodes, ['id', 'x', 'y']), { file, element: 'elements.nodes' });
  nodes.forEach((node, index) => {
    const values: Record<string, unknown> = { ...node.data, id: String(node.data.id ?? '') };
    if (node.position) Object.assign(values, { x: node.position.x, y: -node.position.y });
    builder.addNode(values, { file, element: `${where ?? 'elements.nodes'}[${index}] "${String(node.data.id)}"` });
  });
  builder.beginEdges(columns(edges, ['id', 'source', 'target']), { file, element: 'elements.edges' });
  edges.forEach((edge, index) => {
    const values: Record<string, unknown> = {
      ...edge.data,
      source: String(edge.data.source ?? ''),
      target: String(edge.data.target ?? ''),
    };
    if (edge.data.id !== undefined) values.id = String(edge.data.id);
    builder.addEdge(values, {
      file,
      element: `${where ?? 'elements.edges'}[${index}]${edge.data.id === undefined ? '' : ` "${String(edge.data.id)}"`}`,
    });
  });
}

/** The union of the elements' data keys plus the given ones: the "columns" the field mapping resolves against. */
function columns(elements: readonly CyElement[], own: readonly string[]): string[] {
  const names = new Set<string>(own);
  for (const element of elements) for (const key of Object.keys(element.data)) names.add(key);
  return [...names];
}
