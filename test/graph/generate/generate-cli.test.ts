// Tests for graph/generate/generate-cli.ts: usage errors, and a generated file the loader accepts (source text and quotes included).
import t from 'tap';
import { join } from 'node:path';
import { runGenerate } from '../../../graph/generate/generate-cli.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';

t.test('bad arguments print the usage and exit 2', async (t) => {
  for (const argv of [
    [],
    ['--actors', '10', '--relations', '20'],
    ['--actors', 'ten', '--relations', '20', '--out', 'x.json'],
    ['--actors', '10', '--relations', '3', '--out', 'x.json'],
    ['--bogus'],
  ]) {
    const lines: string[] = [];
    t.equal(await runGenerate(argv, (line) => lines.push(line)), 2, argv.join(' '));
    t.match(lines.join('\n'), /usage: npm run generate/);
  }
});

t.test('an unwritable output is exit 1 with the reason', async (t) => {
  const dir = t.testdir({ blocker: 'a file, not a folder' });
  const lines: string[] = [];
  t.equal(
    await runGenerate(['--actors', '5', '--relations', '8', '--out', join(dir, 'blocker', 'x.json')], (line) =>
      lines.push(line),
    ),
    1,
  );
  t.match(lines[0], /cannot write/);
});

t.test('the file it writes loads cleanly with the asked sizes, and the same seed writes the same data', async (t) => {
  const dir = t.testdir();
  const out = join(dir, 'nested', 'synthetic.json');
  t.equal(await runGenerate(['--actors', '60', '--relations', '150', '--out', out, '--seed', '7'], () => undefined), 0);
  const { dataset, graph, texts } = await loadDatasetFile(out);
  t.equal(graph.order, 60);
  t.equal(graph.size, 150);
  t.ok(texts.get(dataset.sources[0]!.id)!.length > 0, 'the source text was written beside it');
  const again = join(dir, 'again.json');
  t.equal(
    await runGenerate(['--actors', '60', '--relations', '150', '--out', again, '--seed', '7'], () => undefined),
    0,
  );
  t.same((await loadDatasetFile(again)).dataset, dataset);
});
