// The import and export commands: usage errors, nothing written on a refused import, files that load, progress lines.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import t from 'tap';
import { runExport } from '../../../graph/interop/cli/export-cli.js';
import { runImport } from '../../../graph/interop/cli/import-cli.js';
import { progressPrinter } from '../../../graph/interop/cli/progress.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { ANALYST, MINI, tempFolder } from './helpers.js';

const MAP =
  'source=From,target=To,kind=Type,valence=Sign,strength=Weight,confidence=Certainty,start=Year,evidenceQuote=Quote,node.kind=Category';

t.test('usage errors exit 2 without touching anything', async (t) => {
  const lines: string[] = [];
  t.equal(await runImport([], (line) => lines.push(line)), 2);
  t.equal(
    await runImport(['x.pdf', '--out', 'y.json'], (line) => lines.push(line)),
    2,
    'unknown extension and no --format',
  );
  t.equal(await runImport(['--bogus'], (line) => lines.push(line)), 2);
  t.equal(await runExport(['--format', 'pdf'], (line) => lines.push(line)), 2);
  t.equal(
    await runExport(['--format', 'gexf', '--part', 'nodes'], (line) => lines.push(line)),
    2,
    '--part is for csv only',
  );
  t.match(lines.join('\n'), /usage: npm run import/);
});

t.test('a refused import writes nothing and prints every issue with file:line', async (t) => {
  const { folder, write } = tempFolder(t);
  copyFileSync(join(ANALYST, 'source.txt'), join(folder, 'source.txt'));
  const edges = write(
    'edges.csv',
    `${readFileSync(join(ANALYST, 'edges.csv'), 'utf8')}kazakhstan,china,alliance,,2,,2013,x\n`,
  );
  const lines: string[] = [];
  const out = join(folder, 'out.json');
  const code = await runImport(
    [
      edges,
      '--out',
      out,
      '--nodes',
      join(ANALYST, 'nodes.csv'),
      '--sources',
      join(ANALYST, 'sources.csv'),
      '--map',
      MAP,
      '--id',
      'analyst',
    ],
    (line) => lines.push(line),
  );
  t.equal(code, 1);
  t.notOk(existsSync(out), 'no dataset written');
  t.same(readdirSync(folder).sort(), ['edges.csv', 'source.txt'], 'no temporary file left either');
  t.match(lines.join('\n'), /edges\.csv:5 field "Type": unknown relation kind/);
  t.match(lines.join('\n'), /edges\.csv:5 field "Weight": 2 is out of range/);
});

t.test('a good import writes a canonical dataset the loader accepts; export writes each format', async (t) => {
  const { folder } = tempFolder(t);
  copyFileSync(join(ANALYST, 'source.txt'), join(folder, 'source.txt'));
  const out = join(folder, 'analyst.json');
  const lines: string[] = [];
  const code = await runImport(
    [
      join(ANALYST, 'edges.csv'),
      '--out',
      out,
      '--nodes',
      join(ANALYST, 'nodes.csv'),
      '--sources',
      join(ANALYST, 'sources.csv'),
      '--mapping',
      join(ANALYST, 'mapping.json'),
      '--title',
      'Analyst',
    ],
    (line) => lines.push(line),
  );
  t.equal(code, 0, 'exit 0');
  const loaded = await loadDatasetFile(out);
  t.equal(loaded.dataset.relations.length, 3);
  t.equal(loaded.dataset.id, 'analyst', 'the id defaults to the output file name');
  t.match(lines.join('\n'), /4 actors, 3 relations/);

  const gexf = join(folder, 'analyst.gexf');
  t.equal(await runExport(['--format', 'gexf', '--data', out, '--out', gexf], () => {}), 0);
  t.match(readFileSync(gexf, 'utf8'), /mode="dynamic"[^]*start="2013-01-01"/);
  const roundTrip = join(folder, 'again.json');
  t.equal(await runImport([gexf, '--out', roundTrip], () => {}), 0, 'the GEXF imports back');
  t.equal(readFileSync(roundTrip, 'utf8'), readFileSync(out, 'utf8'), 'byte for byte');

  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  t.equal(await runExport(['--format', 'csv', '--part', 'nodes', '--data', MINI], () => {}, stdout), 0);
  t.match(text, /^id,name,kind,aliases/);
  const broken = join(folder, 'broken.json');
  writeFileSync(broken, '{');
  t.equal(await runExport(['--format', 'json', '--data', broken], () => {}), 1, 'a bad dataset is refused');
  const errors: string[] = [];
  t.equal(
    await runExport(['--format', 'json', '--data', MINI, '--out', join(folder, 'missing', 'dir', 'x.json')], (line) =>
      errors.push(line),
    ),
    1,
  );
  t.match(errors[0], /^cannot write .*x\.json: ENOENT/, 'an unwritable --out is one line');
  mkdirSync(join(folder, 'taken', 'inside'), { recursive: true }); // an --out that is a non-empty folder cannot be replaced
  t.equal(await runImport([gexf, '--out', join(folder, 'taken')], (line) => errors.push(line)), 1);
  t.match(errors[1], /^cannot import into /);
});

t.test('progress lines: only for large files, at most one a second, and always the last', async (t) => {
  const lines: string[] = [];
  let clock = 0;
  const report = progressPrinter(
    (line) => lines.push(line),
    () => clock,
  );
  report('small.csv', 10, 100, 5);
  t.same(lines, [], 'small files are quiet');
  const big = 100 * 1024 * 1024;
  clock = 5_000;
  report('big.csv', big / 4, big, 250_000);
  clock = 5_500;
  report('big.csv', big / 2, big, 500_000);
  report('big.csv', big, big, 1_000_000);
  t.same(lines, ['big.csv: 25% (250,000 rows)', 'big.csv: 100% (1,000,000 rows)']);
});
