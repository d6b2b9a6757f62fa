// Strong ETags of stored records, from their content: the same on a GET of the served graph and inside a write's transaction.
import { createHash } from 'node:crypto';
import type { RecordType } from './tables.js';

/** JSON with object keys sorted at every level: jsonb reorders keys, so hashes must not depend on key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The strong ETag of a record as it stands (a source's includes its text). */
export function recordEtag(type: RecordType, record: unknown, text?: string): string {
  const hash = createHash('sha256')
    .update(`${type}\n${stableJson(record)}\n${text ?? ''}`)
    .digest('base64url');
  return `"${hash.slice(0, 27)}"`;
}

/** True if an `If-Match` header names `etag` (or is `*`); weak tags never match, as RFC 9110 says for If-Match. */
export function matchesIfMatch(header: string, etag: string): boolean {
  return header.split(',').some((tag) => tag.trim() === '*' || tag.trim() === etag);
}
