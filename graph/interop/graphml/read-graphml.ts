// Reads GraphML into the dataset builder, streamed: key declarations, graph-level data, then each node and edge with its line.
import type { DatasetBuilder } from '../assemble-dataset.js';
import { asJson } from '../cells.js';
import type { ProgressReporter } from '../csv/read-csv.js';
import { ImportError, ImportIssue, type Origin } from '../import-issues.js';
import { streamXml } from '../xml/stream-xml.js';
import { emitElement, openElement, type OpenElement } from '../xml/open-element.js';
import { localName, typedValue } from '../xml/foreign-values.js';
import { YedGraphics } from './yed-graphics.js';

// Streamed with saxes rather than read with graphology-graphml, whose parser needs a whole DOM (@xmldom/xmldom):
// too much memory for large files, and no line numbers for the issues.

type Domain = 'graph' | 'node' | 'edge';

/**
 * Feeds a GraphML file (ours, networkx's, igraph's, yEd's…) to `builder`. `<data>` values are keyed by their key's
 * `attr.name` (undeclared keys by their id) and typed by `attr.type`. Graph-level data gives the dataset's title
 * (or igraph's `name`), description and sources (JSON); the graph's id is the dataset id. yEd's node and edge
 * graphics give the label (the name), the geometry (the position, y turned to point up) and the fill colour. In
 * files without our `kind` key, an edge's own `directed` flag is kept as an attribute (GraphML mixes directions).
 */
export async function readGraphml(file: string, builder: DatasetBuilder, progress?: ProgressReporter): Promise<void> {
  const names: Record<Domain, Map<string, string>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const types = new Map<string, string>(); // `${domain} ${name}` → attr.type
  const graphics = new Set<string>(); // keys whose data is yEd graphics (yfiles.type nodegraphics / edgegraphics)
  const defaults: Record<Domain, Record<string, unknown>> = { graph: {}, node: {}, edge: {} };
  const meta: Record<string, string> = {};
  const graphOrigin: Origin = { file, element: '<graph>' };
  let declaring: { domains: Domain[]; name: string } | undefined;
  let capture: ((text: string) => void) | undefined;
  let current: OpenElement | undefined;
  let yed: YedGraphics | undefined;
  let graphDepth = 0;
  let edgeDefault = 'directed';
  let foreign = true;
  const started = { meta: false, nodes: false, edges: false };

  const startMeta = () => {
    started.meta = true;
    readMeta({ ...defaults.graph, ...meta }, graphOrigin, builder);
  };
  const start = (kind: 'node' | 'edge', line: number) => {
    if (!started.meta) startMeta();
    if (kind === 'node') {
      started.nodes = true;
      builder.beginNodes(['id', ...names.node.values(), 'label', 'x', 'y', 'size', 'color'], { file, line });
    } else {
      started.edges = true;
      foreign = ![...names.edge.values()].includes('kind');
      builder.beginEdges(
        ['id', 'source', 'target', ...names.edge.values(), 'label', 'color', ...(foreign ? ['directedInFile'] : [])],
        { file, line },
      );
    }
  };

  await streamXml(
    file,
    'graphml',
    {
      open(name, attributes, line) {
        if (yed) {
          yed.open(localName(name), attributes);
          return;
        }
        if (name === 'key' && attributes.id !== undefined) {
          const scope = attributes.for ?? 'node';
          const domains: Domain[] =
            scope === 'all'
              ? ['graph', 'node', 'edge']
              : scope === 'graph' || scope === 'edge'
                ? [scope]
                : scope === 'node'
                  ? ['node']
                  : [];
          if (attributes['yfiles.type'] === 'nodegraphics' || attributes['yfiles.type'] === 'edgegraphics')
            graphics.add(attributes.id);
          declaring = { domains, name: attributes['attr.name'] || attributes.id };
          for (const domain of domains) {
            names[domain].set(attributes.id, declaring.name);
            types.set(`${domain} ${declaring.name}`, attributes['attr.type'] ?? 'string');
          }
        } else if (name === 'default' && declaring) {
          const { domains, name: key } = declaring;
          let text = '';
          capture = (chunk) => {
            text += chunk;
            for (const domain of domains) defaults[domain][key] = typedValue(text, types.get(`${domain} ${key}`));
          };
        } else if (name === 'graph') {
          // Nested graphs (GraphML subgraphs, yEd groups) are flattened: their nodes and edges are read like the others.
          if (graphDepth++ === 0) {
            Object.assign(graphOrigin, { line });
            if (attributes.id) meta.id = attributes.id;
            edgeDefault = attributes.edgedefault ?? 'directed';
          }
        } else if ((name === 'node' || name === 'edge') && !current) {
          if (!started[name === 'node' ? 'nodes' : 'edges']) start(name, line);
          current = openElement(name, attributes, line, file);
          if (name === 'edge') {
            for (const key of ['source', 'target'] as const)
              if (attributes[key] !== undefined) current.values[key] = attributes[key];
            if (foreign)
              current.values.directedInFile =
                attributes.directed !== undefined ? attributes.directed === 'true' : edgeDefault === 'directed';
          }
        } else if (name === 'data') {
          const key = attributes.key ?? '';
          if (current && graphics.has(key)) {
            yed = new YedGraphics();
            return;
          }
          const target = current?.values ?? (graphDepth === 1 && !started.meta ? meta : undefined);
          if (!target) return;
          const domain = current?.kind ?? 'graph';
          const field = names[domain].get(key) ?? key;
          let text = '';
          capture = (chunk) => {
            text += chunk;
            target[field] = current ? typedValue(text, types.get(`${domain} ${field}`)) : text;
          };
        }
      },
      text(text) {
        if (yed) yed.text(text);
        else capture?.(text);
      },
      close(name) {
        capture = undefined;
        if (yed) {
          if (name !== 'data') return yed.close(localName(name));
          if (current) Object.assign(current.values, yed.values());
          yed = undefined;
        } else if (name === 'key') declaring = undefined;
        else if (name === 'graph') graphDepth--;
        else if (current && name === current.kind) {
          emitElement(current, defaults, builder);
          current = undefined;
        }
      },
    },
    progress,
  );
  if (!started.meta) startMeta();
}

/** The dataset's id, title and description, and its sources from the `sources` graph data (a JSON list). */
function readMeta(meta: Record<string, unknown>, origin: Origin, builder: DatasetBuilder): void {
  builder.setMeta(
    { id: str(meta.id), title: str(meta.title) ?? str(meta.name), description: str(meta.description) },
    origin,
  );
  if (meta.sources === undefined) return;
  const parsed = asJson(meta.sources);
  if ('error' in parsed || !Array.isArray(parsed.value)) {
    throw new ImportError([
      new ImportIssue(
        origin,
        'sources',
        `the sources list is ${'error' in parsed ? parsed.error : 'not a JSON array'}`,
        'MALFORMED_FILE',
      ),
    ]);
  }
  (parsed.value as Record<string, unknown>[]).forEach((source, index) =>
    builder.addSource(source ?? {}, { ...origin, element: `<graph> sources[${index}]` }),
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
