// Reads GraphML into the dataset builder, streamed: key declarations, graph-level data, then each node and edge with its line.
import type { DatasetBuilder } from '../assemble-dataset.js';
import { asJson } from '../cells.js';
import type { ProgressReporter } from '../csv/read-csv.js';
import { ImportError, ImportIssue, type Origin } from '../import-issues.js';
import { streamXml } from '../xml/stream-xml.js';
import { emitElement, openElement, type OpenElement } from '../xml/open-element.js';

// Streamed with saxes rather than read with graphology-graphml, whose parser needs a whole DOM (@xmldom/xmldom):
// too much memory for large files, and no line numbers for the issues.

type Domain = 'graph' | 'node' | 'edge';


/**
 * Feeds a GraphML file to `builder`. `<data>` values are keyed by their key's `attr.name` (undeclared keys by their
 * id) and keep their text: the field conversion parses numbers, booleans and JSON lists. Graph-level data gives
 * the dataset's title, description and sources (JSON); the graph's id is the dataset id.
 */
export async function readGraphml(file: string, builder: DatasetBuilder, progress?: ProgressReporter): Promise<void> {
  const names: Record<Domain, Map<string, string>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const defaults: Record<Domain, Record<string, string>> = { graph: {}, node: {}, edge: {} };
  const meta: Record<string, string> = {};
  const graphOrigin: Origin = { file, element: '<graph>' };
  let declaring: { domain: Domain; name: string } | undefined;
  let capture: ((text: string) => void) | undefined;
  let current: OpenElement | undefined;
  let graphDepth = 0;
  const started = { meta: false, nodes: false, edges: false };

  const startMeta = () => {
    started.meta = true;
    readMeta({ ...defaults.graph, ...meta }, graphOrigin, builder);
  };
  const start = (kind: 'node' | 'edge', line: number) => {
    if (!started.meta) startMeta();
    if (kind === 'node') {
      started.nodes = true;
      builder.beginNodes(['id', ...names.node.values()], { file, line });
    } else {
      started.edges = true;
      builder.beginEdges(['id', 'source', 'target', ...names.edge.values()], { file, line });
    }
  };

  await streamXml(file, 'graphml', {
    open(name, attributes, line) {
      if (name === 'key' && attributes.id !== undefined) {
        const domain: Domain = attributes.for === 'graph' || attributes.for === 'edge' ? attributes.for : 'node';
        declaring = { domain, name: attributes['attr.name'] || attributes.id };
        names[domain].set(attributes.id, declaring.name);
      } else if (name === 'default' && declaring) {
        const { domain, name: key } = declaring;
        defaults[domain][key] = '';
        capture = (text) => (defaults[domain][key] += text);
      } else if (name === 'graph') {
        // Nested graphs (GraphML subgraphs) are flattened: their nodes and edges are read like the others.
        if (graphDepth++ === 0) {
          Object.assign(graphOrigin, { line });
          if (attributes.id) meta.id = attributes.id;
        }
      } else if (name === 'node' || name === 'edge') {
        if (!started[name === 'node' ? 'nodes' : 'edges']) start(name, line);
        current = openElement(name, attributes, line, file);
        if (name === 'edge') for (const key of ['source', 'target'] as const) if (attributes[key] !== undefined) current.values[key] = attributes[key];
      } else if (name === 'data') {
        const key = attributes.key ?? '';
        const target = current?.values ?? (graphDepth === 1 && !started.meta ? meta : undefined);
        if (!target) return;
        const field = names[current?.kind ?? 'graph'].get(key) ?? key;
        target[field] = '';
        capture = (text) => (target[field] += text);
      }
    },
    text(text) {
      capture?.(text);
    },
    close(name) {
      capture = undefined;
      if (name === 'key') declaring = undefined;
      else if (name === 'graph') graphDepth--;
      else if (current && name === current.kind) {
        emitElement(current, defaults, builder);
        current = undefined;
      }
    },
  }, progress);
  if (!started.meta) startMeta();
}

/** The dataset's id, title and description, and its sources from the `sources` graph data (a JSON list). */
function readMeta(meta: Record<string, unknown>, origin: Origin, builder: DatasetBuilder): void {
  builder.setMeta({ id: str(meta.id), title: str(meta.title), description: str(meta.description) }, origin);
  if (meta.sources === undefined) return;
  const parsed = asJson(meta.sources);
  if ('error' in parsed || !Array.isArray(parsed.value)) {
    throw new ImportError([new ImportIssue(origin, 'sources', `the sources list is ${'error' in parsed ? parsed.error : 'not a JSON array'}`, 'MALFORMED_FILE')]);
  }
  (parsed.value as Record<string, unknown>[]).forEach((source, index) => builder.addSource(source ?? {}, { ...origin, element: `<graph> sources[${index}]` }));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
