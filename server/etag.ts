// Strong ETags for derived views: a hash of the dataset id, its content hash and the normalised query; If-None-Match matching.
import { createHash } from 'node:crypto';

/** A strong ETag for a view of one dataset snapshot under one query. */
export function strongEtag(datasetId: string, contentHash: string, query: unknown): string {
  const digest = createHash('sha256').update(`${datasetId}\n${contentHash}\n${JSON.stringify(query)}`).digest('base64url');
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
