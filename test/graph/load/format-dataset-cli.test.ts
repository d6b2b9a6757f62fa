// Tests for graph/load/format-dataset-cli.ts: --check lists files not canonical; formatting rewrites only valid files.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { formatDatasetFiles } from '../../../graph/load/format-dataset-cli.js';
import { MINI_FILE, MINI_FOLDER } from './mini-fixture.js';

/** A temporary copy of the mini fixture (dataset and source text); returns the dataset path. */
function copyMini(t: Test, json?: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'format-'));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  copyFileSync(join(MINI_FOLDER, 'source.txt'), join(folder, 'source.txt'));
  const file = join(folder, 'dataset.json');
  writeFileSync(file, json ?? readFileSync(MINI_FILE, 'utf8'));
  return file;
}

t.test('an invalid file is reported and never rewritten', async (t) => {
  const bad = readFileSync(MINI_FILE, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 9');
  const file = copyMini(t, bad);
  const lines: string[] = [];
  t.equal(await formatDatasetFiles([file], (line) => lines.push(line)), 1);
  t.equal(readFileSync(file, 'utf8'), bad);
  t.match(lines.join('\n'), `${file}:/schemaVersion:`);
});

t.test('--check passes a canonical file and lists one that is not', async (t) => {
  const good = copyMini(t);
  const compact = copyMini(t, JSON.stringify(JSON.parse(readFileSync(MINI_FILE, 'utf8'))));
  const lines: string[] = [];
  t.equal(await formatDatasetFiles(['--check', good], (line) => lines.push(line)), 0);
  t.same(lines, []);
  t.equal(await formatDatasetFiles(['--check', good, compact], (line) => lines.push(line)), 1);
  t.equal(lines.length, 1);
  t.match(lines[0], compact);
  t.not(readFileSync(compact, 'utf8'), readFileSync(MINI_FILE, 'utf8'), '--check does not rewrite');
});

t.test('without --check a valid file is rewritten canonically', async (t) => {
  const compact = copyMini(t, JSON.stringify(JSON.parse(readFileSync(MINI_FILE, 'utf8'))));
  t.equal(await formatDatasetFiles([compact], () => {}), 0);
  t.equal(readFileSync(compact, 'utf8'), readFileSync(MINI_FILE, 'utf8'));
});
