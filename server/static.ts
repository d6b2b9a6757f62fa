// The built client (dist/client) at `/`; registered only when it has been built. Traversal attempts fall through to the JSON 404.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Serves `clientDir` at `/` if it holds an index.html; returns whether it did. */
export async function registerClient(app: FastifyInstance, clientDir: string): Promise<boolean> {
  if (!existsSync(join(clientDir, 'index.html'))) {
    app.log.warn({ clientDir }, 'client not built (npm run build); serving the API only');
    return false;
  }
  await app.register(fastifyStatic, {
    root: clientDir,
    prefix: '/',
    index: ['index.html'],
    dotfiles: 'deny',
    // Vite's assets/ names carry a content hash, so they may be cached for good; everything else is revalidated.
    setHeaders: (response, path) => {
      response.header(
        'cache-control',
        /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return true;
}
