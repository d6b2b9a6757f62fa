// OpenAPI: the spec generated from the route schemas (at /docs/json) and its UI at /docs.
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

/** Registers the spec generator and the UI; must run before the routes so they are all captured. */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Actor Graph Explorer API',
        version: '1.0.0',
        description:
          'Ties between states and firms, each with the evidence quote it rests on. Errors are JSON `{ statusCode, code, error, message }`.',
      },
      tags: [
        { name: 'health' },
        { name: 'datasets' },
        { name: 'actors' },
        { name: 'relations' },
        { name: 'ties' },
        { name: 'compare' },
        { name: 'paths' },
        { name: 'metrics' },
        { name: 'graph' },
        { name: 'sources' },
        { name: 'export' },
        { name: 'admin' },
      ],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // swagger-ui's own CSP (hashes of its inline scripts) replaces the client CSP on /docs. Two changes: the
    // upgrade directive would break plain http, and the UI sets inline styles its hashes do not cover (styles run no code).
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace(/\s*upgrade-insecure-requests;?/, '')
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';"),
  });
}
