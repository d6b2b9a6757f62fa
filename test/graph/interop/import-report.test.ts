// The import report: printed for every run, written with --report, records in and out, defaults, mappings, warnings with positions.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { runImport } from '../../../graph/interop/cli/import-cli.js';
import type { ImportReportJson } from '../../../graph/interop/import-report.js';
import { ROOT, tempFolder } from './helpers.js';

const DYNAMIC = join(ROOT, 'test/fixtures/interop/tools/gephi-dynamic.gexf');
const DEFAULTS = ['--default', 'node.kind=state,kind=economic-ties', '--placeholder-source', 'unsourced'];

t.test('--dry-run prints and writes the report but no dataset', async (t) => {
  const { folder } = tempFolder(t);
  const out = join(folder, 'dynamic.json');
  const reportFile = join(folder, 'report.json');
  const lines: string[] = [];
  t.equal(
    await runImport([DYNAMIC, '--out', out, ...DEFAULTS, '--dry-run', '--report', reportFile], (line) =>
      lines.push(line),
    ),
    0,
  );
  t.notOk(existsSync(out), 'no dataset written');
  t.notOk(existsSync(join(folder, 'sources/unsourced.txt')), 'nor the placeholder text');
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReportJson;
  t.match(report, {
    format: 'gexf',
    dryRun: true,
    records: { in: { nodes: 3, edges: 4 }, out: { actors: 3, relations: 3, sources: 1 } },
    defaults: { nodes: { kind: 3 }, edges: { kind: 4 } },
  });
  t.notOk('written' in report);
  t.match(report.mappings, [{ what: /actor ids mapped to slugs/, count: 3 }]);
  const selfLoop = report.warnings.find((warning) => warning.code === 'SELF_LOOP');
  t.match(
    selfLoop,
    { count: 1, examples: [{ file: DYNAMIC, line: 77, element: 'edge "3"', detail: /"azerbaijan" to itself/ }] },
    'the warning names the file position',
  );
  const printed = lines.join('\n');
  t.match(printed, /in: {2}3 nodes, 4 edges/);
  t.match(printed, /default node\.kind filled 3 records/);
  t.match(printed, /warning SELF_LOOP ×1/);
  t.match(printed, /gephi-dynamic\.gexf:77 edge "3"/);
  t.match(printed, /dry run, not written/);
});

t.test('a written import reports where; a refused one writes its report with the issues', async (t) => {
  const { folder, write } = tempFolder(t);
  const out = join(folder, 'dynamic.json');
  const reportFile = join(folder, 'report.json');
  t.equal(await runImport([DYNAMIC, '--out', out, ...DEFAULTS, '--report', reportFile], () => {}), 0);
  t.ok(existsSync(out));
  t.equal((JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReportJson).written, out);

  const broken = write(
    'broken.gexf',
    readFileSync(DYNAMIC, 'utf8').replace('source="Russia" target="Azerbaijan"', 'source="Russia" target="Atlantis"'),
  );
  const lines: string[] = [];
  t.equal(
    await runImport([broken, '--out', join(folder, 'broken.json'), ...DEFAULTS, '--report', reportFile], (line) =>
      lines.push(line),
    ),
    1,
  );
  const refused = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReportJson;
  t.match(refused, {
    refused: {
      issues: 1,
      first: [/broken\.gexf:72 edge "2" field "target": target "atlantis" is not a declared actor/],
    },
    records: { in: { edges: 4 } },
  });
  t.notOk(existsSync(join(folder, 'broken.json')));
  t.match(lines.join('\n'), /refused: 1 issue/);
});

t.test('re-running an import into the same file keeps its ids (the output is the earlier import)', async (t) => {
  const { folder, write } = tempFolder(t);
  const out = join(folder, 'dynamic.json');
  t.equal(await runImport([DYNAMIC, '--out', out, ...DEFAULTS], () => {}), 0);
  const renamed = write(
    'renamed.gexf',
    readFileSync(DYNAMIC, 'utf8').replace('label="Kazakhstan"', 'label="Republic of Kazakhstan"'),
  );
  t.equal(await runImport([renamed, '--out', out, ...DEFAULTS], () => {}), 0);
  const dataset = JSON.parse(readFileSync(out, 'utf8')) as { actors: Array<{ id: string; name: string }> };
  t.match(
    dataset.actors.find((actor) => actor.name === 'Republic of Kazakhstan'),
    { id: 'kazakhstan' },
  );
  writeFileSync(join(folder, 'not-a-dataset.json'), '{"x": 1}');
  const lines: string[] = [];
  t.equal(
    await runImport([DYNAMIC, '--out', out, ...DEFAULTS, '--previous', join(folder, 'not-a-dataset.json')], (line) =>
      lines.push(line),
    ),
    1,
  );
  t.match(lines.join('\n'), /cannot reuse the ids of .*not a dataset/);
});
