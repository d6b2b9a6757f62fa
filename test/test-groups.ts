// Which test files run together in one process per folder (most: tap, the TS loader and the modules load once) and which need their own.
import { readdirSync } from 'node:fs';

/**
 * Tests that drive headless Chromium against the built client (they need `npm run build:client`). They run in
 * BROWSER_GROUPS processes, each sharing one Chromium (test/groups/browser-<n>.ts); the list is dealt to them in turn.
 */
export const BROWSER_TESTS: readonly string[] = [
  // Longest first (seconds in the clean-clone run of dec23ab at load 2–6, before the tests ran with less motion), so
  // that dealing them in a snake balances the groups.
  'test/client/large-mode.test.ts', // 86
  'test/client/queries.test.ts', // 75
  'test/client/explorer.test.ts', // 66
  'test/client/a11y/axe-views.test.ts', // 58
  'test/client/editing/large-pickers.test.ts', // 52
  'test/client/actor-panel.test.ts', // 31
  'test/client/editing/add-source.test.ts', // 24
  'test/client/editing/sign-in.test.ts', // 20
  'test/client/editing/accounts-dialog.test.ts', // new in stop 14, not yet timed quiet
  'test/client/history/history-view.test.ts', // 19
  'test/client/editing/keyboard-editing.test.ts', // 17
  'test/client/history/full-flow.test.ts', // 17
  'test/client/history/safety-views.test.ts', // 15
  'test/client/history/edit-history.test.ts', // 15
  'test/client/editing/new-relation.test.ts', // 15
  'test/client/reader.test.ts', // 14
  'test/client/a11y/phone.test.ts', // 12
  'test/client/a11y/keyboard.test.ts', // 12
  'test/client/export/export.test.ts', // 11
  'test/client/editing/walkthrough.test.ts', // 11
  'test/client/history/safety-forms.test.ts', // 8
  'test/client/import-dialog.test.ts', // 5
  'test/client/time-play.test.ts', // 5
  'test/client/changes-view.test.ts', // 4
  'test/client/file-positions.test.ts', // 2
];

/**
 * How many processes run the browser tests. A browser test mostly waits (on Chromium's frames, the server, the
 * page's requests): a group used about a third of a core, so two groups on two cores left most of the CPU idle for
 * their ~5 min. Three balance the browser files better (~150 s each with two tap jobs on a quiet machine).
 */
export const BROWSER_GROUPS = 3;

/** The browser tests of group `n` (0-based), dealt in a snake (0 1 1 0 0 1 …) so each group gets long and short files alike. */
export function browserGroup(n: number): string[] {
  return BROWSER_TESTS.filter((_, i) => {
    const round = Math.floor(i / BROWSER_GROUPS);
    const seat = i % BROWSER_GROUPS;
    return (round % 2 === 0 ? seat : BROWSER_GROUPS - 1 - seat) === n;
  });
}

/**
 * Files that need a process of their own: they start worker threads or child processes, or set a file-wide
 * timeout. Every other `*.test.ts` shares one process with the rest of its group (GROUPS), or with the
 * other browser tests of its browser group. A server child (built or under tsx) also gets `NO_CHILD_COVERAGE`
 * (test/child-env.ts) in its environment; test/tooling checks both rules.
 */
export const OWN_PROCESS: readonly string[] = [
  // worker threads
  'test/server/query-workers.test.ts',
  'test/server/subgraph-layout.test.ts',
  'test/server/layout/layout-service.test.ts',
  'test/server/workers/query-service.test.ts',
  'test/server/workers/index-query-pool.test.ts',
  'test/server/store/follow-write-workers.test.ts',
  'test/server/store/time-travel-workers.test.ts',
  'test/server/store/pglite-thread.test.ts',
  // child processes
  'test/server/main.test.ts',
  'test/server/collect-garbage.test.ts',
  'test/server/store/two-processes.test.ts',
  'test/server/store/crash-pglite.test.ts',
];

/**
 * The shared-process groups: `test/groups/<name>.ts` runs, in one process, the files under its folders but
 * OWN_PROCESS and BROWSER_TESTS; a file belongs to the group of its longest matching folder. The server's tests are
 * two groups (the store, on PGlite and PostgreSQL: 520 s of the 830 s at load ~20; the rest), so that neither is
 * the last process running alone on one core for long.
 */
export const GROUPS = {
  graph: ['test/graph'],
  server: ['test/server'],
  'server-store': ['test/server/store'],
  client: ['test/client'],
  // The tests of the test tooling itself: short, so one process for all (each file alone cost ~1.5 s to start).
  tooling: ['test/tooling'],
} as const satisfies Record<string, readonly string[]>;

/** A group's name: its file is `test/groups/<name>.ts`. */
export type GroupName = keyof typeof GROUPS;

/**
 * The storage suite's group, run by `npm run test:store` rather than `npm run test:unit`: every test in it opens
 * stores on PGlite (in its own thread) and on the PostgreSQL server, so it is an integration suite, and the longest
 * group by far: the unit loop would wait on it.
 */
export const STORE_GROUP: GroupName = 'server-store';

/** The groups `npm run test:unit` runs: every group but the store's, two processes at a time. */
export const UNIT_GROUPS: readonly GroupName[] = (Object.keys(GROUPS) as GroupName[]).filter(
  (name) => name !== STORE_GROUP,
);

/** Every folder of a group. */
export const GROUP_FOLDERS: readonly string[] = Object.values(GROUPS).flat();

/** Every test file under `folder` (relative to the project root), sorted. */
export function testFiles(folder = 'test'): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
    .filter((path) => path.endsWith('.test.ts'))
    .sort();
}

/** The test files group `name` runs in one process (see GROUPS), sorted. */
export function groupFiles(name: GroupName): string[] {
  const folders: readonly string[] = GROUPS[name];
  return testFiles()
    .filter((path) => !OWN_PROCESS.includes(path) && !BROWSER_TESTS.includes(path))
    .filter((path) => folders.includes(groupFolderOf(path) ?? ''));
}

/** The longest group folder `path` lies under, if any. */
function groupFolderOf(path: string): string | undefined {
  return GROUP_FOLDERS.filter((folder) => path.startsWith(`${folder}/`)).sort((a, b) => b.length - a.length)[0];
}

/** Test files in no group folder: each runs in its own process, so a new folder's tests are never left out. */
export function ungroupedFiles(): string[] {
  return testFiles().filter((path) => groupFolderOf(path) === undefined);
}
