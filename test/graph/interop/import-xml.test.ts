// GEXF, GraphML and graphology JSON imports: broken files and bad values refused with file, line (or element) and field.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import t, { type Test } from 'tap';
import { exportText } from '../../../graph/interop/formats/export-dataset.js';
import { importDataset } from '../../../graph/interop/formats/import-dataset.js';
import { emptyMapping } from '../../../graph/interop/mapping.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { MINI, importIssues, tempFolder, textsIn } from './helpers.js';

const source = readFileSync(dirname(MINI) + '/source.txt', 'utf8');

/** The mini dataset exported as `format`, with `edit` applied to the text, written beside a copy of its source. */
async function edited(t: Test, format: 'gexf' | 'graphml' | 'graphology', edit: (text: string) => string) {
  const { dataset } = await loadDatasetFile(MINI);
  const { write } = tempFolder(t);
  write('source.txt', source);
  const text = edit(exportText(dataset, format));
  return { file: write(`mini.${format}`, text), text };
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

t.test('broken XML is refused with the file and the line where the parser finds the fault', async (t) => {
  for (const format of ['gexf', 'graphml'] as const) {
    // The first node's closing tag misspelt: the parser stops at that line.
    const { file, text } = await edited(t, format, (xml) => xml.replace('</node>', '</nod>'));
    const issues = await importIssues(t, { format, file });
    t.ok(issues.length >= 1 && issues.length <= 3, `${format}: the first few complaints, not a cascade`);
    t.match(issues[0], { file, line: lineOf(text, '</nod>'), code: 'MALFORMED_FILE', reason: /broken XML/ }, format);
  }
  const { write } = tempFolder(t);
  t.match((await importIssues(t, { format: 'gexf', file: write('x.gexf', 'not xml at all') }))[0], {
    line: 1,
    code: 'MALFORMED_FILE',
    reason: /broken XML/,
  });
  t.match((await importIssues(t, { format: 'gexf', file: write('e.gexf', '') }))[0], {
    code: 'MALFORMED_FILE',
    reason: /root/,
  });
  t.match((await importIssues(t, { format: 'gexf', file: write('y.gexf', '<graphml/>') }))[0], {
    line: 1,
    reason: /expected <gexf>/,
  });
  t.match((await importIssues(t, { format: 'graphml', file: '/nonexistent/z.graphml' }))[0], { reason: /cannot read/ });
});

t.test('GEXF: an unknown kind and a strength out of range name the edge, its line and the attribute', async (t) => {
  const { file, text } = await edited(t, 'gexf', (xml) =>
    xml
      .replace('<attvalue for="kind" value="strategic-partnership"/>', '<attvalue for="kind" value="alliance"/>')
      .replace(/(<edge id="russia-kazakhstan-arms-transfer"[^]*?<attvalue for="strength" value=")0\.7"/, '$11.7"'),
  );
  const issues = await importIssues(t, { format: 'gexf', file });
  t.match(
    issues.find((issue) => issue.code === 'UNKNOWN_KIND'),
    {
      file,
      line: lineOf(text, '<edge id="kazakhstan-china-strategic-partnership"'),
      field: 'kind',
      origin: { element: 'edge "kazakhstan-china-strategic-partnership"' },
    },
  );
  t.match(
    issues.find((issue) => issue.code === 'OUT_OF_RANGE'),
    { line: lineOf(text, '<edge id="russia-kazakhstan-arms-transfer"'), field: 'strength' },
  );
});

t.test('GraphML: a repeated node id and an edge to an unknown node are located', async (t) => {
  const duplicate = await edited(t, 'graphml', (xml) => xml.replace('<node id="russia">', '<node id="china">'));
  t.match(await importIssues(t, { format: 'graphml', file: duplicate.file }), [
    {
      code: 'DUPLICATE_ID',
      field: 'id',
      line: lineOf(duplicate.text, '<node id="china">\n      <data key="n_name">Russia'),
      reason: /already used at .*mini\.graphml:\d+/,
    },
  ]);
  const unknown = await edited(t, 'graphml', (xml) =>
    xml.replace('source="russia" target="kazakhstan"', 'source="atlantis" target="kazakhstan"'),
  );
  const issues = await importIssues(t, { format: 'graphml', file: unknown.file });
  t.match(
    issues.find((issue) => issue.code === 'UNKNOWN_ACTOR'),
    { field: 'source', line: lineOf(unknown.text, 'source="atlantis"') },
  );
});

t.test('graphology JSON: broken JSON names its line; bad values name the element', async (t) => {
  const broken = await edited(t, 'graphology', (json) => json.replace('"nodes":[', '"nodes":[,'));
  t.match(await importIssues(t, { format: 'graphology', file: broken.file }), [{ line: 1, code: 'MALFORMED_FILE' }]);
  const wrongShape = await edited(t, 'graphology', () => '{"nodes": 3}');
  t.match((await importIssues(t, { format: 'graphology', file: wrongShape.file }))[0], {
    code: 'MALFORMED_FILE',
    reason: /graphology/,
  });
  const bad = await edited(t, 'graphology', (json) => json.replace('"confidence":0.5', '"confidence":-1'));
  t.match(await importIssues(t, { format: 'graphology', file: bad.file }), [
    {
      code: 'OUT_OF_RANGE',
      field: 'confidence',
      origin: { element: /^edges\[\d+\] "russia-kazakhstan-arms-transfer"$/ },
    },
  ]);
});

t.test('a third-party GEXF: labels become names, dynamic start/end become dates, defaults fill the rest', async (t) => {
  const { write, folder } = tempFolder(t);
  write('source.txt', 'Alpha arms Beta.');
  const gexf = `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
    <attributes class="edge"><attribute id="0" title="kind" type="string"/><attribute id="1" title="quote" type="string"/></attributes>
    <nodes>
      <node id="alpha" label="Alpha"><attvalues><attvalue for="0" value="state"/></attvalues></node>
      <node id="beta" label="Beta"><attvalues><attvalue for="0" value="state"/></attvalues></node>
    </nodes>
    <edges>
      <edge source="alpha" target="beta" start="2001-02-03" end="2004"><attvalues><attvalue for="0" value="arms-transfer"/><attvalue for="1" value="Alpha arms Beta."/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
  const mapping = emptyMapping();
  mapping.edges.columns.evidenceQuote = 'quote';
  mapping.edges.defaults.evidenceSource = 'notes';
  const sources = [{ id: 'notes', title: 'Notes', author: '', publisher: '', published: '2024', path: 'source.txt' }];
  const file = write(
    'other.gexf',
    gexf.replace(
      '<graph',
      `<meta><dataset>${JSON.stringify({ id: 'other', sources }).replace(/"/g, '&quot;')}</dataset></meta>\n  <graph`,
    ),
  );
  const { dataset } = await importDataset({ format: 'gexf', file, mapping, readText: textsIn(folder) });
  t.equal(dataset.id, 'other');
  t.same(
    dataset.actors.map((actor) => actor.name),
    ['Alpha', 'Beta'],
  );
  t.match(dataset.relations[0], {
    id: 'rel-1',
    kind: 'arms-transfer',
    dates: { start: '2001-02-03', end: '2004' },
    evidence: [{ source: 'notes', quote: 'Alpha arms Beta.' }],
  });
});
