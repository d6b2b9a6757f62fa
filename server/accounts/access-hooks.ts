// The hooks every /api request passes: CSRF on state-changing requests made with the session cookie, and the read gate that hides private datasets.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.js';
import { canRead, unknownDataset } from './authorize.js';
import { principalOf, sessionSecret } from './principal.js';
import { sameSecret } from './secrets.js';

/** The header a page echoes its session's CSRF token in (from GET /api/auth/me or the login answer). */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes a cookie may reach without a CSRF token: signing in has no session yet (and takes only a JSON body, which a cross-site form cannot send). */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/**
 * The dataset a request names on a route that takes the `dataset` query parameter (absent: the default), or
 * `declared: false` for routes that take none. The store's write routes take it too: the gate hides a private dataset
 * from them first, then their guard (authorizeWrite) decides who may write.
 */
function namedDataset(request: FastifyRequest): { declared: boolean; id: string | undefined } {
  const schema = request.routeOptions.schema as { querystring?: { properties?: object } } | undefined;
  const declared = Boolean(schema?.querystring?.properties && 'dataset' in schema.querystring.properties);
  const id = (request.query as Record<string, unknown> | undefined)?.dataset;
  return { declared, id: typeof id === 'string' ? id : undefined };
}

/** Adds the CSRF check (onRequest) and the read gate (preHandler, after validation) for every /api route. */
export function registerAccessHooks(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    // Only the ambient credential needs it: a request with an Authorization header is authenticated by that header alone.
    if (request.headers.authorization !== undefined || !sessionSecret(request)) return;
    if (CSRF_EXEMPT.has(request.url.split('?')[0]!)) return;
    const principal = await principalOf(request);
    if (principal.via !== 'session') return; // a stale cookie is nobody; the route's guard answers 401 where it matters
    const given = request.headers[CSRF_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, principal.csrfToken!)) {
      throw new HttpError(
        403,
        'CSRF',
        `a state-changing request with the session cookie needs this session's CSRF token in \`${CSRF_HEADER}\` (GET /api/auth/me gives it)`,
        CSRF_HEADER,
      );
    }
  });

  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const { declared, id } = namedDataset(request);
    if (!declared) return;
    const served = app.datasets.ids();
    if (id === undefined) {
      if (await canRead(request, served[0]!)) return;
      throw new HttpError(
        404,
        'NOT_FOUND',
        'no default dataset for you: name one with `dataset=` (GET /api/datasets lists those you can read)',
        'dataset',
      );
    }
    if (served.includes(id) && (await canRead(request, id))) return;
    throw await unknownDataset(request, id, served);
  });
}
