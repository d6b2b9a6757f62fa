// Whether dist/ holds the build of the sources as they are now: a server run from sources (tests, `npm run dev`) then starts its threads from the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project root (this file is server/workers/current-build.ts, or its build under dist/). */
const ROOT = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../' : '../../../', import.meta.url));

/** The folders `npm run build:server` compiles (server/tsconfig.build.json): the build is stale once one is newer. */
export const BUILT_FOLDERS = ['server', 'graph'] as const;

/** Where the build puts `server/main.ts`. */
export const BUILT_MAIN = 'dist/server/main.js';

/**
 * True when `dist/server/main.js` is at least as new as every TypeScript file under server/ and graph/. `npm test`
 * builds the server before the tests, so the whole run takes the build; a single file run after an edit (no build)
 * still runs the edited sources.
 */
export function buildIsCurrent(root = ROOT): boolean {
  const main = join(root, BUILT_MAIN);
  if (!existsSync(main)) return false;
  const built = statSync(main).mtimeMs;
  return BUILT_FOLDERS.every((folder) => newestSource(join(root, folder)) <= built);
}

let current: boolean | undefined;

/** `buildIsCurrent()` of this project, looked at once per process (a process does not outlive an edit it should see). */
export function projectBuildIsCurrent(): boolean {
  return (current ??= buildIsCurrent());
}

/** The build of `module` (a URL of a `.ts` file under server/ or graph/), as a file URL under dist/. */
export function builtModule(module: URL, root = ROOT): URL {
  const path = fileURLToPath(module);
  const relative = path.slice(root.length).replace(/\.ts$/, '.js');
  return pathToFileURL(join(root, 'dist', relative));
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
