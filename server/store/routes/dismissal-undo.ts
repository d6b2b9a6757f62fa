// Undoing a dismissal (the sentence is a candidate again) and the log of every dismissal and undo of a source, with who, when and why.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireSource } from '../../../graph/sources/quote-spans.js';
import { HttpError } from '../../errors.js';
import { IdParams } from '../../schemas/common.js';
import { DatasetQuery } from '../../schemas/dataset-query.js';
import { errorResponses } from '../../schemas/error.js';
import { DismissalLog, DismissalLogEntry, DismissalUndoBody } from '../../schemas/mentions.js';
import type { StoreRouteOptions } from '../store-routes.js';
import { writeErrorResponses } from '../write-errors.js';
import { authorizeWrite } from '../write-guard.js';
import { dismissalOut, writerBeforeBody } from './dismissal-shared.js';

const Params = IdParams('besa-1723', 'source id');

const dismissalUndoRoutes: FastifyPluginAsyncTypebox<StoreRouteOptions> = async (app, { datasets, connection }) => {
  const { db } = connection;

  app.post(
    '/:id/dismissals/undo',
    {
      schema: {
        tags: ['write'],
        summary: 'Undo a dismissal: the sentence is a candidate again; the undo is logged with who, when and why',
        params: Params,
        querystring: DatasetQuery,
        body: DismissalUndoBody,
        response: { 200: DismissalLogEntry, ...writeErrorResponses },
      },
      preValidation: writerBeforeBody(datasets),
    },
    async (request) => {
      const entry = datasets.resolve(request.query.dataset);
      const who = await authorizeWrite(request, entry.id);
      requireSource(entry.snapshot.loaded, request.params.id);
      const reason = request.body.reason?.trim() || null;
      // The delete and its log row in one transaction: no undo is half-recorded.
      const undone = await db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('dismissals')
          .where('dataset_id', '=', entry.id)
          .where('source_id', '=', request.params.id)
          .where('sentence', '=', request.body.text)
          .returning(['start', 'end', 'sentence'])
          .executeTakeFirst();
        if (!gone) return null;
        return trx
          .insertInto('dismissal_log')
          .values({
            dataset_id: entry.id,
            source_id: request.params.id,
            sentence: gone.sentence,
            start: gone.start,
            end: gone.end,
            action: 'undo',
            reason,
            who: who.id,
          })
          .returning(['action', 'start', 'end', 'sentence', 'reason', 'who', 'at'])
          .executeTakeFirstOrThrow();
      });
      if (!undone) throw new HttpError(404, 'NOT_FOUND', 'this sentence of the source is not dismissed', 'text');
      request.log.info({ source: request.params.id, who: who.id }, 'dismissal undone');
      return { action: undone.action, ...dismissalOut(undone) };
    },
  );

  app.get(
    '/:id/dismissal-log',
    {
      schema: {
        tags: ['sources'],
        summary: 'Every dismissal and undo of a source, newest first, with who, when and why',
        params: Params,
        querystring: DatasetQuery,
        response: { 200: DismissalLog, ...errorResponses },
      },
    },
    async (request) => {
      const entry = datasets.resolve(request.query.dataset);
      requireSource(entry.snapshot.loaded, request.params.id);
      const rows = await db
        .selectFrom('dismissal_log')
        .selectAll()
        .where('dataset_id', '=', entry.id)
        .where('source_id', '=', request.params.id)
        .orderBy('at', 'desc')
        .limit(500)
        .execute();
      return {
        source: request.params.id,
        entries: rows.map((row) => ({ action: row.action, ...dismissalOut(row) })),
      };
    },
  );
};

export default dismissalUndoRoutes;
