// Files written by Gephi, networkx, igraph, yEd and Cytoscape import whole: counts checked against graphology's own readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import t from 'tap';
import { importDataset, type ImportFormat } from '../../../graph/interop/formats/import-dataset.js';
import { applyMapOption, emptyMapping } from '../../../graph/interop/mapping.js';
import type { PreviousIds } from '../../../graph/interop/foreign-ids.js';
import type { Dataset } from '../../../graph/model/schema.js';
import { ROOT, tempFolder } from './helpers.js';

const TOOLS = join(ROOT, 'test/fixtures/interop/tools');

/** Imports a tool's file as a new user would: kinds from defaults, unsourced ties citing the placeholder source. */
async function importTool(file: string, format: ImportFormat, previousIds?: PreviousIds) {
  const mapping = applyMapOption(emptyMapping(), 'node.kind=state,kind=economic-ties', '--default');
  return importDataset({
    format,
    file,
    mapping,
    placeholderSource: 'unsourced',
    defaultId: 'tool',
    previousIds,
    readText: () => undefined,
  });
}

/**
 * Nodes, edges and self-loops as the elements of the file count them: what networkx and yEd read back. graphology-graphml
 * refuses both files (networkx reuses edge keys per pair, yEd declares port keys), which is why the importer has its own.
 */
function elementCounts(file: string) {
  const text = readFileSync(file, 'utf8');
  const edges = [...text.matchAll(/<edge\b[^>]*>/g)].map(([tag]) => [
    /source="([^"]*)"/.exec(tag)?.[1],
    /target="([^"]*)"/.exec(tag)?.[1],
  ]);
  return {
    nodes: text.match(/<node\b/g)?.length ?? 0,
    edges: edges.length,
    selfLoops: edges.filter(([a, b]) => a === b).length,
  };
}

/** Nodes, edges and self-loops as graphology's GEXF or GraphML reader sees the file. */
function ownReader(file: string, format: 'gexf' | 'graphml') {
  const graph = (format === 'gexf' ? parseGexf : parseGraphml)(MultiGraph, readFileSync(file, 'utf8'));
  return { nodes: graph.order, edges: graph.size, selfLoops: graph.selfLoopCount };
}

const byId = (dataset: Dataset, id: string) => dataset.actors.find((actor) => actor.id === id);
const between = (dataset: Dataset, a: string, b: string) =>
  dataset.relations.filter((r) => r.source === a && r.target === b);

t.test(
  'Gephi (Les Misérables, GEXF 1.1): decimal node ids become names, viz kept as positions, weights as attributes',
  async (t) => {
    const file = join(TOOLS, 'gephi-lesmiserables.gexf');
    const { dataset, report } = await importTool(file, 'gexf');
    const own = ownReader(file, 'gexf');
    t.same(
      [dataset.actors.length, dataset.relations.length],
      [own.nodes, own.edges - own.selfLoops],
      'as many as graphology-gexf reads',
    );
    t.same([dataset.actors.length, dataset.relations.length], [12, 14]);
    t.match(byId(dataset, 'valjean'), {
      name: 'Valjean',
      externalIds: ['11.0'],
      position: { x: -87.93029, y: 6.8120565, size: 100, color: '#990066' },
    });
    t.match(
      dataset.relations.find((r) => r.id === '13'),
      { source: 'valjean', target: 'myriel', attributes: { weight: 5 } },
      'edge ids and node ids are separate namespaces',
    );
    t.same(
      report?.defaults,
      { nodes: { kind: 12 }, edges: { kind: 14 } },
      'each default counted with the records it filled',
    );
  },
);

t.test(
  'Gephi 0.10 (GEXF 1.3, dynamic): spells become dates, typed attributes with defaults, parallel edges kept, self-loop counted',
  async (t) => {
    const file = join(TOOLS, 'gephi-dynamic.gexf');
    const { dataset, report } = await importTool(file, 'gexf');
    const own = ownReader(file, 'gexf');
    t.same([dataset.actors.length, dataset.relations.length], [own.nodes, own.edges - own.selfLoops]);
    t.equal(own.selfLoops, 1);
    t.equal(report?.warnings('SELF_LOOP'), 1, 'the self-loop left out with a warning that counts it');
    t.match(
      byId(dataset, 'kazakhstan'),
      { exists: { start: '1991-12-16' }, attributes: { Region: 'Caspian', 'Modularity Class': 0 } },
      'a declared default fills the attribute',
    );
    t.match(byId(dataset, 'azerbaijan'), { attributes: { Region: 'South Caucasus' } });
    const parallel = between(dataset, 'russia', 'kazakhstan');
    t.equal(parallel.length, 2, 'parallel edges kept');
    t.match(
      parallel.find((r) => r.id === '0'),
      {
        dates: { start: '2015-01-01', end: '2018-06-30' },
        attributes: { Units: 5, Deal: 'S-300 air defence', weight: 3 },
      },
    );
    t.match(
      JSON.parse(String(parallel.find((r) => r.id === '0')!.attributes!.spells)),
      [{ start: '2015-01-01' }, { start: '2017-01-01' }],
      'every spell kept',
    );
  },
);

t.test(
  'networkx (MultiDiGraph GraphML): edge keys reused per pair are renamed with a warning, the self-loop left out',
  async (t) => {
    const file = join(TOOLS, 'networkx-multidigraph.graphml');
    const { dataset, report } = await importTool(file, 'graphml');
    t.throws(() => ownReader(file, 'graphml'), /inconsistency/, 'graphology-graphml cannot read it');
    const own = elementCounts(file);
    t.equal(own.selfLoops, 1);
    t.same([dataset.actors.length, dataset.relations.length], [own.nodes, own.edges - own.selfLoops]);
    t.same(dataset.actors.map((a) => [a.id, a.externalIds]).sort(), [
      ['armenia', ['3']],
      ['azerbaijan', ['1']],
      ['israel', ['2']],
      ['russia', ['0']],
    ]);
    t.equal(dataset.title, 'Caspian arms (networkx)', 'the graph name is the title');
    t.equal(between(dataset, 'russia', 'azerbaijan').length, 2);
    t.ok(
      dataset.relations.every((r) => r.kind === 'arms-transfer'),
      'the "relation" column read as the kind',
    );
    t.equal(report?.warnings('EDGE_ID_RENAMED'), 2, 'key "0" reused by three pairs: the later two renamed');
    t.same(dataset.relations.map((r) => r.id).sort(), ['0', '1', 'rel-0', 'rel-0-2']);
    t.match(between(dataset, 'israel', 'azerbaijan')[0], {
      id: 'rel-0',
      externalIds: ['0'],
      attributes: { year: 2016, weight: 0.9, directedInFile: true },
    });
  },
);

t.test('igraph GraphML: counter ids n0… become names; graph id "G" gives way to the output name', async (t) => {
  const file = join(TOOLS, 'igraph.graphml');
  const { dataset } = await importTool(file, 'graphml');
  const own = ownReader(file, 'graphml');
  t.same(own, elementCounts(file), 'graphology-graphml and the elements agree');
  t.same([dataset.actors.length, dataset.relations.length], [own.nodes, own.edges]);
  t.equal(dataset.id, 'tool');
  t.match(byId(dataset, 'kazakhstan'), { externalIds: ['n0'], attributes: { founded: 1991 } });
  t.equal(
    dataset.relations.filter((r) => [r.source, r.target].sort().join() === 'kazakhstan,russia').length,
    2,
    'parallel edges kept',
  );
});

t.test('yEd GraphML: labels are names, geometry centres are positions (y up), fill colours kept', async (t) => {
  const file = join(TOOLS, 'yed.graphml');
  const { dataset } = await importTool(file, 'graphml');
  const own = elementCounts(file);
  t.same([dataset.actors.length, dataset.relations.length], [own.nodes, own.edges]);
  t.match(byId(dataset, 'israel'), {
    name: 'Israel',
    description: 'Supplier of drones',
    externalIds: ['n0'],
    position: { x: 416 + 54 / 2, y: -(217 + 15), color: '#ffcc00' },
  });
  t.ok(byId(dataset, 'aeronautics-defense-systems'), 'a long label slugged');
  t.match(
    dataset.relations.find((r) => r.id === 'e1'),
    { source: 'aeronautics-defense-systems', target: 'azerbaijan', attributes: { label: 'Orbiter UAVs' } },
  );
});

t.test('Cytoscape desktop (.cyjs): SUIDs become names, positions kept (y up), interactions kept', async (t) => {
  const file = join(TOOLS, 'cytoscape.cyjs');
  const { dataset } = await importTool(file, 'json');
  const cy = JSON.parse(readFileSync(file, 'utf8')) as { elements: { nodes: unknown[]; edges: unknown[] } };
  t.same(
    [dataset.actors.length, dataset.relations.length],
    [cy.elements.nodes.length, cy.elements.edges.length],
    'detected as Cytoscape.js from .json',
  );
  t.match(byId(dataset, 'azerbaijan'), { externalIds: ['1283'], position: { x: 1240.3, y: -1670.6 } });
  t.notOk('SUID' in (byId(dataset, 'azerbaijan')!.attributes ?? {}), 'session bookkeeping dropped');
  t.equal(between(dataset, 'azerbaijan', 'georgia').length, 2, 'oil and gas: parallel edges kept');
  t.match(
    dataset.relations.find((r) => r.id === 'rel-1563' || r.id === '1563'),
    { attributes: { interaction: 'oil' } },
  );
});

t.test("re-import keeps ids stable: an earlier import's external ids win over a renamed label", async (t) => {
  const file = join(TOOLS, 'gephi-lesmiserables.gexf');
  const first = await importTool(file, 'gexf');
  const { write } = tempFolder(t);
  const renamed = write('lesmis.gexf', readFileSync(file, 'utf8').replace('label="Myriel"', 'label="Bishop Myriel"'));
  const previous = { actors: new Map<string, string>(), relations: new Map<string, string>() };
  for (const actor of first.dataset.actors)
    for (const external of actor.externalIds ?? []) previous.actors.set(external, actor.id);
  const again = await importTool(renamed, 'gexf', previous);
  t.match(byId(again.dataset, 'myriel'), { name: 'Bishop Myriel', externalIds: ['0.0'] }, 'same id, new name');
  const fresh = await importTool(renamed, 'gexf');
  t.ok(byId(fresh.dataset, 'bishop-myriel'), 'without the earlier ids the name would give a new one');
});

t.test("GraphML with directed and undirected edges mixed: each edge's direction kept", async (t) => {
  const { write } = tempFolder(t);
  const file = write(
    'mixed.graphml',
    `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="undirected">
    <node id="A"/><node id="B"/><node id="C"/>
    <edge source="A" target="B"/>
    <edge source="B" target="C" directed="true"/>
    <edge source="C" target="A" directed="false"/>
  </graph>
</graphml>`,
  );
  const { dataset } = await importTool(file, 'graphml');
  t.same(
    dataset.relations.map((r) => r.attributes?.directedInFile),
    [false, true, false],
  );
  t.same(
    dataset.actors.map((a) => [a.id, a.externalIds]),
    [
      ['a', ['A']],
      ['b', ['B']],
      ['c', ['C']],
    ],
  );
});

t.test(
  'Kumu element and connection sheets: labels are ids, Kumu types mapped where the vocabulary has them, the rest defaulted and counted',
  async (t) => {
    const mapping = applyMapOption(
      applyMapOption(emptyMapping(), 'kind=Type', '--map'),
      'kind=friendly-relations',
      '--default',
    );
    const { dataset, report } = await importDataset({
      format: 'csv',
      file: join(TOOLS, 'kumu-connections.csv'),
      nodes: join(TOOLS, 'kumu-elements.csv'),
      mapping,
      placeholderSource: 'unsourced',
      defaultId: 'kumu',
      readText: () => undefined,
    });
    t.same(
      dataset.actors.map((a) => [a.id, a.kind]).sort(),
      [
        ['armenia', 'state'],
        ['azerbaijan', 'state'],
        ['elbit-systems', 'firm'],
        ['israel', 'state'],
      ],
      'Country → state, Company → firm',
    );
    t.match(byId(dataset, 'israel'), {
      externalIds: ['Israel'],
      description: 'Supplier of drones and satellites',
      attributes: { Tags: 'Middle East|Arms exporter' },
    });
    t.same(
      dataset.relations.map((r) => r.kind),
      ['arms-transfer', 'energy-supply', 'based-in', 'armed-conflict', 'friendly-relations'],
      '"Arms transfer" is arms-transfer',
    );
    t.match(dataset.relations[0], {
      strength: 0.9,
      strengthBasis: 'rubric',
      attributes: { Direction: 'directed', Tags: 'Drones' },
    });
    t.equal(report?.warnings('EDGE_KIND_DEFAULTED'), 2, '"Personal" twice (one of them a self-loop)');
    t.equal(report?.warnings('SELF_LOOP'), 1);
    t.match(dataset.relations[4], { attributes: { kind: 'Personal' } }, "Kumu's word kept");
  },
);

t.test(
  'Gephi data laboratory CSV (any headers): Id, Label, Source, Target read; Type, Weight and the rest kept',
  async (t) => {
    const mapping = applyMapOption(emptyMapping(), 'node.kind=state,kind=economic-ties', '--default');
    const { dataset } = await importDataset({
      format: 'csv',
      file: join(TOOLS, 'gephi-edges.csv'),
      nodes: join(TOOLS, 'gephi-nodes.csv'),
      mapping,
      placeholderSource: 'unsourced',
      defaultId: 'gephi-csv',
      readText: () => undefined,
    });
    t.same(dataset.actors.map((a) => [a.id, a.name, a.externalIds, a.attributes]).sort(), [
      ['china', 'China', ['2'], { modularity_class: '1' }],
      ['kazakhstan', 'Kazakhstan', ['1'], { modularity_class: '0' }],
      ['russia', 'Russia', ['0'], { modularity_class: '0' }],
    ]);
    t.match(
      dataset.relations.find((r) => r.id === '1'),
      { source: 'kazakhstan', target: 'china', attributes: { Type: 'Undirected', Label: 'pipeline', Weight: '1.0' } },
    );
  },
);
