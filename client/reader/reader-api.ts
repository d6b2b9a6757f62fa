// The reader's API calls, each answer kept per source until a write changes what rests on it (forgetSource).
import type { SourceCoverage, SourceText } from '../../graph/sources/results.js';
import type { SourceMentions } from '../../server/schemas/mentions.js';
import { getJson } from '../api/http.js';

const texts = new Map<string, Promise<SourceText>>();
const coverages = new Map<string, Promise<SourceCoverage>>();
const mentions = new Map<string, Promise<SourceMentions>>();

/** Forgets what was read of a source, after a write changed what rests on it (a new relation, a new actor). */
export function forgetSource(id: string): void {
  texts.delete(id);
  coverages.delete(id);
  mentions.delete(id);
}

/** GET /api/sources/:id/mentions: every mention of a known actor, found on the server (no names are shipped here). */
export function fetchMentions(id: string): Promise<SourceMentions> {
  return cached(mentions, id, () => getJson<SourceMentions>(`/api/sources/${encodeURIComponent(id)}/mentions`));
}

/** GET /api/sources/:id/text: the text and every quoted span with what it supports. */
export function fetchSourceText(id: string): Promise<SourceText> {
  return cached(texts, id, () => getJson<SourceText>(`/api/sources/${encodeURIComponent(id)}/text`));
}

/** GET /api/sources/:id/coverage: sentences, cited sentences, share, and the uncited ones. */
export function fetchCoverage(id: string): Promise<SourceCoverage> {
  return cached(coverages, id, () => getJson<SourceCoverage>(`/api/sources/${encodeURIComponent(id)}/coverage`));
}

function cached<T>(cache: Map<string, Promise<T>>, id: string, load: () => Promise<T>): Promise<T> {
  let answer = cache.get(id);
  if (!answer) {
    answer = load();
    // A failed request is forgotten, so opening the reader again retries it.
    answer.catch(() => cache.delete(id));
    cache.set(id, answer);
  }
  return answer;
}
