// The reader's two API calls, each answer kept per source for the page's lifetime (a source text does not change under a page).
import type { SourceCoverage, SourceText } from '../../graph/sources/results.js';
import { getJson } from '../api/http.js';

const texts = new Map<string, Promise<SourceText>>();
const coverages = new Map<string, Promise<SourceCoverage>>();

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
