// Which code a test's server child runs: the build (dist/) when it is current, else the sources under tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The folders `npm run build:server` compiles (server/tsconfig.build.json): the build is stale once one is newer. */
export const BUILT_FOLDERS = ['server', 'graph'] as const;

/** Where the build puts `server/main.ts`. */
export const BUILT_MAIN = 'dist/server/main.js';

/**
 * True when dist/ holds the build of the sources as they are now: `dist/server/main.js` is at least as new as every
 * TypeScript file under server/ and graph/. `npm test` builds the server before the tests, so the whole run takes the
 * build; a single file run after an edit (no build) still tests the edited sources.
 */
export function buildIsCurrent(root = ROOT): boolean {
  const main = join(root, BUILT_MAIN);
  if (!existsSync(main)) return false;
  const built = statSync(main).mtimeMs;
  return BUILT_FOLDERS.every((folder) => newestSource(join(root, folder)) <= built);
}

/** Newest modification time of the `.ts` files under `folder` (0 when there are none). */
function newestSource(folder: string): number {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.ts')) newest = Math.max(newest, statSync(join(folder, name)).mtimeMs);
  }
  return newest;
}

/**
 * A child's node arguments to run `module` (a path under server/ or graph/, `.ts`) with `nodeArgs` before it: the
 * built `.js` when the build is current, else the `.ts` under tsx. A server started from its build costs ~5 s of CPU
 * against ~7.7 s from sources (tsx compiles every module first). A TypeScript `--import` hook in `nodeArgs` (crash
 * injection patches a module the server loads) keeps the sources: the hook needs tsx, and it patches the module
 * instance tsx loads. The child still needs NO_CHILD_COVERAGE (test/child-env.ts): the build's source maps would lay
 * its ranges over the tests' as tsx's did.
 */
export function childEntry(module: string, nodeArgs: readonly string[] = [], root = ROOT): string[] {
  const typeScriptHook = nodeArgs.some((arg) => /\.[cm]?ts$/.test(arg));
  if (!typeScriptHook && buildIsCurrent(root)) return [...nodeArgs, builtPath(module)];
  return ['--import', 'tsx', ...nodeArgs, module];
}

/** Where the build puts `module` (`server/x.ts` → `dist/server/x.js`). */
export function builtPath(module: string): string {
  return `dist/${module.replace(/\.ts$/, '.js')}`;
}

/** `childEntry` of the server's entry point, `server/main.ts`. */
export const serverEntry = (nodeArgs: readonly string[] = [], root = ROOT): string[] =>
  childEntry('server/main.ts', nodeArgs, root);
