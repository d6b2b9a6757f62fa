// Strong ETags for derived views and the conditional GET every tagged route answers the same way: tag, no-cache, 304.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A strong ETag for a view of one dataset snapshot under one query. */
export function strongEtag(datasetId: string, contentHash: string, query: unknown): string {
  const digest = createHash('sha256')
    .update(`${datasetId}\n${contentHash}\n${JSON.stringify(query)}`)
    .digest('base64url');
  return `"${digest.slice(0, 32)}"`;
}

/** True if an If-None-Match header matches `etag` (a list of tags, `*`, or weak forms of the same tag). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/** What conditionalGet decided: the view's tag, and whether a 304 was sent (then the route returns the reply). */
export interface Conditional {
  etag: string;
  notModified: boolean;
}

/**
 * Tags the reply with the strong ETag of this view (`no-cache`: the client asks again, and gets a 304 while the view
 * is unchanged) and sends the 304 when the request's If-None-Match matches.
 */
export function conditionalGet(
  request: FastifyRequest,
  reply: FastifyReply,
  datasetId: string,
  contentHash: string,
  query: unknown,
): Conditional {
  const etag = strongEtag(datasetId, contentHash, query);
  reply.header('etag', etag).header('cache-control', 'no-cache');
  const notModified = matchesIfNoneMatch(request.headers['if-none-match'], etag);
  if (notModified) void reply.status(304).send(null);
  return { etag, notModified };
}
