// Tests of test/test-groups.ts: every test file runs once, in its folder's shared process or in its own.
import { existsSync, readFileSync } from 'node:fs';
import t from 'tap';
import {
  BROWSER_TESTS,
  GROUP_FOLDERS,
  OWN_PROCESS,
  sharedProcessFiles,
  testFiles,
  ungroupedFiles,
} from '../test-groups.js';

t.test('every file named to run in its own process exists, once', async (t) => {
  for (const file of OWN_PROCESS) t.ok(existsSync(file), file);
  t.equal(new Set(OWN_PROCESS).size, OWN_PROCESS.length);
});

t.test(
  'every browser test is in its own process, and every file starting Chromium is named a browser test',
  async (t) => {
    const call = ['startBrowserSession', '('].join(''); // spelt apart so this file does not match itself
    const starters = testFiles().filter((file) => readFileSync(file, 'utf8').includes(call));
    t.same([...starters].sort(), [...BROWSER_TESTS].sort());
  },
);

t.test(
  'each test file runs exactly once: in one group, in its own process, or (outside the groups) alone',
  async (t) => {
    const runs = [
      ...GROUP_FOLDERS.flatMap((folder) => sharedProcessFiles(folder)),
      ...OWN_PROCESS,
      ...ungroupedFiles(),
    ];
    t.same([...runs].sort(), testFiles());
    for (const folder of GROUP_FOLDERS)
      t.ok(existsSync(`test/groups/${folder.split('/').at(-1)}.ts`), `${folder} has its group file`);
    t.ok(ungroupedFiles().includes('test/tooling/test-groups.test.ts'), 'this folder is outside the groups');
  },
);

t.test(
  'every test file that starts a child under tsx turns its coverage off (test/child-env.ts says why)',
  async (t) => {
    const tsxChild = /'--import',\s*'tsx'/;
    const children = testFiles().filter((file) => tsxChild.test(readFileSync(file, 'utf8')));
    t.ok(children.includes('test/server/main.test.ts'), 'the check finds the server process tests');
    for (const file of children) t.match(readFileSync(file, 'utf8'), /NO_CHILD_COVERAGE/, file);
  },
);
