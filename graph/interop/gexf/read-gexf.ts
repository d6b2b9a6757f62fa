// Reads GEXF (Gephi) into the dataset builder: graphology-gexf decodes the typed attributes, we add lines and intervals.
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import type { DatasetBuilder } from '../assemble-dataset.js';
import { asJson } from '../cells.js';
import { ImportError, ImportIssue, type Origin } from '../import-issues.js';
import { attributeColumns, locateElements } from '../xml/xml-elements.js';
import { parseXml, type XmlDocument } from '../xml/xml-dom.js';

/**
 * Feeds a GEXF document to `builder`. The document is parsed once, strictly (xmldom with line numbers); graphology-gexf
 * then reads that same document for attribute types and defaults. Elements keep their lines for issues; an edge's
 * `start`/`end` (dynamic GEXF) feed its dates in files that have no date attributes (other tools' files).
 */
export function readGexf(text: string, file: string, builder: DatasetBuilder): void {
  const document = parseXml(text, file, 'gexf');
  const issues: ImportIssue[] = [];
  const graphElement = document.getElementsByTagName('graph')[0];
  if (!graphElement) throw new ImportError([new ImportIssue({ file, line: 1 }, '', 'no <graph> element', 'MALFORMED_FILE')]);
  const graphOrigin: Origin = { file, line: graphElement.lineNumber ?? 1 };
  const nodes = locateElements(document, 'node', file, issues);
  const edges = locateElements(document, 'edge', file, issues);
  if (issues.length > 0) throw new ImportError(issues);
  const graph = decode(document, file);

  readMeta(graph.getAttributes(), document, file, builder);
  builder.beginNodes(attributeColumns(graph.mapNodes((_, attributes) => attributes), ['id']), graphOrigin);
  for (const { id, origin } of nodes) builder.addNode({ ...graph.getNodeAttributes(id!), id }, origin);

  const keys = graph.edges();
  const edgeColumns = attributeColumns(graph.mapEdges((_, attributes) => attributes), []);
  // A file with date attributes (ours) keeps its partial dates; only one without them takes the intervals' full days.
  const useIntervals = !edgeColumns.some((name) => name === 'start' || name === 'end' || name === 'point');
  builder.beginEdges([...edgeColumns, 'id', 'source', 'target', ...(useIntervals ? ['start', 'end'] : [])], graphOrigin);
  edges.forEach(({ id, element, origin }, index) => {
    // Edges with ids are looked up by id; graphology-gexf adds id-less ones in document order under generated keys.
    const key = id ?? keys[index]!;
    const values: Record<string, unknown> = { ...graph.getEdgeAttributes(key), source: graph.source(key), target: graph.target(key) };
    if (id !== undefined) values.id = id;
    for (const bound of useIntervals ? (['start', 'end'] as const) : []) {
      if (element.hasAttribute(bound)) values[bound] = element.getAttribute(bound);
    }
    builder.addEdge(values, origin);
  });
}

/** graphology-gexf's reading of the document; its own errors (undeclared attributes, bad ids) become one issue. */
function decode(document: XmlDocument, file: string): Graph {
  try {
    // Missing nodes are added here and reported by the dataset checks, with the edge's line.
    return parse(Graph, document as never, { allowUndeclaredAttributes: true, addMissingNodes: true }) as Graph;
  } catch (error) {
    throw new ImportError([new ImportIssue({ file }, '', `cannot read the GEXF: ${(error as Error).message}`, 'MALFORMED_FILE')]);
  }
}

/** Title and description from `<meta>`, dataset id and sources from our `<dataset>` element (JSON) when present. */
function readMeta(meta: Record<string, unknown>, document: XmlDocument, file: string, builder: DatasetBuilder): void {
  const element = document.getElementsByTagName('dataset')[0];
  const origin: Origin = { file, element: '<meta><dataset>', ...(element?.lineNumber ? { line: element.lineNumber } : {}) };
  let header: Record<string, unknown> = {};
  if (typeof meta.dataset === 'string') {
    const parsed = asJson(meta.dataset);
    if ('error' in parsed || parsed.value === null || typeof parsed.value !== 'object') {
      throw new ImportError([new ImportIssue(origin, 'dataset', `the dataset header is ${'error' in parsed ? parsed.error : 'not an object'}`, 'MALFORMED_FILE')]);
    }
    header = parsed.value as Record<string, unknown>;
  }
  builder.setMeta({ id: str(header.id), title: str(meta.title), description: str(meta.description) }, origin);
  const sources = Array.isArray(header.sources) ? (header.sources as Record<string, unknown>[]) : [];
  sources.forEach((source, index) => builder.addSource(source ?? {}, { ...origin, element: `<meta><dataset> sources[${index}]` }));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
