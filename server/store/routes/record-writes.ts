// One route factory for the writes of one record type: POST (create, Idempotency-Key), PUT /:id and DELETE /:id (If-Match), the same schema blocks and runWrite calls for actors, relations and sources.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { IdParams } from '../../schemas/common.js';
import { DatasetQuery } from '../../schemas/dataset-query.js';
import type { Intent, WritableType } from '../intents.js';
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

/** What differs between the record types' write routes; everything else is the factory's. */
export interface RecordWrites {
  type: WritableType;
  /** The body's TypeBox schema (in the OpenAPI document; the loader's checks list every issue afterwards). */
  body: TSchema;
  bodyLimit: number;
  /** The `:id` parameter's example and description. */
  id: { example: string; description: string };
  create: { summary: string; description?: string };
  replace: { summary: string };
  remove: { summary: string };
  /** The intent of a create or replace body in `dataset`, refused (422, every issue) when malformed. */
  intent(dataset: string, body: Record<string, unknown>, op: 'create' | 'update', ifMatch?: string): Intent;
}

/** The If-Match header as an intent field (absent: the write answers 428). */
export const ifMatchOf = (header: string | undefined) => (header ? { ifMatch: header } : {});

/** The intent of an actor or relation body: checked alone by the loader's rules first. */
export function plainIntent(type: 'actor' | 'relation'): RecordWrites['intent'] {
  return (dataset, body, op, ifMatch) => {
    // The schema's types are checked by the loader's rules here (attachValidation), hence the casts.
    const written = [{ record: body as never, field: '' }];
    refuseMalformed(dataset, {
      sources: [],
      actors: type === 'actor' ? written : [],
      relations: type === 'relation' ? written : [],
    });
    return { type, op, record: body as never, field: '', ...ifMatchOf(ifMatch) };
  };
}

/** The create, replace and delete routes of one record type, registered under its prefix. */
export function recordWriteRoutes(spec: RecordWrites): FastifyPluginAsyncTypebox<StoreRouteOptions> {
  return async (app, { datasets, connection, settings, catchUp }) => {
    const context = { datasets, connection, catchUp, adminToken: settings.adminToken };
    const params = IdParams(spec.id.example, spec.id.description);
    // attachValidation: the body is then checked by the loader's rules, which list every issue rather than the first.
    app.post(
      '',
      {
        attachValidation: true,
        bodyLimit: spec.bodyLimit,
        schema: {
          tags: ['write'],
          ...spec.create,
          querystring: DatasetQuery,
          headers: WriteHeaders,
          body: spec.body,
          response: { 201: WriteResponse, ...writeErrorResponses },
        },
      },
      async (request, reply) => {
        throwNonBodyValidation(request);
        const body = requireObject(request.body);
        return runWrite(context, request, reply, (dataset) => [spec.intent(dataset, body, 'create')], {
          status: 201,
        });
      },
    );

    app.put(
      '/:id',
      {
        attachValidation: true,
        bodyLimit: spec.bodyLimit,
        schema: {
          tags: ['write'],
          ...spec.replace,
          params,
          querystring: DatasetQuery,
          headers: WriteHeaders,
          body: spec.body,
          response: { 200: WriteResponse, ...writeErrorResponses },
        },
      },
      async (request, reply) => {
        throwNonBodyValidation(request);
        const { id } = request.params as { id: string };
        const body = sameId(requireObject(request.body), id);
        const ifMatch = request.headers['if-match'];
        return runWrite(context, request, reply, (dataset) => [spec.intent(dataset, body, 'update', ifMatch)]);
      },
    );

    app.delete(
      '/:id',
      {
        schema: {
          tags: ['write'],
          ...spec.remove,
          params,
          querystring: DatasetQuery,
          headers: WriteHeaders,
          response: { 200: WriteResponse, ...writeErrorResponses },
        },
      },
      async (request, reply) => {
        const { id } = request.params as { id: string };
        return runWrite(context, request, reply, () => [
          { type: spec.type, op: 'delete', id, field: '', ...ifMatchOf(request.headers['if-match']) },
        ]);
      },
    );
  };
}
