// POST /api/actors, PUT and DELETE /api/actors/:id: write one actor (If-Match on changes, Idempotency-Key on creates).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Actor } from '../../../graph/model/schema.js';
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

const actorWrites: FastifyPluginAsyncTypebox<StoreRouteOptions> = async (
  app,
  { datasets, connection, settings, catchUp },
) => {
  const context = { datasets, connection, catchUp, adminToken: settings.adminToken };
  // attachValidation: the body is then checked by the loader's rules, which list every issue rather than the first.
  app.post(
    '',
    {
      attachValidation: true,
      bodyLimit: 256 * 1024,
      schema: {
        tags: ['write'],
        summary: 'Create an actor',
        description:
          'Checked as the loader checks a dataset file; `Idempotency-Key` makes a retry safe. Authorization: Bearer token.',
        querystring: DatasetQuery,
        headers: WriteHeaders,
        body: Actor,
        response: { 201: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      throwNonBodyValidation(request);
      const record = requireObject(request.body) as Actor;
      return runWrite(
        context,
        request,
        reply,
        (dataset) => {
          refuseMalformed(dataset, { sources: [], actors: [{ record, field: '' }], relations: [] });
          return [{ type: 'actor', op: 'create', record, field: '' }];
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
        summary: 'Replace an actor (If-Match: its ETag)',
        params: IdParams('israel', 'actor id'),
        querystring: DatasetQuery,
        headers: WriteHeaders,
        body: Actor,
        response: { 200: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      throwNonBodyValidation(request);
      const record = sameId(requireObject(request.body), request.params.id) as Actor;
      return runWrite(context, request, reply, (dataset) => {
        refuseMalformed(dataset, { sources: [], actors: [{ record, field: '' }], relations: [] });
        return [
          {
            type: 'actor',
            op: 'update',
            record,
            field: '',
            ...(request.headers['if-match'] ? { ifMatch: request.headers['if-match'] } : {}),
          },
        ];
      });
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags: ['write'],
        summary: 'Delete an actor no relation or actor names (If-Match: its ETag)',
        params: IdParams('israel', 'actor id'),
        querystring: DatasetQuery,
        headers: WriteHeaders,
        response: { 200: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) =>
      runWrite(context, request, reply, () => [
        {
          type: 'actor',
          op: 'delete',
          id: request.params.id,
          field: '',
          ...(request.headers['if-match'] ? { ifMatch: request.headers['if-match'] } : {}),
        },
      ]),
  );
};

export default actorWrites;
