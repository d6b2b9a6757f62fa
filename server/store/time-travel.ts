// `revision=` and `recordedAsOf=` on every read route: answer from the dataset as the store held it then (the second time axis, beside `asOf`).
import type { FastifyInstance } from 'fastify';
import { QueryError } from '../../graph/errors.js';
import type { Datasets } from '../datasets.js';
import type { PastRevisions } from './past-revisions.js';
import { currentPin } from './revision-pin.js';
import { snapshotRevision } from './store-loader.js';

/** The query parameters this hook takes out of every GET under /api before the route's own schema sees them. */
export const TIME_TRAVEL_PARAMETERS = ['revision', 'recordedAsOf'] as const;

/** One value of a query parameter, or a 400 naming it when it was given twice. */
function single(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new QueryError(field, 'give it once');
  return value;
}

/**
 * Adds a preValidation hook: a GET under /api with `revision=N` or `recordedAsOf=<ISO time>` answers from that
 * revision of the dataset it names (built from the change log, cached); 400 for a revision that does not exist or
 * a time before the dataset did. A past revision of a large dataset is served like its head: its index is shared with
 * worker threads of its own (started on first use, stopped when it leaves PastRevisions' cache), so the event loop
 * stays free; its metrics worker is given its records.
 */
export function registerTimeTravel(app: FastifyInstance, datasets: Datasets, past: PastRevisions): void {
  app.addHook('preValidation', async (request) => {
    if (request.method !== 'GET' || !request.url.startsWith('/api/') || request.url.startsWith('/api/history')) return;
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || (query.revision === undefined && query.recordedAsOf === undefined)) return;
    const revisionText = single(query.revision, 'revision');
    const timeText = single(query.recordedAsOf, 'recordedAsOf');
    delete query.revision;
    delete query.recordedAsOf;
    if (revisionText !== undefined && timeText !== undefined)
      throw new QueryError('revision', 'give `revision` or `recordedAsOf`, not both');
    const { store } = datasets.entry(typeof query.dataset === 'string' ? query.dataset : undefined);
    const current = store.current;
    const id = current.loaded.dataset.id;
    const head = snapshotRevision(current) ?? 0;
    let revision: number;
    if (revisionText !== undefined) {
      if (!/^[0-9]{1,9}$/.test(revisionText))
        throw new QueryError(
          'revision',
          `expecting a revision number 1..${head}, got ${JSON.stringify(revisionText.slice(0, 40))}`,
        );
      revision = Number(revisionText);
      if (revision < 1 || revision > head)
        throw new QueryError('revision', `dataset "${id}" has revisions 1..${head}; ${revision} is not one of them`);
    } else {
      const time = new Date(timeText!);
      if (!/^\d{4}-\d{2}-\d{2}/.test(timeText!) || Number.isNaN(time.getTime()))
        throw new QueryError(
          'recordedAsOf',
          `expecting an ISO 8601 time such as 2026-12-06T12:00:00Z, got ${JSON.stringify(timeText!.slice(0, 40))}`,
        );
      revision = await past.revisionAt(id, time);
      if (revision === 0)
        throw new QueryError('recordedAsOf', `dataset "${id}" was not in the store yet at ${time.toISOString()}`);
    }
    if (revision === head) return;
    const pin = currentPin();
    if (pin) pin.override = { datasetId: id, snapshot: await past.snapshot(id, revision) };
  });
}
