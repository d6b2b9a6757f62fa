// Tests for server/workers/start-worker.ts's choice of a thread's code: the build, the sources through tsx, or the build's own modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { projectBuildIsCurrent } from '../../../server/workers/current-build.js';
import { workerEntry } from '../../../server/workers/start-worker.js';

const path = (url: URL) => fileURLToPath(url).split('\\').join('/');
const TAP_LIKE = [
  '--enable-source-maps',
  '--import',
  'file:///x/node_modules/@tapjs/processinfo/import.mjs',
  '--loader',
  'ts-node/esm',
];

t.test('a process running its build starts the thread from the module beside it', async (t) => {
  const entry = workerEntry('index-worker', false, TAP_LIKE, () => false);
  t.match(path(entry.url), /\/server\/workers\/index-worker\.js$/);
  t.equal(entry.execArgv, undefined, "the process's own flags, as Node gives a thread by default");
  t.equal(entry.boot, undefined);
});

t.test('from sources with a current build: the built module, without the process loaders', async (t) => {
  const entry = workerEntry('../store/pglite-worker', true, TAP_LIKE, () => true);
  t.match(path(entry.url), /\/dist\/server\/store\/pglite-worker\.js$/);
  t.same(entry.execArgv, ['--enable-source-maps'], 'no tap coverage, no ts-node in the thread');
  t.equal(entry.boot, undefined);
});

t.test('from sources with a stale build: the sources through the tsx boot', async (t) => {
  const entry = workerEntry('../layout/layout-worker', true, TAP_LIKE, () => false);
  t.match(path(entry.url), /\/server\/workers\/ts-worker-boot\.mjs$/);
  t.match(entry.boot?.entry, /\/server\/layout\/layout-worker\.ts$/);
  t.same(entry.boot?.hooks, []);
});

t.test('a TypeScript hook given to the process keeps the sources, even with a current build', async (t) => {
  let asked = false;
  const entry = workerEntry('../store/pglite-worker', true, ['--import', 'test/fault.ts'], () => (asked = true));
  t.match(path(entry.url), /ts-worker-boot\.mjs$/);
  t.equal(entry.boot?.hooks.length, 1);
  t.match(entry.boot?.hooks[0], /^file:.*\/test\/fault\.ts$/);
  t.notOk(asked, 'the build is not even looked at');
});

t.test("when this project's build is current, every thread's built module exists", async (t) => {
  if (!projectBuildIsCurrent()) {
    t.pass('no current build here (npm test builds first): nothing to check');
    return;
  }
  for (const name of ['index-worker', 'metrics-worker', '../store/pglite-worker', '../layout/layout-worker'])
    t.ok(existsSync(workerEntry(name, true, [], () => true).url), name);
});
