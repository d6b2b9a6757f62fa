// What the writers put where other tools look: GEXF intervals and types, GraphML direction, graphology's own shape.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import t from 'tap';
import { exportText } from '../../../graph/interop/formats/export-dataset.js';
import { ValueSharer } from '../../../graph/interop/share-values.js';
import { isoDay } from '../../../graph/interop/xml/day-dates.js';
import { buildActorGraph } from '../../../graph/load/build-graph.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { RELATION_KINDS } from '../../../graph/model/vocabulary.js';
import { ARTICLE, MINI } from './helpers.js';

t.test('isoDay refuses what is not a partial date and spans partial dates to whole days', async (t) => {
  t.equal(isoDay(undefined, 'first'), undefined);
  t.equal(isoDay('2019-02-30', 'first'), undefined, 'no such day');
  t.equal(isoDay('spring', 'last'), undefined);
  t.equal(isoDay('2016', 'first'), '2016-01-01');
  t.equal(isoDay('2016', 'last'), '2016-12-31');
  t.equal(isoDay('2020-02', 'last'), '2020-02-29', 'leap year');
  t.equal(isoDay('2021-01-05', 'last'), '2021-01-05');
});

t.test(
  'GEXF: dynamic mode, typed attributes for kind, valence, strength, confidence and dates, intervals per edge',
  async (t) => {
    const { dataset } = await loadDatasetFile(MINI);
    const gexf = exportText(dataset, 'gexf');
    t.match(gexf, /<graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">/);
    for (const [field, type] of [
      ['kind', 'string'],
      ['valence', 'string'],
      ['strength', 'double'],
      ['confidence', 'double'],
      ['start', 'string'],
      ['end', 'string'],
      ['point', 'string'],
      ['ongoing', 'boolean'],
    ]) {
      t.match(
        gexf,
        new RegExp(`<attribute id="${field}" title="${field}" type="${type}"/>`),
        `${field} declared as ${type}`,
      );
    }
    const edge = (id: string) => new RegExp(`<edge id="${id}"[^>]*>`).exec(gexf)?.[0] ?? '';
    // Hand-worked from the fixture: a point date "2021-01" covers the whole of January 2021.
    t.match(edge('russia-kazakhstan-arms-transfer'), /start="2021-01-01" end="2021-01-31"/);
    const undated = dataset.relations.find(
      (relation) => !relation.dates?.start && !relation.dates?.point && !relation.dates?.end,
    );
    if (undated) t.notMatch(edge(undated.id), /start=|end=/, 'no dates, no interval');
    const undirected = dataset.relations.find((relation) => relation.kind === 'strategic-partnership')!;
    t.match(edge(undirected.id), /type="undirected"/);
    t.match(
      gexf,
      /<node id="kazakhstan" label="Kazakhstan" start="1991-12-16">/,
      'a node spans from its existence start',
    );
  },
);

t.test('GraphML: directed="true" only on directed kinds, dataset metadata as graph data', async (t) => {
  const { dataset } = await loadDatasetFile(MINI);
  const graphml = exportText(dataset, 'graphml');
  t.match(graphml, new RegExp(`<graph id="${dataset.id}" edgedefault="undirected">\\s*<data key="g_title">`));
  t.match(graphml, /<edge id="russia-kazakhstan-arms-transfer"[^>]*directed="true">/);
  t.notMatch(graphml, /<edge id="kazakhstan-china-strategic-partnership"[^>]*directed=/);
});

t.test("graphology JSON is exactly the actor graph's export() and Graph.from reads it", async (t) => {
  const { dataset } = await loadDatasetFile(ARTICLE);
  const serialised = JSON.parse(exportText(dataset, 'graphology'));
  const graph = buildActorGraph(dataset);
  graph.mergeAttributes({ schemaVersion: dataset.schemaVersion, description: dataset.description } as never);
  t.same(serialised, JSON.parse(JSON.stringify(graph.export())));
  const back = Graph.from(serialised);
  t.equal(back.order, dataset.actors.length);
  t.equal(back.size, dataset.relations.length);
  t.equal(back.type, 'mixed');
});

t.test('third-party readers (graphology-gexf, graphology-graphml) read our files with typed attributes', async (t) => {
  const { dataset } = await loadDatasetFile(ARTICLE);
  for (const [format, parse] of [
    ['gexf', parseGexf],
    ['graphml', parseGraphml],
  ] as const) {
    const graph = parse(Graph, exportText(dataset, format));
    t.equal(graph.order, dataset.actors.length, `${format}: every actor`);
    t.equal(graph.size, dataset.relations.length, `${format}: every relation`);
    const relation = dataset.relations[0]!;
    const attributes = graph.getEdgeAttributes(relation.id);
    t.equal(attributes.kind, relation.kind, `${format}: kind`);
    t.equal(attributes.strength, relation.strength, `${format}: strength is a number`);
    t.equal(attributes.confidence, relation.confidence, `${format}: confidence is a number`);
    t.equal(graph.isDirected(relation.id), RELATION_KINDS[relation.kind].directed, `${format}: direction`);
  }
});

t.test('ValueSharer: leaves non-strings alone, shares equal strings and single evidence lists', async (t) => {
  const sharer = new ValueSharer();
  t.equal(sharer.string(5), 5);
  t.equal(sharer.string(undefined), undefined);
  const a = { kind: 'rivalry', source: 'x', evidence: [{ source: 's', quote: 'q' }] };
  const b = { kind: ['riv', 'alry'].join(''), source: 'x', evidence: [{ source: 's', quote: 'q' }] };
  const c = { evidence: [{ source: 's', quote: 'q', start: 3 }] };
  const d = { evidence: 'not a list' };
  for (const relation of [a, b, c, d]) sharer.relation(relation);
  t.equal(b.evidence, a.evidence, 'same quote and source: one list');
  t.not(c.evidence, a.evidence, 'another offset: its own list');
  t.equal(d.evidence, 'not a list');
  t.equal(b.kind, 'rivalry');
});
