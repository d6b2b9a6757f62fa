// Tests for graph/load/load-dataset.ts: bad documents refused with every issue listed; a valid one becomes a mixed multigraph.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import {
  DatasetLoadError,
  InvalidJson,
  MESSAGE_ISSUES,
  MissingSourceText,
  OutOfRange,
  SchemaViolation,
  UnknownActor,
  UnknownKind,
  UnreadableDataset,
  WrongSchemaVersion,
} from '../../../graph/load/dataset-issues.js';
import { loadDatasetFile, parseDataset } from '../../../graph/load/load-dataset.js';
import { GraphError } from '../../../graph/errors.js';
import { MINI_FILE, MINI_FOLDER, MINI_TEXT, indexOf, issuesOf, miniDocument, readMiniText } from './mini-fixture.js';

t.test('invalid JSON is refused with the line and column of the first error', async (t) => {
  // Positions worked out by hand: line 3 is `  "id": x,` and the x is its 9th character.
  const cases: Array<[string, number, number]> = [
    ['{\n  "schemaVersion": 1,\n  "id": x,\n}', 3, 9],
    ['{\n  "schemaVersion": 1,\n}', 3, 1],
    ['{\n  "schemaVersion": 1', 2, 21], // truncated: the error is just past the last character
    ['', 1, 1],
    ['{"a": "tab\there"}', 1, 11],
  ];
  for (const [json, line, column] of cases) {
    const issues = issuesOf(json);
    t.equal(issues.length, 1, JSON.stringify(json));
    const issue = issues[0];
    t.ok(issue instanceof InvalidJson);
    if (!(issue instanceof InvalidJson)) continue;
    t.same([issue.line, issue.column], [line, column], JSON.stringify(json));
    t.equal(issue.file, 'mini.json');
    t.match(issue.toString(), `mini.json:${line}:${column}: `);
  }
});

t.test('a document that is not an object, or a dataset missing its sections, is refused by the schema', async (t) => {
  t.ok(issuesOf('[]')[0] instanceof SchemaViolation);
  t.ok(issuesOf('null')[0] instanceof SchemaViolation);
  const issues = issuesOf('{"schemaVersion": 1, "id": "x", "title": "T"}');
  t.same(issues.map((issue) => issue.path).sort(), ['/actors', '/relations', '/sources']);
});

t.test('several errors at once are all listed, each with its file, path and class', async (t) => {
  const doc = miniDocument();
  const arms = indexOf(doc, 'relations', 'russia-kazakhstan-arms-transfer');
  const pipeline = indexOf(doc, 'relations', 'pipeline-passes-through-kazakhstan');
  doc.schemaVersion = 3;
  doc.relations[arms].strength = 7;
  doc.relations[pipeline].kind = 'runs-through';
  doc.relations[pipeline].target = 'kazakstan';
  doc.actors[indexOf(doc, 'actors', 'kazmunaygas')].country = 'kazakstan';
  let error: unknown;
  try {
    parseDataset(JSON.stringify(doc), 'several.json', () => undefined);
  } catch (caught) {
    error = caught;
  }
  t.ok(error instanceof DatasetLoadError && error instanceof GraphError, 'one DatasetLoadError, a GraphError');
  if (!(error instanceof DatasetLoadError)) return;
  t.equal(error.code, 'INVALID_DATASET');
  const found = error.issues.map((issue) => [issue.name, issue.path]).sort();
  const expected = [
    [WrongSchemaVersion.name, '/schemaVersion'],
    [OutOfRange.name, `/relations/${arms}/strength`],
    [UnknownKind.name, `/relations/${pipeline}/kind`],
    [UnknownActor.name, `/actors/${indexOf(doc, 'actors', 'kazmunaygas')}/country`],
    [MissingSourceText.name, '/sources/0/path'],
  ].sort();
  t.same(found, expected, 'schema issues and semantic issues of valid elements together');
  for (const issue of error.issues) {
    t.equal(issue.file, 'several.json');
    t.ok(error.message.includes(`several.json:${issue.path}: ${issue.reason}`), `message lists ${issue.path}`);
  }
});

t.test('a valid dataset loads into a mixed multigraph keyed by relation id', async (t) => {
  const loaded = parseDataset(readFileSync(MINI_FILE, 'utf8'), MINI_FILE, readMiniText);
  const { graph, dataset } = loaded;
  t.equal(graph.order, 6);
  t.equal(graph.size, 9);
  // Directions read off the vocabulary by hand: arms transfer, energy supply and structural kinds are directed.
  const directed = [
    'kazmunaygas-based-in-kazakhstan',
    'kazmunaygas-china-energy-supply',
    'pipeline-passes-through-kazakhstan',
    'russia-china-threat-perception',
    'russia-kazakhstan-arms-transfer',
    'kazakhstan-located-in-central-asia',
  ];
  const undirected = [
    'kazakhstan-china-strategic-partnership',
    'russia-china-competition',
    'kazakhstan-russia-diplomatic-relations',
  ];
  t.same(graph.directedEdges().sort(), directed.sort());
  t.same(graph.undirectedEdges().sort(), undirected.sort());
  t.equal(graph.source('russia-kazakhstan-arms-transfer'), 'russia', 'supplier is the source');
  t.equal(graph.target('russia-kazakhstan-arms-transfer'), 'kazakhstan', 'recipient is the target');
  t.equal(graph.getEdgeAttribute('russia-kazakhstan-arms-transfer', 'confidence'), 0.5);
  t.equal(graph.getNodeAttribute('kazmunaygas', 'kind'), 'firm');
  t.equal(graph.edges('russia', 'china').length, 2, 'a pair may hold several relations');
  t.same(graph.getAttributes(), { id: 'mini', title: dataset.title, sources: dataset.sources });
  t.equal(loaded.texts.get('caspian-energy-notes-12'), MINI_TEXT);
});

t.test('loadDatasetFile refuses a missing file with a typed issue', async (t) => {
  const error = await loadDatasetFile(join(MINI_FOLDER, 'no-such-file.json')).catch((caught: unknown) => caught);
  t.ok(error instanceof DatasetLoadError);
  t.ok((error as DatasetLoadError).issues[0] instanceof UnreadableDataset);
});

t.test('loadDatasetFile resolves source paths against the dataset file and reads their text', async (t) => {
  const loaded = await loadDatasetFile(MINI_FILE);
  t.equal(loaded.file, MINI_FILE);
  t.equal(loaded.graph.size, loaded.dataset.relations.length);
  t.equal(loaded.texts.get('caspian-energy-notes-12'), MINI_TEXT);

  const folder = mkdtempSync(join(tmpdir(), 'mini-'));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  copyFileSync(MINI_FILE, join(folder, 'dataset.json'));
  const error = await loadDatasetFile(join(folder, 'dataset.json')).catch((caught: unknown) => caught);
  t.ok(error instanceof DatasetLoadError, 'without its source.txt beside it, the copy is refused');
  const issues = (error as DatasetLoadError).issues;
  t.same(
    issues.map((issue) => [issue.name, issue.path]),
    [[MissingSourceText.name, '/sources/0/path']],
  );
});

t.test(
  'loadDatasetFile: a syntax error deep in the relations is located by line and column; the hash is of the bytes',
  async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'mini-'));
    t.teardown(() => rmSync(folder, { recursive: true, force: true }));
    const text = JSON.stringify(miniDocument(), null, 2);
    const lines = text.split('\n');
    const line = lines.findIndex((entry) => entry.includes('"strength"'));
    t.ok(line > 0, 'the fixture has a relation strength to break');
    const column = lines[line]!.indexOf(':') + 3; // `"strength": 0.5,` → `"strength": x0.5,`
    lines[line] = lines[line]!.replace(': ', ': x');
    writeFileSync(join(folder, 'broken.json'), lines.join('\n'));
    const error = await loadDatasetFile(join(folder, 'broken.json')).catch((caught: unknown) => caught);
    t.ok(error instanceof DatasetLoadError);
    const [issue] = (error as DatasetLoadError).issues;
    t.ok(issue instanceof InvalidJson);
    t.match({ line: (issue as InvalidJson).line, column: (issue as InvalidJson).column }, { line: line + 1, column });

    const copy = join(folder, 'dataset.json');
    copyFileSync(MINI_FILE, copy);
    copyFileSync(join(MINI_FOLDER, 'source.txt'), join(folder, 'source.txt'));
    const fromFile = await loadDatasetFile(copy);
    const fromText = parseDataset(readFileSync(copy, 'utf8'), copy, readMiniText);
    t.equal(fromFile.hash, fromText.hash, 'the same document hashes the same read either way');
    t.strictSame(fromFile.dataset, fromText.dataset);
    writeFileSync(copy, `${readFileSync(copy, 'utf8')}\n`);
    t.not((await loadDatasetFile(copy)).hash, fromFile.hash, 'another byte, another hash');
  },
);

t.test('a refusal with very many issues keeps them all but lists the first hundred in its message', async (t) => {
  const doc = miniDocument();
  const relation = doc.relations[0];
  doc.relations = Array.from({ length: 150_000 }, (_, i) => ({ ...relation, id: `copy-${i}`, source: 'nobody' }));
  const error = (() => {
    try {
      parseDataset(JSON.stringify(doc), 'many.json', readMiniText);
    } catch (caught) {
      return caught;
    }
  })();
  t.ok(error instanceof DatasetLoadError, 'refused, not a RangeError from spreading 150k issues into one call');
  const { issues, message } = error as DatasetLoadError;
  t.ok(issues.length >= 150_000, `${issues.length} issues kept`);
  t.equal(message.split('\n').length, 1 + MESSAGE_ISSUES + 1, 'a header line, the first hundred, and a summary');
  t.match(message, `… and ${issues.length - MESSAGE_ISSUES} more`);
});
