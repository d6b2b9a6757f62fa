// POST /api/relations (one, or `/bulk` many in one transaction), PUT and DELETE /api/relations/:id: relations with their evidence, quotes checked against their sources.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Relation } from '../../../graph/model/schema.js';
import { HttpError } from '../../errors.js';
import { IdParams } from '../../schemas/common.js';
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
import { sameId } from './same-id.js';

/** Most relations one bulk request may create. */
export const BULK_MAX = 100_000;

const Bulk = Type.Object(
  { relations: Type.Array(Relation, { minItems: 1, maxItems: BULK_MAX }) },
  { additionalProperties: false },
);

const relationWrites: FastifyPluginAsyncTypebox<StoreRouteOptions> = async (
  app,
  { datasets, connection, settings, catchUp },
) => {
  const context = { datasets, connection, catchUp, adminToken: settings.adminToken };
  const ifMatch = (header: string | undefined) => (header ? { ifMatch: header } : {});

  app.post(
    '',
    {
      attachValidation: true,
      bodyLimit: 256 * 1024,
      schema: {
        tags: ['write'],
        summary: 'Create a relation with its evidence',
        description:
          'Checked as the loader checks a dataset file: known actors and kind, valence and direction allowed by the kind, dates, and every quote verbatim in its source. Every issue is listed with its field (422).',
        querystring: DatasetQuery,
        headers: WriteHeaders,
        body: Relation,
        response: { 201: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      throwNonBodyValidation(request);
      const record = requireObject(request.body) as Relation;
      return runWrite(
        context,
        request,
        reply,
        (dataset) => {
          refuseMalformed(dataset, { sources: [], actors: [], relations: [{ record, field: '' }] });
          return [{ type: 'relation', op: 'create', record, field: '' }];
        },
        { status: 201 },
      );
    },
  );

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

  app.put(
    '/:id',
    {
      attachValidation: true,
      bodyLimit: 256 * 1024,
      schema: {
        tags: ['write'],
        summary: 'Replace a relation and its evidence (If-Match: its ETag)',
        params: IdParams('israel-azerbaijan-arms-2016', 'relation id'),
        querystring: DatasetQuery,
        headers: WriteHeaders,
        body: Relation,
        response: { 200: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      throwNonBodyValidation(request);
      const record = sameId(requireObject(request.body), request.params.id) as Relation;
      return runWrite(context, request, reply, (dataset) => {
        refuseMalformed(dataset, { sources: [], actors: [], relations: [{ record, field: '' }] });
        return [{ type: 'relation', op: 'update', record, field: '', ...ifMatch(request.headers['if-match']) }];
      });
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags: ['write'],
        summary: 'Delete a relation (If-Match: its ETag)',
        params: IdParams('israel-azerbaijan-arms-2016', 'relation id'),
        querystring: DatasetQuery,
        headers: WriteHeaders,
        response: { 200: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) =>
      runWrite(context, request, reply, () => [
        { type: 'relation', op: 'delete', id: request.params.id, field: '', ...ifMatch(request.headers['if-match']) },
      ]),
  );
};

export default relationWrites;
