// Which test files run together in one process per folder (most: tap, the TS loader and the modules load once) and which need their own.
import { readdirSync } from 'node:fs';

/** Tests that drive headless Chromium against the built client (they need `npm run build:client`). */
export const BROWSER_TESTS: readonly string[] = [
  'test/client/explorer.test.ts',
  'test/client/large-mode.test.ts',
  'test/client/queries.test.ts',
  'test/client/reader.test.ts',
  'test/client/a11y/axe-views.test.ts',
  'test/client/a11y/keyboard.test.ts',
  'test/client/a11y/phone.test.ts',
  'test/client/actor-panel.test.ts',
  'test/client/file-positions.test.ts',
  'test/client/import-dialog.test.ts',
  'test/client/time-play.test.ts',
  'test/client/changes-view.test.ts',
  'test/client/export/export.test.ts',
  'test/client/history/history-view.test.ts',
  'test/client/history/safety-views.test.ts',
  'test/client/history/edit-history.test.ts',
  'test/client/history/safety-forms.test.ts',
  'test/client/history/full-flow.test.ts',
  'test/client/editing/sign-in.test.ts',
  'test/client/editing/add-source.test.ts',
  'test/client/editing/new-relation.test.ts',
];

/**
 * Files that need a process of their own: they start Chromium, worker threads or child processes, or set a file-wide
 * timeout. Every other `*.test.ts` shares one process with the rest of its folder (GROUP_FOLDERS). A child started
 * under tsx also gets `NO_CHILD_COVERAGE` (test/child-env.ts) in its environment; test/tooling checks both rules.
 */
export const OWN_PROCESS: readonly string[] = [
  ...BROWSER_TESTS,
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

/** The folders whose shared-process files run as one process each (`test/groups/<name>.ts`). */
export const GROUP_FOLDERS = ['test/graph', 'test/server', 'test/client'] as const;

/** Every test file under `folder` (relative to the project root), sorted. */
export function testFiles(folder = 'test'): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
    .filter((path) => path.endsWith('.test.ts'))
    .sort();
}

/** The test files that can share one process: everything under `folder` but OWN_PROCESS. */
export function sharedProcessFiles(folder: string): string[] {
  return testFiles(folder).filter((path) => !OWN_PROCESS.includes(path));
}

/** Test files in no group folder: each runs in its own process, so a new folder's tests are never left out. */
export function ungroupedFiles(): string[] {
  return testFiles().filter((path) => !GROUP_FOLDERS.some((folder) => path.startsWith(`${folder}/`)));
}
