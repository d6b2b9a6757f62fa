// Which of this process's command-line flags a worker thread started from TypeScript sources takes, and which hooks its boot loads.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Flags that load code into a thread: the boot decides which of them the thread gets. */
const LOADER_FLAGS = new Set(['--import', '--require', '--loader', '--experimental-loader']);

/** Flags a thread keeps as they are (V8 flags such as `--expose-gc` are refused in a thread's execArgv). */
const KEPT_FLAGS = new Set(['--enable-source-maps', '--conditions']);

/**
 * This process's flags for a thread booted from TypeScript sources (tests, `npm run dev`): source maps and export
 * conditions kept; a TypeScript `--import` (a test's fault injection) handed to the boot, which loads it once tsx can
 * compile it; every other loader dropped. The boot registers tsx itself, and the other loaders belong to whatever runs
 * this process: under tap, its coverage bookkeeping, its mocks and ts-node, a second TypeScript compiler that every
 * thread would otherwise load and run beside tsx (query-service.test.ts: 57 s of CPU with them, 32 s without).
 */
export function threadFlags(execArgv: readonly string[]): { execArgv: string[]; hooks: string[] } {
  const kept: string[] = [];
  const hooks: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const [name, inline] = execArgv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === '--enable-source-maps') {
      kept.push(name);
      continue;
    }
    if (!LOADER_FLAGS.has(name) && !KEPT_FLAGS.has(name)) continue;
    const value = inline ?? execArgv[++i];
    if (value === undefined) break;
    if (KEPT_FLAGS.has(name)) kept.push(`${name}=${value}`);
    else if (name === '--import' && /\.m?ts$/.test(value))
      hooks.push(value.startsWith('file:') ? value : pathToFileURL(resolve(value)).href);
  }
  return { execArgv: kept, hooks };
}
