// POST /api/sources, PUT and DELETE /api/sources/:id: source documents with their full text (size-capped); an edited text must keep every quote citing it.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Source } from '../../../graph/model/schema.js';
import { IdParams } from '../../schemas/common.js';
import { DatasetQuery } from '../../schemas/dataset-query.js';
import type { Intent } from '../change-set.js';
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

/** Longest source text accepted, in characters (a long report; larger bodies get 413). */
export const SOURCE_TEXT_MAX = 2_000_000;

/** A source's metadata and its text; `path` (where `npm run export` writes the text) defaults to `sources/<id>.txt`. */
const SourceUpload = Type.Object(
  {
    ...Source.properties,
    path: Type.Optional(Source.properties.path),
    text: Type.String({ minLength: 1, maxLength: SOURCE_TEXT_MAX }),
  },
  { additionalProperties: false },
);

/** The intent of an uploaded source: the record (with its path) and the text apart; 422 names `text` when it is missing or too long. */
function sourceIntent(
  dataset: string,
  body: Record<string, unknown>,
  op: 'create' | 'update',
  ifMatch: string | undefined,
): Intent {
  const { text, ...rest } = body;
  const record = { ...rest, path: rest.path ?? `sources/${String(rest.id)}.txt` } as Source;
  const textIssue =
    typeof text !== 'string' || text.length === 0
      ? "must be the source's full text, a non-empty string"
      : text.length > SOURCE_TEXT_MAX
        ? `is ${text.length} characters; at most ${SOURCE_TEXT_MAX}`
        : undefined;
  const extra = textIssue ? [{ field: 'text', code: 'SCHEMA_VIOLATION', message: `text ${textIssue}` }] : [];
  refuseMalformed(
    dataset,
    { sources: [{ record, field: '', text: typeof text === 'string' ? text : '' }], actors: [], relations: [] },
    extra,
  );
  return { type: 'source', op, record, text: text as string, field: '', ...(ifMatch ? { ifMatch } : {}) };
}

const sourceWrites: FastifyPluginAsyncTypebox<StoreRouteOptions> = async (
  app,
  { datasets, connection, settings, catchUp },
) => {
  const context = { datasets, connection, catchUp, adminToken: settings.adminToken };
  const bodyLimit = SOURCE_TEXT_MAX * 4 + 64 * 1024; // UTF-8 and JSON escapes

  app.post(
    '',
    {
      attachValidation: true,
      bodyLimit,
      schema: {
        tags: ['write'],
        summary: 'Upload a source: its metadata and full text',
        querystring: DatasetQuery,
        headers: WriteHeaders,
        body: SourceUpload,
        response: { 201: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      throwNonBodyValidation(request);
      const body = requireObject(request.body);
      return runWrite(context, request, reply, (dataset) => [sourceIntent(dataset, body, 'create', undefined)], {
        status: 201,
      });
    },
  );

  app.put(
    '/:id',
    {
      attachValidation: true,
      bodyLimit,
      schema: {
        tags: ['write'],
        summary: 'Replace a source and its text (If-Match: its ETag); every stored quote citing it must still be found',
        params: IdParams('besa-1723', 'source id'),
        querystring: DatasetQuery,
        headers: WriteHeaders,
        body: SourceUpload,
        response: { 200: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      throwNonBodyValidation(request);
      const body = sameId(requireObject(request.body), request.params.id);
      return runWrite(context, request, reply, (dataset) => [
        sourceIntent(dataset, body, 'update', request.headers['if-match']),
      ]);
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags: ['write'],
        summary: 'Delete a source no evidence cites (If-Match: its ETag)',
        params: IdParams('besa-1723', 'source id'),
        querystring: DatasetQuery,
        headers: WriteHeaders,
        response: { 200: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) =>
      runWrite(context, request, reply, () => [
        {
          type: 'source',
          op: 'delete',
          id: request.params.id,
          field: '',
          ...(request.headers['if-match'] ? { ifMatch: request.headers['if-match'] } : {}),
        },
      ]),
  );
};

export default sourceWrites;
