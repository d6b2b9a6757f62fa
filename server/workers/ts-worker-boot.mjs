// Worker bootstrap for running from TypeScript sources (tsx, tap): workers do not inherit the TS loader, so register it, then load the entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
