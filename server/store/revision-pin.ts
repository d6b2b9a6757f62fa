// Which snapshot each request answered from, kept per request (AsyncLocalStorage), so its response can name the revision exactly.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Snapshot } from '../dataset-store.js';

/** Per request: the first snapshot a route resolved, and a historical snapshot to answer from instead (`revision=`). */
export interface RevisionPin {
  snapshot?: Snapshot;
  /** Set before the handler runs when the request asks for a past revision of `datasetId`. */
  override?: { datasetId: string; snapshot: Snapshot };
}

const pins = new AsyncLocalStorage<RevisionPin>();

/** Runs `next` (the rest of the request's hooks and handler) with a fresh pin. */
export function withRevisionPin(next: () => void): void {
  pins.run({}, next);
}

/** The current request's pin, if any (none outside a request). */
export function currentPin(): RevisionPin | undefined {
  return pins.getStore();
}

/**
 * The snapshot a route should use for dataset `datasetId`: the request's historical one when it asked for a past
 * revision, else `current`; the first one used is remembered for the response's revision header.
 */
export function pinSnapshot(datasetId: string, current: Snapshot): Snapshot {
  const pin = pins.getStore();
  if (!pin) return current;
  const chosen = pin.override?.datasetId === datasetId ? pin.override.snapshot : current;
  pin.snapshot ??= chosen;
  return chosen;
}
