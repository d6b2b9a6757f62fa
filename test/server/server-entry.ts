// Which code a test's server child runs: the build (dist/) when it is current, else the sources under tsx.
import { resolve } from 'node:path';
import { BUILT_FOLDERS, BUILT_MAIN, buildIsCurrent } from '../../server/workers/current-build.js';

const ROOT = resolve(import.meta.dirname, '../..');

// Whether the build is current is the server's own question too (its threads start from the build when it is).
export { BUILT_FOLDERS, BUILT_MAIN, buildIsCurrent };

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
