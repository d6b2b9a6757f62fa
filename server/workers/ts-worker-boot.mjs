// Worker bootstrap from TypeScript sources (tests, `npm run dev`): register tsx, then the process's own TypeScript `--import` hooks, then the entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// A thread gets none of the process's loaders (thread-flags.ts), so a TypeScript hook given to the process (a test's
// fault injection into PGlite) is loaded here instead, once tsx can compile it.
register();
for (const hook of workerData.hooks) await import(hook);
await import(workerData.entry);
