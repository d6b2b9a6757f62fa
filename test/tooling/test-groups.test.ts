// Tests of test/test-groups.ts: every test file runs once, in its folder's shared process, a browser group or its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import t from 'tap';
import {
  BROWSER_GROUPS,
  BROWSER_TESTS,
  browserGroup,
  groupFiles,
  GROUPS,
  type GroupName,
  OWN_PROCESS,
  STORE_GROUP,
  testFiles,
  ungroupedFiles,
  UNIT_GROUPS,
} from '../test-groups.js';

t.test('every file named to run in its own process exists, once', async (t) => {
  for (const file of OWN_PROCESS) t.ok(existsSync(file), file);
  t.equal(new Set(OWN_PROCESS).size, OWN_PROCESS.length);
});

t.test(
  'every file starting Chromium is named a browser test, and each browser test is in one browser group',
  async (t) => {
    const call = ['startBrowserSession', '('].join(''); // spelt apart so this file does not match itself
    const starters = testFiles().filter((file) => readFileSync(file, 'utf8').includes(call));
    t.same([...starters].sort(), [...BROWSER_TESTS].sort());
    t.equal(new Set(BROWSER_TESTS).size, BROWSER_TESTS.length, 'no browser test named twice');
    const groups = Array.from({ length: BROWSER_GROUPS }, (_, n) => browserGroup(n));
    t.same(groups.flat().sort(), [...BROWSER_TESTS].sort(), 'the groups share the browser tests out, each once');
    for (const [n, group] of groups.entries()) {
      t.ok(group.length >= Math.floor(BROWSER_TESTS.length / BROWSER_GROUPS), `group ${n + 1}: ${group.length} files`);
      t.ok(existsSync(`test/groups/browser-${n + 1}.ts`), `group ${n + 1} has its group file`);
    }
    t.match(
      readFileSync('test/run-tests.mjs', 'utf8'),
      /'test\/groups\/browsers\.ts'/,
      'npm test runs the groups side by side in one slot (test/groups/browsers.ts)',
    );
    t.notOk(
      OWN_PROCESS.some((file) => BROWSER_TESTS.includes(file)),
      'no browser test also in a process of its own',
    );
  },
);

t.test(
  'each test file runs exactly once: in one group, a browser group, its own process, or (outside the groups) alone',
  async (t) => {
    const names = Object.keys(GROUPS) as GroupName[];
    const runs = [...names.flatMap((name) => groupFiles(name)), ...BROWSER_TESTS, ...OWN_PROCESS, ...ungroupedFiles()];
    t.same([...runs].sort(), testFiles());
    for (const name of names) t.ok(existsSync(`test/groups/${name}.ts`), `${name} has its group file`);
    t.ok(groupFiles('server-store').includes('test/server/store/writes.test.ts'), 'a store test runs in server-store');
    t.notOk(groupFiles('server').includes('test/server/store/writes.test.ts'), 'and not in server too');
    t.ok(groupFiles('server').includes('test/server/paths.test.ts'), 'the other server tests run in server');
    t.ok(groupFiles('tooling').includes('test/tooling/test-groups.test.ts'), 'this file runs in the tooling group');
    t.same(ungroupedFiles(), [], 'every test folder has its group');
  },
);

t.test(
  'every test file or helper that starts a server child (build or tsx) turns its coverage off (test/child-env.ts says why)',
  async (t) => {
    // serverEntry and childEntry (test/server/server-entry.ts) give a child the build or tsx; neither may record.
    const starter = /'--import',\s*'tsx'|serverEntry\(|childEntry\(|buildIsCurrent\(/;
    const helpers = readdirSync('test', { recursive: true, encoding: 'utf8' })
      .map((name) => `test/${name}`)
      .filter((path) => path.endsWith('.ts') && !path.startsWith('test/bench/') && !path.startsWith('test/tooling/'))
      .filter((path) => path !== 'test/server/server-entry.ts'); // defines them
    const spawns = (text: string) => text.includes('process.execPath') && starter.test(text);
    const children = helpers.filter((file) => spawns(readFileSync(file, 'utf8')));
    for (const file of ['test/server/main.test.ts', 'test/server/store/server-process.ts'])
      t.ok(children.includes(file), `the check finds ${file}`);
    for (const file of children) t.match(readFileSync(file, 'utf8'), /NO_CHILD_COVERAGE/, file);
  },
);

t.test('npm run test:unit runs every group but the store, npm run test:store the store', async (t) => {
  t.same([...UNIT_GROUPS, STORE_GROUP].sort(), Object.keys(GROUPS).sort(), 'between them, every group once');
  t.notOk(UNIT_GROUPS.includes(STORE_GROUP));
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  t.match(scripts['test:unit'], /run-tests\.mjs --unit$/);
  t.match(scripts['test:store'], /run-tests\.mjs --store$/);
});
