// What the dismissal routes share: the write gate that runs before the body is read, and a stored row as the API shows it.
import type { FastifyRequest } from 'fastify';
import { canRead, unknownDataset } from '../../accounts/authorize.js';
import type { Datasets } from '../../datasets.js';
import type { Dismissal } from '../../schemas/mentions.js';
import { authorizeWrite } from '../write-guard.js';

/**
 * A `preValidation` hook: who is asking is checked before the body, so a caller without the right learns nothing from
 * a 400 about its shape; the read gate's answer comes first (it runs later, as a preHandler), so a private dataset
 * stays a 404 to outsiders.
 */
export function writerBeforeBody(datasets: Datasets) {
  return async (request: FastifyRequest): Promise<void> => {
    const dataset = (request.query as { dataset?: unknown }).dataset;
    const { id } = datasets.resolve(typeof dataset === 'string' ? dataset : undefined);
    if (!(await canRead(request, id))) throw await unknownDataset(request, id, datasets.ids());
    await authorizeWrite(request, id);
  };
}

/** A row of `dismissals` or `dismissal_log` (its sentence, why, who and when) in the API's `Dismissal` shape. */
export function dismissalOut(row: {
  start: number;
  end: number;
  sentence: string;
  reason: string | null;
  who: string;
  at: Date | string;
}): Dismissal {
  return {
    start: row.start,
    end: row.end,
    text: row.sentence,
    reason: row.reason,
    who: row.who,
    at: new Date(row.at).toISOString(),
  };
}
