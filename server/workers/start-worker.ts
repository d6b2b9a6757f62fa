// Starts a worker thread from a module beside this one, from compiled JavaScript or (tests, `npm run dev`) TypeScript sources.
import { Worker } from 'node:worker_threads';

/** A worker running `./<name>.js` (compiled) or `./<name>.ts` through the tsx bootstrap when the server runs from sources. */
export function startWorker(name: string, workerData: Record<string, unknown>): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  if (!fromSources) return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  return new Worker(new URL('./ts-worker-boot.mjs', import.meta.url), { workerData: { ...workerData, entry } });
}
