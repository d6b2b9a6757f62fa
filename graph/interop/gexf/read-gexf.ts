// Reads GEXF (Gephi) into the dataset builder, streamed: attribute declarations, then each node and edge with its line.
import type { DatasetBuilder } from '../assemble-dataset.js';
import { asJson, rgbHex } from '../cells.js';
import { Spells, gexfDate, localName, typedValue } from '../xml/foreign-values.js';
import type { ProgressReporter } from '../csv/read-csv.js';
import { ImportError, ImportIssue, type Origin } from '../import-issues.js';
import { streamXml } from '../xml/stream-xml.js';
import { emitElement, openElement, type OpenElement } from '../xml/open-element.js';

// Streamed with saxes rather than read with graphology-gexf: that parser needs a whole DOM (@xmldom/xmldom), which
// for 100k edges took 3.3 GB and over a minute here, and it keeps no line numbers for the issues.

/**
 * Feeds a GEXF file (1.1–1.3, ours or any tool's) to `builder`. Attvalues are keyed by their attribute's title
 * (undeclared ones by their id) and typed as declared; a node's `label` is its name. Our `<meta><dataset>` (JSON: id,
 * sources) and `<title>`/`<description>` give the dataset's own values. Other tools' files: `viz` position, size and
 * colour become the actor's position; `start`/`end`, spells and slices (in any `timeformat` that names years or days)
 * become relation dates and actor existence; an edge's weight, label and type are kept as attributes.
 */
export async function readGexf(file: string, builder: DatasetBuilder, progress?: ProgressReporter): Promise<void> {
  const titles: Record<'node' | 'edge', Map<string, string>> = { node: new Map(), edge: new Map() };
  const types: Record<'node' | 'edge', Map<string, string>> = { node: new Map(), edge: new Map() };
  const defaults: Record<'node' | 'edge', Record<string, unknown>> = { node: {}, edge: {} };
  const meta: Record<string, string> = {};
  const metaOrigin: Origin = { file, element: '<meta>' };
  let inMeta = false;
  let modelClass: 'node' | 'edge' | undefined;
  let declaring: { title: string; type?: string } | undefined; // the attribute whose <default> may follow
  let capture: ((text: string) => void) | undefined;
  let current: OpenElement | undefined;
  let spells: Spells | undefined;
  let graph = { timeformat: 'date' };
  const dated = { node: true, edge: true }; // false when the file declares date attributes of its own (ours)
  const started = { meta: false, nodes: false, edges: false };

  const startMeta = () => {
    started.meta = true;
    readMeta(meta, metaOrigin, builder);
  };
  const startNodes = (line: number) => {
    if (!started.meta) startMeta();
    started.nodes = true;
    const columns = [...titles.node.values()];
    dated.node = !columns.some((name) => name === 'existsStart' || name === 'existsEnd');
    builder.beginNodes(
      ['id', 'label', ...columns, ...VIZ, ...KEPT, 'pid', ...(dated.node ? ['existsStart', 'existsEnd'] : [])],
      { file, line },
    );
  };
  const startEdges = (line: number) => {
    if (!started.meta) startMeta();
    started.edges = true;
    const columns = [...titles.edge.values()];
    dated.edge = !columns.some((name) => name === 'start' || name === 'end' || name === 'point');
    // Our files carry the strength as weight and the kind's direction as type; other tools' weights (counts, 1.0),
    // labels and edge types are kept as attributes.
    const foreign = columns.includes('kind') ? [] : ['weight', 'label', 'type'];
    builder.beginEdges(
      ['id', 'source', 'target', ...columns, ...foreign, ...VIZ, ...KEPT, ...(dated.edge ? ['start', 'end'] : [])],
      { file, line },
    );
  };
  const setDate = (field: string, raw: string | undefined, line: number) => {
    if (raw === undefined || raw === '' || !current) return;
    const date = gexfDate(raw, graph.timeformat);
    if (date !== undefined) current.values[field] = date;
    else {
      current.values[/end$/i.test(field) ? 'gexfEnd' : 'gexfStart'] = raw;
      builder.report.warn(
        'TIME_NOT_A_DATE',
        'times that name no year or day (time steps) kept as attributes, not dates',
        { ...current.origin, line },
        `"${raw}" (timeformat ${graph.timeformat})`,
      );
    }
  };

  await streamXml(
    file,
    'gexf',
    {
      open(tag, attributes, line) {
        const name = localName(tag);
        if (name === 'meta') inMeta = true;
        else if (inMeta) {
          if (name === 'dataset') Object.assign(metaOrigin, { line, element: '<meta><dataset>' });
          meta[name] = '';
          capture = (text) => (meta[name] += text);
        } else if (name === 'graph') {
          graph = { timeformat: (attributes.timeformat ?? 'date').toLowerCase() };
        } else if (name === 'attributes')
          modelClass = attributes.class === 'edge' ? 'edge' : attributes.class === 'node' ? 'node' : undefined;
        else if (name === 'attribute' && modelClass && attributes.id !== undefined) {
          declaring = { title: attributes.title || attributes.id, type: attributes.type };
          titles[modelClass].set(attributes.id, declaring.title);
          types[modelClass].set(declaring.title, attributes.type ?? 'string');
        } else if (name === 'default' && modelClass && declaring !== undefined) {
          const [kind, { title, type }] = [modelClass, declaring];
          let text = '';
          capture = (chunk) => {
            text += chunk;
            defaults[kind][title] = typedValue(text, type);
          };
        } else if (name === 'node' && !current) {
          if (!started.nodes) startNodes(line);
          current = openElement('node', attributes, line, file);
          spells = undefined;
          if (attributes.label) current.values.label = attributes.label;
          if (dated.node) {
            setDate('existsStart', attributes.start ?? attributes.startopen, line);
            setDate('existsEnd', attributes.end ?? attributes.endopen, line);
          }
          if (attributes.pid) current.values.pid = attributes.pid;
        } else if (name === 'edge' && !current) {
          if (!started.edges) startEdges(line);
          current = openElement('edge', attributes, line, file);
          spells = undefined;
          for (const key of ['source', 'target', 'label', 'type'] as const)
            if (attributes[key] !== undefined) current.values[key] = attributes[key];
          if (attributes.weight !== undefined) current.values.weight = typedValue(attributes.weight, 'double');
          if (dated.edge) {
            setDate('start', attributes.start ?? attributes.startopen, line);
            setDate('end', attributes.end ?? attributes.endopen, line);
          }
        } else if (name === 'attvalue' && current) {
          const key = attributes.for ?? attributes.id ?? '';
          const title = titles[current.kind].get(key) ?? key;
          current.values[title] = typedValue(attributes.value ?? '', types[current.kind].get(title));
        } else if ((name === 'spell' || name === 'slice') && current) {
          (spells ??= new Spells()).add(attributes);
        } else if (
          current &&
          (name === 'position' || name === 'size' || name === 'color' || name === 'thickness' || name === 'shape')
        ) {
          readViz(name, attributes, current);
        }
      },
      text(text) {
        capture?.(text);
      },
      close(tag) {
        const name = localName(tag);
        capture = undefined;
        if (name === 'meta') inMeta = false;
        else if (name === 'attributes') modelClass = undefined;
        else if (name === 'attribute') declaring = undefined;
        else if (current && name === current.kind) {
          if (spells) applySpells(current, spells);
          emitElement(current, defaults, builder);
          current = undefined;
        }
      },
    },
    progress,
  );
  if (!started.meta) startMeta();

  /** The element's spells as its dates (relation span, actor existence), all of them kept when there are several. */
  function applySpells(element: OpenElement, all: Spells): void {
    if (!dated[element.kind]) return;
    const span = all.span(graph.timeformat);
    const [startField, endField] = element.kind === 'node' ? ['existsStart', 'existsEnd'] : ['start', 'end'];
    if (span.start !== undefined) element.values[startField] = span.start;
    if (span.end !== undefined) element.values[endField] = span.end;
    if (all.size > 1) element.values.spells = all.toJson();
    for (const raw of span.undated) {
      builder.report.warn(
        'TIME_NOT_A_DATE',
        'times that name no year or day (time steps) kept as attributes, not dates',
        element.origin,
        `spell bound "${raw}" (timeformat ${graph.timeformat})`,
      );
    }
    if (span.undated.length > 0) element.values.spells = all.toJson();
  }
}

/** Columns a GEXF `viz` element may fill (a node's x, y, size and color become its position; the rest attributes). */
const VIZ = ['x', 'y', 'size', 'color', 'thickness', 'shape'];
/** Columns the reader fills with what has no field: several spells, and times that name no date. */
const KEPT = ['spells', 'gexfStart', 'gexfEnd'];

/** A `viz:position`/`size`/`color` of a node (its position), or an edge's `viz:color`/`thickness` (attributes). */
function readViz(name: string, attributes: Record<string, string>, element: OpenElement): void {
  const values = element.values;
  if (name === 'position') {
    values.x = typedValue(attributes.x ?? '', 'double');
    values.y = typedValue(attributes.y ?? '', 'double');
  } else if (name === 'size' || name === 'thickness') values[name] = typedValue(attributes.value ?? '', 'double');
  else if (name === 'shape') values.shape = attributes.value ?? '';
  else if (attributes.hex) values.color = attributes.hex;
  else values.color = rgbHex(Number(attributes.r ?? 0), Number(attributes.g ?? 0), Number(attributes.b ?? 0));
}

/** Title and description from `<meta>`, dataset id and sources from our `<dataset>` element (JSON) when present. */
function readMeta(meta: Record<string, string>, origin: Origin, builder: DatasetBuilder): void {
  let header: Record<string, unknown> = {};
  if (meta.dataset !== undefined) {
    const parsed = asJson(meta.dataset);
    if ('error' in parsed || parsed.value === null || typeof parsed.value !== 'object') {
      throw new ImportError([
        new ImportIssue(
          origin,
          'dataset',
          `the dataset header is ${'error' in parsed ? parsed.error : 'not an object'}`,
          'MALFORMED_FILE',
        ),
      ]);
    }
    header = parsed.value as Record<string, unknown>;
  }
  builder.setMeta(
    { id: str(header.id), title: meta.title || undefined, description: meta.description || undefined },
    origin,
  );
  const sources = Array.isArray(header.sources) ? (header.sources as Record<string, unknown>[]) : [];
  sources.forEach((source, index) =>
    builder.addSource(source ?? {}, { ...origin, element: `<meta><dataset> sources[${index}]` }),
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
