// Starts a worker thread from a module beside this one, from compiled JavaScript or (tests, `npm run dev`) TypeScript sources.
import { Worker } from 'node:worker_threads';
import { threadFlags } from './thread-flags.js';

/**
 * A worker running `./<name>.js` (compiled) or `./<name>.ts` through the tsx bootstrap when the server runs from
 * sources; `name` is relative to server/workers/ (`../store/pglite-worker`).
 */
export function startWorker(name: string, workerData: Record<string, unknown>): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  if (!fromSources) return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  const { execArgv, hooks } = threadFlags(process.execArgv);
  return new Worker(new URL('./ts-worker-boot.mjs', import.meta.url), {
    execArgv,
    workerData: { ...workerData, entry, hooks },
  });
}
