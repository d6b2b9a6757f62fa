// CSV import: column mapping and defaults on an analyst's files, and malformed files refused with file, line and field.
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { importDataset } from '../../../graph/interop/formats/import-dataset.js';
import { ImportError } from '../../../graph/interop/import-issues.js';
import { applyMapOption, applyMappingFile, emptyMapping } from '../../../graph/interop/mapping.js';
import { PLACEHOLDER_QUOTE } from '../../../graph/interop/record-evidence.js';
import { ANALYST, analystMapping, importIssues, tempFolder, textsIn } from './helpers.js';

const NODES = 'Id,Label,Category\nkazakhstan,Kazakhstan,state\nchina,China,state\nrussia,Russia,state\n';
const HEADER = 'From,To,Type,Sign,Weight,Certainty,Year,Quote\n';
const GOOD_ROW =
  'kazakhstan,china,strategic-partnership,cooperative,0.8,0.9,2013,Kazakhstan and China have deepened their strategic partnership since 2013\n';

/** Writes the analyst's nodes and sources plus these edges in a temp folder, and imports them with the analyst mapping. */
async function issuesFor(t: Test, edges: string, extra: Record<string, unknown> = {}) {
  const { write, folder } = tempFolder(t);
  write('source.txt', (await import('node:fs')).readFileSync(join(ANALYST, 'source.txt'), 'utf8'));
  const sources = write('sources.csv', (await import('node:fs')).readFileSync(join(ANALYST, 'sources.csv'), 'utf8'));
  const file = write('edges.csv', edges);
  const nodes = write('nodes.csv', NODES);
  return {
    issues: await importIssues(t, {
      format: 'csv',
      file,
      nodes,
      sources,
      mapping: analystMapping(),
      meta: { id: 'test' },
      readText: textsIn(folder),
      ...extra,
    }),
    file,
  };
}

t.test(
  'an edge list without a node list: refused without a node kind, else actors come from the edge ends',
  async (t) => {
    const base = {
      format: 'csv' as const,
      file: join(ANALYST, 'edges.csv'),
      sources: join(ANALYST, 'sources.csv'),
      meta: { id: 'x' },
    };
    const issues = await importIssues(t, { ...base, mapping: analystMapping() });
    t.match(issues, [
      { file: base.file, line: 1, field: 'kind', code: 'MISSING_COLUMN', reason: /--default node\.kind=VALUE/ },
    ]);
    const mapping = applyMapOption(analystMapping(), 'node.kind=state', '--default');
    const { dataset } = await importDataset({ ...base, mapping, readText: textsIn(ANALYST) });
    t.same(
      dataset.actors.map((actor) => [actor.id, actor.name, actor.kind]),
      [
        ['kazakhstan', 'kazakhstan', 'state'],
        ['china', 'china', 'state'],
        ['russia', 'russia', 'state'],
      ],
      'each end once, in order of first mention',
    );
    const unknown = await importIssues(t, {
      ...base,
      mapping: applyMapOption(analystMapping(), 'node.kind=planet', '--default'),
    });
    t.match(unknown[0], {
      file: base.file,
      line: 2,
      code: 'UNKNOWN_KIND',
      origin: { element: 'actor "kazakhstan" (first named here)' },
    });
  },
);

t.test('the analyst files import through the mapping, with the documented defaults', async (t) => {
  const result = await importDataset({
    format: 'csv',
    file: join(ANALYST, 'edges.csv'),
    nodes: join(ANALYST, 'nodes.csv'),
    sources: join(ANALYST, 'sources.csv'),
    mapping: analystMapping(),
    meta: { id: 'analyst', title: 'Analyst import' },
    readText: textsIn(ANALYST),
  });
  const { dataset } = result;
  t.equal(dataset.id, 'analyst');
  t.same(
    dataset.actors.map((actor) => [actor.id, actor.name, actor.kind]),
    [
      ['kazakhstan', 'Kazakhstan', 'state'],
      ['china', 'China', 'state'],
      ['russia', 'Russia', 'state'],
      ['kazmunaygas', 'KazMunayGas', 'firm'],
    ],
    'names from Label (the label fallback), kinds from Category',
  );
  const [first, second, third] = dataset.relations;
  t.same(
    first,
    {
      id: 'rel-1',
      kind: 'strategic-partnership',
      source: 'kazakhstan',
      target: 'china',
      valence: 'cooperative',
      strength: 0.8,
      strengthBasis: 'rubric',
      strengthNote: 'as given in the input\'s "Weight" column',
      confidence: 0.9,
      stance: 'asserted',
      dates: { start: '2013' },
      evidence: [
        {
          source: 'caspian-energy-notes-12',
          quote: 'Kazakhstan and China have deepened their strategic partnership since 2013',
        },
      ],
    },
    'every mapped column read; evidence cites the only source',
  );
  // arms-transfer scores 8.3 on the scale (vocabulary): default strength 0.83, valence cooperative (its only one).
  t.equal(second?.strength, 0.83);
  t.equal(second?.strengthBasis, 'scale');
  t.equal(second?.valence, 'cooperative');
  t.equal(third?.confidence, 1, 'confidence defaults to 1');
  const { write } = tempFolder(t);
  const { dataset: based } = await importDataset({
    format: 'csv',
    file: write('e.csv', 'source,target,kind,evidenceQuote\nkazmunaygas,kazakhstan,based-in,KazMunayGas\n'),
    nodes: join(ANALYST, 'nodes.csv'),
    sources: join(ANALYST, 'sources.csv'),
    mapping: applyMapOption(emptyMapping(), 'node.kind=Category', '--map'),
    meta: { id: 's' },
    readText: textsIn(ANALYST),
  });
  t.match(
    based.relations[0],
    { strength: 1, strengthBasis: 'rubric', valence: 'neutral' },
    'a structural fact defaults to 1, as the dataset rules say',
  );
  t.equal(third?.valence, 'cooperative', 'diplomatic relations: the first of its valences');
});

t.test('--map and --default options: unknown fields and malformed pairs are refused', async (t) => {
  t.throws(() => applyMapOption(emptyMapping(), 'colour=Hue', '--map'), ImportError);
  t.throws(() => applyMapOption(emptyMapping(), 'kind', '--map'), ImportError);
  const mapping = applyMapOption(
    applyMapOption(emptyMapping(), 'kind=Type, node.name=Label', '--map'),
    'confidence=0.4,node.kind=firm,directed=true',
    '--default',
  );
  t.same(mapping.edges, { columns: { kind: 'Type' }, defaults: { confidence: 0.4, directed: true } });
  t.same(mapping.nodes, { columns: { name: 'Label' }, defaults: { kind: 'firm' } });
  for (const bad of [
    { edges: { kind: 3 } },
    { colours: {} },
    { edges: { colour: 'Hue' } },
    { defaults: { edges: { confidence: [1] } } },
    null,
  ]) {
    const error = t.throws(() => applyMappingFile(emptyMapping(), bad, 'mapping.json')) as unknown as ImportError;
    t.type(error, ImportError);
    t.equal(error.issues[0]?.file, 'mapping.json', `${JSON.stringify(bad)} names the mapping file`);
  }
});

t.test('bad CSV quoting: the file, the line where the quoted field starts, and its column', async (t) => {
  const { issues, file } = await issuesFor(
    t,
    `${HEADER}${GOOD_ROW}kazakhstan,russia,tension,hostile,0.3,0.5,2014,"an unterminated quote\n`,
  );
  t.equal(issues.length, 1);
  t.match(issues[0], { file, line: 3, field: 'Quote', code: 'MALFORMED_FILE' });
});

t.test('line numbers count line breaks inside quoted fields and blank lines', async (t) => {
  const multiline = 'kazakhstan,china,rivalry,hostile,0.5,0.5,2014,"first line\nsecond line"\n';
  const { issues } = await issuesFor(t, `${HEADER}${multiline}\nkazakhstan,china,alliance,,0.5,0.5,2014,x\n`);
  const kind = issues.find((issue) => issue.code === 'UNKNOWN_KIND');
  t.match(kind, { line: 5, field: 'Type' }, 'header 1, row 2-3, blank 4, row 5');
});

t.test('a missing column is named once, at the header line', async (t) => {
  const { issues, file } = await issuesFor(
    t,
    'From,To,Sign,Weight,Certainty,Year,Quote\nkazakhstan,china,cooperative,0.5,0.5,2013,x\n',
  );
  t.same(
    issues.map((issue) => [issue.file, issue.line, issue.field, issue.code]),
    [[file, 1, 'Type', 'MISSING_COLUMN']],
    'the mapped column Type is absent',
  );
});

t.test('an unknown kind and a strength out of range name their line and column', async (t) => {
  const { issues, file } = await issuesFor(
    t,
    `${HEADER}${GOOD_ROW}kazakhstan,china,alliance,cooperative,0.5,0.9,2013,Kazakhstan and China\nrussia,china,competition,hostile,1.5,0.9,2013,Kazakhstan and China\n`,
  );
  t.match(
    issues.find((issue) => issue.code === 'UNKNOWN_KIND'),
    { file, line: 3, field: 'Type' },
  );
  t.match(
    issues.find((issue) => issue.code === 'OUT_OF_RANGE'),
    { file, line: 4, field: 'Weight' },
  );
  t.match(
    String(issues.find((issue) => issue.code === 'OUT_OF_RANGE')),
    /edges\.csv:4 field "Weight": 1\.5 is out of range/,
  );
});

t.test('unknown actors, quotes not in the source, wrong field counts and bad numbers are located too', async (t) => {
  const { issues } = await issuesFor(
    t,
    `${HEADER}atlantis,china,rivalry,hostile,0.5,0.5,2013,Kazakhstan and China\nkazakhstan,china,rivalry,hostile,0.5,0.5,2013,not in the text\nkazakhstan,china\nkazakhstan,china,rivalry,hostile,lots,0.5,2013,Kazakhstan and China\n`,
  );
  t.match(
    issues.find((issue) => issue.code === 'INVALID_ROW'),
    { line: 4 },
  );
  // Conversion problems stop the import before the dataset checks; fix the row count to see them.
  const second = await issuesFor(
    t,
    `${HEADER}atlantis,china,rivalry,hostile,0.5,0.5,2013,Kazakhstan and China\nkazakhstan,china,rivalry,hostile,0.5,0.5,2013,not in the text\nkazakhstan,china,rivalry,hostile,lots,0.5,2013,Kazakhstan and China\n`,
  );
  t.match(
    second.issues.find((issue) => issue.code === 'UNKNOWN_ACTOR'),
    { line: 2, field: 'From' },
  );
  t.match(
    second.issues.find((issue) => issue.code === 'QUOTE_NOT_FOUND'),
    { line: 3, field: 'Quote' },
  );
  t.match(
    second.issues.find((issue) => issue.field === 'Weight'),
    { line: 4 },
  );
});

t.test('evidence is required: an empty quote is refused unless a placeholder source is named', async (t) => {
  const edges = `${HEADER}${GOOD_ROW}russia,kazakhstan,arms-transfer,,,0.5,2021,\n`;
  const { issues } = await issuesFor(t, edges);
  t.match(issues, [{ line: 3, field: 'Quote', code: 'MISSING_EVIDENCE' }]);
  const noColumn = await issuesFor(t, 'From,To,Type\nrussia,kazakhstan,arms-transfer\n', {
    mapping: applyMapOption(emptyMapping(), 'source=From,target=To,kind=Type,node.kind=Category', '--map'),
  });
  t.match(noColumn.issues, [{ line: 1, field: 'evidenceQuote', code: 'MISSING_COLUMN' }]);

  const { write, folder } = tempFolder(t);
  const result = await importDataset({
    format: 'csv',
    file: write('edges.csv', 'From,To,Type\nrussia,kazakhstan,arms-transfer\n'),
    nodes: write('nodes.csv', NODES),
    mapping: applyMapOption(emptyMapping(), 'source=From,target=To,kind=Type,node.kind=Category', '--map'),
    placeholderSource: 'unsourced',
    meta: { id: 'placeholder' },
    readText: textsIn(folder),
  });
  t.same(result.dataset.relations[0]?.evidence, [{ source: 'unsourced', quote: PLACEHOLDER_QUOTE }]);
  t.match(result.dataset.sources, [{ id: 'unsourced', title: /PLACEHOLDER/, path: 'sources/unsourced.txt' }]);
  t.equal(result.placeholder?.text, `${PLACEHOLDER_QUOTE}\n`);
});

t.test('an empty file and a file that does not exist are refused with the file named', async (t) => {
  const { write } = tempFolder(t);
  const empty = write('empty.csv', '');
  const issues = await importIssues(t, { format: 'csv', file: empty, nodes: empty, meta: { id: 'x' } });
  t.match(issues[0], { file: empty, line: 1, code: 'MALFORMED_FILE' });
  const missing = await importIssues(t, {
    format: 'csv',
    file: '/nonexistent/edges.csv',
    nodes: '/nonexistent/nodes.csv',
  });
  t.match(missing[0], { file: '/nonexistent/nodes.csv', code: 'MALFORMED_FILE' });
});

t.test(
  'semicolon and tab separated files with CRLF line ends: the delimiter is detected and lines still count',
  async (t) => {
    for (const delimiter of [';', '\t']) {
      const rows = [HEADER, GOOD_ROW, 'kazakhstan,china,alliance,cooperative,0.5,0.9,2013,Kazakhstan and China\n']
        .map((line) => line.trim().split(',').join(delimiter))
        .join('\r\n');
      const { issues } = await issuesFor(t, `${rows}\r\n`);
      t.match(issues, [{ line: 3, field: 'Type', code: 'UNKNOWN_KIND' }], JSON.stringify(delimiter));
    }
  },
);

t.test('a missing column and bad quoting in one file are reported together', async (t) => {
  const { issues } = await issuesFor(
    t,
    'From,To,Sign,Weight,Certainty,Year,Quote\nkazakhstan,china,cooperative,0.5,0.5,2013,"open\n',
  );
  t.same(
    issues.map((issue) => [issue.line, issue.code]),
    [
      [1, 'MISSING_COLUMN'],
      [2, 'MALFORMED_FILE'],
    ],
  );
});
