// POST /api/relations (one, or `/bulk` many in one transaction), PUT and DELETE /api/relations/:id: relations with their evidence, quotes checked against their sources.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Relation } from '../../../graph/model/schema.js';
import { HttpError } from '../../errors.js';
import { DatasetQuery } from '../../schemas/dataset-query.js';
import type { StoreRouteOptions } from '../store-routes.js';
import { writeErrorResponses } from '../write-errors.js';
import {
  refuseMalformed,
  requireObject,
  runWrite,
  throwNonBodyValidation,
  WriteHeaders,
  WriteResponse,
} from '../write-request.js';
import { plainIntent, recordWriteRoutes } from './record-writes.js';

/** Most relations one bulk request may create. */
export const BULK_MAX = 100_000;

const Bulk = Type.Object(
  { relations: Type.Array(Relation, { minItems: 1, maxItems: BULK_MAX }) },
  { additionalProperties: false },
);

/** Create, replace and delete one relation. */
const oneRelation = recordWriteRoutes({
  type: 'relation',
  body: Relation,
  bodyLimit: 256 * 1024,
  id: { example: 'israel-azerbaijan-arms-2016', description: 'relation id' },
  create: {
    summary: 'Create a relation with its evidence',
    description:
      'Checked as the loader checks a dataset file: known actors and kind, valence and direction allowed by the kind, dates, and every quote verbatim in its source. Every issue is listed with its field (422).',
  },
  replace: { summary: 'Replace a relation and its evidence (If-Match: its ETag)' },
  remove: { summary: 'Delete a relation (If-Match: its ETag)' },
  intent: plainIntent('relation'),
});

const relationWrites: FastifyPluginAsyncTypebox<StoreRouteOptions> = async (app, options) => {
  const { datasets, connection, settings, catchUp } = options;
  const context = { datasets, connection, catchUp, adminToken: settings.adminToken };

  app.post(
    '/bulk',
    {
      attachValidation: true,
      bodyLimit: 256 * 1024 * 1024,
      schema: {
        tags: ['write'],
        summary: `Create up to ${BULK_MAX} relations in one transaction: all or none`,
        description: 'Every issue of every relation is listed, each with its field (`relations[3].evidence[0].quote`).',
        querystring: DatasetQuery,
        headers: WriteHeaders,
        body: Bulk,
        response: { 201: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      throwNonBodyValidation(request);
      const list = requireObject(request.body).relations;
      if (!Array.isArray(list) || list.length === 0)
        throw new HttpError(400, 'BAD_REQUEST', 'body.relations must be a non-empty array of relations', 'relations');
      if (list.length > BULK_MAX)
        throw new HttpError(
          400,
          'BAD_REQUEST',
          `body.relations holds ${list.length} relations; at most ${BULK_MAX} per request`,
          'relations',
        );
      const written = list.map((record, index) => ({ record: record as Relation, field: `relations[${index}]` }));
      return runWrite(
        context,
        request,
        reply,
        (dataset) => {
          refuseMalformed(dataset, { sources: [], actors: [], relations: written });
          return written.map(({ record, field }) => ({
            type: 'relation' as const,
            op: 'create' as const,
            record,
            field,
          }));
        },
        { status: 201 },
      );
    },
  );
  // Registered inside this plugin's prefix: the options' own `prefix` must not apply twice.
  const { prefix: _prefix, ...inherited } = options as StoreRouteOptions & { prefix?: string };
  await app.register(oneRelation, inherited);
};

export default relationWrites;
