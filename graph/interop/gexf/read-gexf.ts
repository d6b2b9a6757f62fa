// Reads GEXF (Gephi) into the dataset builder, streamed: attribute declarations, then each node and edge with its line.
import type { DatasetBuilder } from '../assemble-dataset.js';
import { asJson } from '../cells.js';
import type { ProgressReporter } from '../csv/read-csv.js';
import { ImportError, ImportIssue, type Origin } from '../import-issues.js';
import { streamXml } from '../xml/stream-xml.js';
import { emitElement, openElement, type OpenElement } from '../xml/open-element.js';

// Streamed with saxes rather than read with graphology-gexf: that parser needs a whole DOM (@xmldom/xmldom), which
// for 100k edges took 3.3 GB and over a minute here, and it keeps no line numbers for the issues.


/**
 * Feeds a GEXF file to `builder`. Attvalues are keyed by their attribute's title (undeclared ones by their id) and
 * keep their text: the field conversion parses numbers, booleans and JSON lists. A node's `label` is its name. Our
 * `<meta><dataset>` (JSON: id, sources) and `<title>`/`<description>` give the dataset's own values. Edge `start`/`end`
 * (dynamic GEXF) become dates in files that have no date attributes of their own (other tools' files).
 */
export async function readGexf(file: string, builder: DatasetBuilder, progress?: ProgressReporter): Promise<void> {
  const titles: Record<'node' | 'edge', Map<string, string>> = { node: new Map(), edge: new Map() };
  const defaults: Record<'node' | 'edge', Record<string, string>> = { node: {}, edge: {} };
  const meta: Record<string, string> = {};
  const metaOrigin: Origin = { file, element: '<meta>' };
  let inMeta = false;
  let modelClass: 'node' | 'edge' | undefined;
  let declaring: string | undefined; // title of the attribute whose <default> may follow
  let capture: ((text: string) => void) | undefined;
  let current: OpenElement | undefined;
  let useIntervals = true;
  const started = { meta: false, nodes: false, edges: false };

  const startMeta = () => {
    started.meta = true;
    readMeta(meta, metaOrigin, builder);
  };
  const startNodes = (line: number) => {
    if (!started.meta) startMeta();
    started.nodes = true;
    builder.beginNodes(['id', 'label', ...titles.node.values()], { file, line });
  };
  const startEdges = (line: number) => {
    if (!started.meta) startMeta();
    started.edges = true;
    const columns = [...titles.edge.values()];
    useIntervals = !columns.some((name) => name === 'start' || name === 'end' || name === 'point');
    builder.beginEdges(['id', 'source', 'target', ...columns, ...(useIntervals ? ['start', 'end'] : [])], { file, line });
  };

  await streamXml(file, 'gexf', {
    open(name, attributes, line) {
      if (name === 'meta') inMeta = true;
      else if (inMeta) {
        if (name === 'dataset') Object.assign(metaOrigin, { line, element: '<meta><dataset>' });
        meta[name] = '';
        capture = (text) => (meta[name] += text);
      } else if (name === 'attributes') modelClass = attributes.class === 'edge' ? 'edge' : attributes.class === 'node' ? 'node' : undefined;
      else if (name === 'attribute' && modelClass && attributes.id !== undefined) {
        declaring = attributes.title || attributes.id;
        titles[modelClass].set(attributes.id, declaring);
      } else if (name === 'default' && modelClass && declaring !== undefined) {
        const [kind, title] = [modelClass, declaring];
        defaults[kind][title] = '';
        capture = (text) => (defaults[kind][title] += text);
      } else if (name === 'node') {
        if (!started.nodes) startNodes(line);
        current = openElement('node', attributes, line, file);
        if (attributes.label) current.values.label = attributes.label;
      } else if (name === 'edge') {
        if (!started.edges) startEdges(line);
        current = openElement('edge', attributes, line, file);
        for (const key of ['source', 'target'] as const) if (attributes[key] !== undefined) current.values[key] = attributes[key];
        for (const bound of useIntervals ? (['start', 'end'] as const) : []) if (attributes[bound]) current.values[bound] = attributes[bound];
      } else if (name === 'attvalue' && current) {
        const key = attributes.for ?? attributes.id ?? '';
        current.values[titles[current.kind].get(key) ?? key] = attributes.value ?? '';
      }
    },
    text(text) {
      capture?.(text);
    },
    close(name) {
      capture = undefined;
      if (name === 'meta') inMeta = false;
      else if (name === 'attributes') modelClass = undefined;
      else if (name === 'attribute') declaring = undefined;
      else if (current && name === current.kind) {
        emitElement(current, defaults, builder);
        current = undefined;
      }
    },
  }, progress);
  if (!started.meta) startMeta();
}


/** Title and description from `<meta>`, dataset id and sources from our `<dataset>` element (JSON) when present. */
function readMeta(meta: Record<string, string>, origin: Origin, builder: DatasetBuilder): void {
  let header: Record<string, unknown> = {};
  if (meta.dataset !== undefined) {
    const parsed = asJson(meta.dataset);
    if ('error' in parsed || parsed.value === null || typeof parsed.value !== 'object') {
      throw new ImportError([new ImportIssue(origin, 'dataset', `the dataset header is ${'error' in parsed ? parsed.error : 'not an object'}`, 'MALFORMED_FILE')]);
    }
    header = parsed.value as Record<string, unknown>;
  }
  builder.setMeta({ id: str(header.id), title: meta.title || undefined, description: meta.description || undefined }, origin);
  const sources = Array.isArray(header.sources) ? (header.sources as Record<string, unknown>[]) : [];
  sources.forEach((source, index) => builder.addSource(source ?? {}, { ...origin, element: `<meta><dataset> sources[${index}]` }));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
