// GET /api/history (per record, per author, per dataset, paged) and POST /api/history/:revision/revert (undo one revision as a new change).
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { QueryError } from '../../../graph/errors.js';
import type { Actor, Relation, Source } from '../../../graph/model/schema.js';
import { datasetQueryProperties, DatasetQuery } from '../../schemas/dataset-query.js';
import { errorResponses } from '../../schemas/error.js';
import type { Intent } from '../change-set.js';
import { Change, listChanges } from '../history-queries.js';
import { recordEtag } from '../record-etag.js';
import type { StoreRouteOptions } from '../store-routes.js';
import { RECORD_TYPES } from '../tables.js';
import { writeErrorResponses } from '../write-errors.js';
import { runWrite, WriteResponse } from '../write-request.js';

const HistoryQuery = Type.Object(
  {
    ...datasetQueryProperties,
    type: Type.Optional(Type.Enum(RECORD_TYPES, { description: 'only changes of this record type' })),
    id: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'only changes of this record (with `type`, or any type)',
      }),
    ),
    who: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'only changes by this account' })),
    revision: Type.Optional(Type.Integer({ minimum: 1, description: 'only the changes of this revision' })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

const HistoryPage = Type.Object({ dataset: Type.String(), total: Type.Integer(), items: Type.Array(Change) });

/** A logged record split back into the record and (for a source) its text. */
function fromLog(type: string, logged: unknown): { record: Record<string, unknown>; text?: string } {
  const { text, ...record } = logged as Record<string, unknown>;
  return type === 'source' ? { record, text: String(text ?? '') } : { record: logged as Record<string, unknown> };
}

const historyRoutes: FastifyPluginAsyncTypebox<StoreRouteOptions> = async (
  app,
  { datasets, connection, settings, catchUp },
) => {
  app.get(
    '',
    {
      schema: {
        tags: ['history'],
        summary:
          'The change log of a dataset, newest first: per record (`type`, `id`), per account (`who`), per revision; paged',
        querystring: HistoryQuery,
        response: { 200: HistoryPage, ...errorResponses },
      },
    },
    async (request) => {
      const { dataset, ...filter } = request.query;
      const id = datasets.resolve(dataset).id;
      return { dataset: id, ...(await listChanges(connection.db, { dataset: id, ...filter })) };
    },
  );

  app.post(
    '/:revision/revert',
    {
      schema: {
        tags: ['history', 'write'],
        summary: 'Undo one revision as a new change (refused if its records changed since)',
        params: Type.Object({ revision: Type.Integer({ minimum: 1 }) }),
        querystring: DatasetQuery,
        response: { 201: WriteResponse, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const context = { datasets, connection, catchUp, adminToken: settings.adminToken };
      const { revision } = request.params;
      const id = datasets.resolve(request.query.dataset).id;
      const { items } = await listChanges(connection.db, { dataset: id, revision, limit: 100_000, offset: 0 });
      if (items.length === 0) throw new QueryError('revision', `dataset "${id}" has no revision ${revision}`);
      if (items.some((change) => change.op === 'load'))
        throw new QueryError('revision', 'the first load cannot be reverted');
      // Newest change first; each inverse is conditional on the record still being what that change left (If-Match on `after`).
      const intents: Intent[] = items.map((change): Intent => {
        const type = change.type as Intent['type'];
        const field = `revision`;
        const ifMatch =
          change.after === null
            ? undefined
            : recordEtag(type, fromLog(type, change.after).record, fromLog(type, change.after).text);
        if (change.before === null)
          return { type, op: 'delete', id: change.id, field, ...(ifMatch ? { ifMatch } : {}) };
        const { record, text } = fromLog(type, change.before);
        const op = change.after === null ? 'create' : 'update';
        if (type === 'source')
          return { type, op, record: record as Source, text: text ?? '', field, ...(ifMatch ? { ifMatch } : {}) };
        if (type === 'actor') return { type, op, record: record as Actor, field, ...(ifMatch ? { ifMatch } : {}) };
        return { type: 'relation', op, record: record as Relation, field, ...(ifMatch ? { ifMatch } : {}) };
      });
      return runWrite(context, request, reply, () => intents, { status: 201, reverts: revision });
    },
  );
};

export default historyRoutes;
