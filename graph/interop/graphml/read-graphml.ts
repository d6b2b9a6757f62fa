// Reads GraphML into the dataset builder: graphology-graphml decodes typed keys, we keep each element's line.
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { DatasetBuilder } from '../assemble-dataset.js';
import { asJson } from '../cells.js';
import { ImportError, ImportIssue, type Origin } from '../import-issues.js';
import { attributeColumns, locateElements } from '../xml/xml-elements.js';
import { parseXml, type XmlDocument } from '../xml/xml-dom.js';

/**
 * Feeds a GraphML document to `builder`: parsed once, strictly (xmldom with line numbers), then decoded by
 * graphology-graphml from that same document. Graph-level data gives the dataset's title, description and sources.
 */
export function readGraphml(text: string, file: string, builder: DatasetBuilder): void {
  const document = parseXml(text, file, 'graphml');
  const issues: ImportIssue[] = [];
  const graphElement = document.getElementsByTagName('graph')[0];
  if (!graphElement) throw new ImportError([new ImportIssue({ file, line: 1 }, '', 'no <graph> element', 'MALFORMED_FILE')]);
  const graphOrigin: Origin = { file, line: graphElement.lineNumber ?? 1, element: '<graph>' };
  const nodes = locateElements(document, 'node', file, issues);
  const edges = locateElements(document, 'edge', file, issues);
  if (issues.length > 0) throw new ImportError(issues);
  const graph = decode(document, file);

  const meta = graph.getAttributes();
  builder.setMeta({ id: str(meta.id), title: str(meta.title), description: str(meta.description) }, graphOrigin);
  if (typeof meta.sources === 'string') {
    const parsed = asJson(meta.sources);
    if ('error' in parsed || !Array.isArray(parsed.value)) {
      throw new ImportError([new ImportIssue(graphOrigin, 'sources', `the sources list is ${'error' in parsed ? parsed.error : 'not a JSON array'}`, 'MALFORMED_FILE')]);
    }
    (parsed.value as Record<string, unknown>[]).forEach((source, index) => builder.addSource(source ?? {}, { ...graphOrigin, element: `<graph> sources[${index}]` }));
  }

  builder.beginNodes(attributeColumns(graph.mapNodes((_, attributes) => attributes), ['id']), graphOrigin);
  for (const { id, origin } of nodes) builder.addNode({ ...graph.getNodeAttributes(id!), id }, origin);
  const keys = graph.edges();
  builder.beginEdges(attributeColumns(graph.mapEdges((_, attributes) => attributes), ['id', 'source', 'target']), graphOrigin);
  edges.forEach(({ id, origin }, index) => {
    const key = id ?? keys[index]!; // id-less edges get generated keys in document order
    const values: Record<string, unknown> = { ...graph.getEdgeAttributes(key), source: graph.source(key), target: graph.target(key) };
    if (id !== undefined) values.id = id;
    builder.addEdge(values, origin);
  });
}

/** graphology-graphml's reading of the document; its own errors become one issue. */
function decode(document: XmlDocument, file: string): Graph {
  try {
    return parse(Graph, document as never, { addMissingNodes: true }) as Graph;
  } catch (error) {
    throw new ImportError([new ImportIssue({ file }, '', `cannot read the GraphML: ${(error as Error).message}`, 'MALFORMED_FILE')]);
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
