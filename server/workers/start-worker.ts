// Starts a worker thread from a module beside this one, from compiled JavaScript or (tests, `npm run dev`) TypeScript sources.
import { Worker } from 'node:worker_threads';
import { builtModule, projectBuildIsCurrent } from './current-build.js';
import { threadFlags } from './thread-flags.js';

/** How a thread is started: the module it runs, its flags, and what the tsx boot loads (when it runs through it). */
export interface WorkerEntry {
  url: URL;
  execArgv?: string[];
  boot?: { entry: string; hooks: string[] };
}

/**
 * The entry of thread `name` (relative to server/workers/, e.g. `../store/pglite-worker`) for a process whose code
 * is the build (`fromSources` false) or the sources. From sources, the thread runs the build when it is current: a
 * thread booted through tsx compiles every module it imports first (`query-workers.test.ts`, which starts dozens:
 * 44 → 28 s of CPU in a full run). It keeps the sources when the build is stale (an edit being tested) or
 * when the process was given a TypeScript hook (fault injection patches the module instances tsx loads).
 */
export function workerEntry(
  name: string,
  fromSources: boolean,
  execArgv: readonly string[],
  buildCurrent: () => boolean,
): WorkerEntry {
  if (!fromSources) return { url: new URL(`./${name}.js`, import.meta.url) };
  const source = new URL(`./${name}.ts`, import.meta.url);
  const flags = threadFlags(execArgv);
  // Only the kept flags either way: the process's loaders (tap's coverage, ts-node) are not the thread's.
  if (flags.hooks.length === 0 && buildCurrent()) return { url: builtModule(source), execArgv: flags.execArgv };
  return {
    url: new URL('./ts-worker-boot.mjs', import.meta.url),
    execArgv: flags.execArgv,
    boot: { entry: source.href, hooks: flags.hooks },
  };
}

/** A worker running thread `name` with `workerData` (see workerEntry for which code it runs). */
export function startWorker(name: string, workerData: Record<string, unknown>): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const { url, execArgv, boot } = workerEntry(name, fromSources, process.execArgv, projectBuildIsCurrent);
  return new Worker(url, {
    ...(execArgv ? { execArgv } : {}),
    workerData: boot ? { ...workerData, ...boot } : workerData,
  });
}
