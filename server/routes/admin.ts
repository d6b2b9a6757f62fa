// POST /api/admin/reload?dataset=<id>: re-reads one dataset's file (validated fully, swapped atomically), for a token holder; registered only when ADMIN_TOKEN is set.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HttpError } from '../errors.js';
import { DatasetQuery } from '../schemas/dataset-query.js';
import { ErrorResponse } from '../schemas/error.js';
import type { RouteOptions } from './route-options.js';

const Reloaded = Type.Object({
  reloaded: Type.Literal(true),
  dataset: Type.String(),
  hash: Type.String({ description: 'content hash of the dataset now served' }),
  actors: Type.Integer(),
  relations: Type.Integer(),
});

const Refused = Type.Object({
  ...ErrorResponse.properties,
  issues: Type.Array(Type.String(), {
    description: 'every issue found in the file (`file:/json/path: reason`); the last good data still serves',
  }),
});

/** True if `given` equals `expected`; compares digests with timingSafeEqual so the time taken says nothing about the token. */
export function tokenMatches(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return expected.length > 0 && timingSafeEqual(digest(given), digest(expected));
}

const adminRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets, settings }) => {
  app.post(
    '/reload',
    {
      schema: {
        tags: ['admin'],
        summary:
          "Reload one dataset's file (`dataset=<id>`, default: the default dataset; Authorization: Bearer <ADMIN_TOKEN>)",
        description:
          "The file is validated fully before an atomic swap; a bad file is refused with its issues (422) and that dataset's last good data keeps serving. Other datasets are untouched.",
        querystring: DatasetQuery,
        response: {
          200: Reloaded,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          422: Refused,
          429: ErrorResponse,
        },
      },
      onRequest: async (request, reply) => {
        const header = request.headers.authorization;
        if (!header) {
          reply.header('www-authenticate', 'Bearer');
          throw new HttpError(401, 'UNAUTHORIZED', 'this route needs `Authorization: Bearer <token>`', 'authorization');
        }
        const token = header.startsWith('Bearer ') ? header.slice(7) : '';
        if (!tokenMatches(token, settings.adminToken))
          throw new HttpError(403, 'FORBIDDEN', 'the admin token is not valid', 'authorization');
      },
    },
    async (request, reply) => {
      const { store } = datasets.entry(request.query.dataset);
      const result = await datasets.reload(request.query.dataset);
      if (!result.ok) {
        const { dataset } = store.summary();
        request.log.warn({ issues: result.issues.length }, 'admin reload refused');
        return reply.status(422).send({
          statusCode: 422,
          code: 'RELOAD_REFUSED',
          error: 'Unprocessable Entity',
          field: 'dataFile',
          message: `the dataset file was refused (${result.issues.length} issue(s)); still serving ${dataset}`,
          issues: result.issues,
        });
      }
      const { dataset, actors, relations, hash } = store.summary();
      return { reloaded: true as const, dataset, hash, actors, relations };
    },
  );
};

export default adminRoutes;
