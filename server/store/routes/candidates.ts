// GET /api/sources/:id/candidates (sentences naming two or more actors that no evidence cites, dismissed ones left out) and the dismissals, recorded with who, when and why.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { citedSentences } from '../../../graph/sources/coverage.js';
import { quoteSpans, requireSource } from '../../../graph/sources/quote-spans.js';
import { splitSentences } from '../../../graph/sources/sentences.js';
import type { ActorRef } from '../../../graph/sources/results.js';
import { remember } from '../../dataset-store.js';
import { HttpError } from '../../errors.js';
import { mentionsOf } from '../../routes/source-mentions.js';
import { IdParams } from '../../schemas/common.js';
import { DatasetQuery } from '../../schemas/dataset-query.js';
import { errorResponses } from '../../schemas/error.js';
import { Dismissal, DismissalBody, DismissalList, SourceCandidates } from '../../schemas/mentions.js';
import type { StoreRouteOptions } from '../store-routes.js';
import { writeErrorResponses } from '../write-errors.js';
import { authorizeWrite } from '../write-guard.js';
import { dismissalOut, writerBeforeBody } from './dismissal-shared.js';

const Params = IdParams('besa-1723', 'source id');

const candidateRoutes: FastifyPluginAsyncTypebox<StoreRouteOptions> = async (app, { datasets, connection }) => {
  const { db } = connection;

  app.get(
    '/:id/candidates',
    {
      schema: {
        tags: ['sources'],
        summary:
          'Sentences of a source that mention two or more actors and that no evidence cites yet (dismissed ones left out)',
        description:
          'Example: `GET /api/sources/besa-1723/candidates`. Also the coverage figures (sentences, cited, share) and how many were dismissed.',
        params: Params,
        querystring: DatasetQuery,
        response: { 200: SourceCandidates, ...errorResponses },
      },
    },
    async (request) => {
      const entry = datasets.resolve(request.query.dataset);
      const { snapshot } = entry;
      const id = request.params.id;
      const { text, spans } = remember(snapshot, `source-text:${id}`, () => quoteSpans(snapshot.loaded, id));
      const { mentions } = mentionsOf(snapshot, id);
      const sentences = splitSentences(text);
      const cited = citedSentences(sentences, spans);
      const dismissed = new Set(
        (
          await db
            .selectFrom('dismissals')
            .select('sentence')
            .where('dataset_id', '=', entry.id)
            .where('source_id', '=', id)
            .execute()
        ).map((row) => row.sentence),
      );
      let m = 0;
      let dismissedCount = 0;
      const candidates = [];
      for (const [i, sentence] of sentences.entries()) {
        const actors = new Map<string, ActorRef>();
        while (m < mentions.length && mentions[m]!.end <= sentence.start) m++;
        for (let k = m; k < mentions.length && mentions[k]!.start < sentence.end; k++)
          for (const actor of mentions[k]!.actors) if (!actors.has(actor.id)) actors.set(actor.id, actor);
        if (cited[i] || actors.size < 2) continue;
        if (dismissed.has(sentence.text)) {
          dismissedCount++;
          continue;
        }
        candidates.push({
          start: sentence.start,
          end: sentence.end,
          text: sentence.text,
          actors: [...actors.values()],
        });
      }
      const count = cited.filter(Boolean).length;
      return {
        source: id,
        sentences: sentences.length,
        cited: count,
        share: sentences.length ? count / sentences.length : 0,
        dismissed: dismissedCount,
        candidates,
      };
    },
  );

  app.post(
    '/:id/dismissals',
    {
      schema: {
        tags: ['write'],
        summary:
          'Dismiss a candidate sentence (it states no tie): recorded with who, when and the reason; editors only',
        params: Params,
        querystring: DatasetQuery,
        body: DismissalBody,
        response: { 201: Dismissal, ...writeErrorResponses },
      },
      preValidation: writerBeforeBody(datasets),
    },
    async (request, reply) => {
      const entry = datasets.resolve(request.query.dataset);
      const who = await authorizeWrite(request, entry.id);
      const { text } = requireSource(entry.snapshot.loaded, request.params.id);
      const { start, end, reason } = request.body;
      // The sentence must be the source's own words at those offsets: a dismissal cannot be planted for text that is not there.
      if (end > text.length || text.slice(start, end) !== request.body.text)
        throw new HttpError(422, 'NOT_IN_SOURCE', `text is not the source's text at ${start}–${end}`, 'text');
      const row = {
        dataset_id: entry.id,
        source_id: request.params.id,
        sentence: request.body.text,
        start,
        end,
        reason: reason?.trim() || null,
        who: who.id,
      };
      // The dismissal in force and its log row in one transaction (the log also keeps dismissals later undone).
      const saved = await db.transaction().execute(async (trx) => {
        const kept = await trx
          .insertInto('dismissals')
          .values(row)
          .onConflict((conflict) =>
            conflict.columns(['dataset_id', 'source_id', 'sentence']).doUpdateSet({
              start,
              end,
              reason: row.reason,
              who: row.who,
              at: new Date(),
            }),
          )
          .returning(['start', 'end', 'sentence', 'reason', 'who', 'at'])
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('dismissal_log')
          .values({ ...row, action: 'dismiss', at: kept.at })
          .execute();
        return kept;
      });
      request.log.info({ source: row.source_id, who: row.who }, 'candidate dismissed');
      return reply.status(201).send(dismissalOut(saved));
    },
  );

  app.get(
    '/:id/dismissals',
    {
      schema: {
        tags: ['sources'],
        summary: 'The dismissed sentences of a source with who dismissed them, when and why',
        params: Params,
        querystring: DatasetQuery,
        response: { 200: DismissalList, ...errorResponses },
      },
    },
    async (request) => {
      const entry = datasets.resolve(request.query.dataset);
      requireSource(entry.snapshot.loaded, request.params.id);
      const rows = await db
        .selectFrom('dismissals')
        .selectAll()
        .where('dataset_id', '=', entry.id)
        .where('source_id', '=', request.params.id)
        .orderBy('start')
        .execute();
      return {
        source: request.params.id,
        dismissals: rows.map(dismissalOut),
      };
    },
  );
};

export default candidateRoutes;
