// The change log as the explorer reads it: GET /api/history pages (per record, per dataset) and the head revision.
import type { Change } from '../../server/store/history-queries.js';
import { ApiError, getJson } from '../api/http.js';

export type { Change };

/** One page of GET /api/history. */
export interface HistoryPage {
  dataset: string;
  total: number;
  items: Change[];
}

/** What to list: one record's changes (`type` and `id`) or the whole dataset's; newest first. */
export interface HistoryQuery {
  type?: 'actor' | 'relation' | 'source';
  id?: string;
  /** Only the changes of this revision (a filter of the log, not time travel). */
  revision?: number;
  limit: number;
  offset: number;
}

/** GET /api/history: a page of the change log, newest first (never pinned to the travelled revision: it is the log itself). */
export function fetchHistory(query: HistoryQuery, signal?: AbortSignal): Promise<HistoryPage> {
  return getJson<HistoryPage>('/api/history', { ...query }, signal);
}

/** The latest change of the dataset: its revision is the head ("now"). */
export interface RecordHead {
  revision: number;
  at: string;
  who: string;
}

/** The head of the dataset's change log, or null when it is served from a file (no store, no /api/history: 404). */
export async function fetchRecordHead(signal?: AbortSignal): Promise<RecordHead | null> {
  try {
    const page = await fetchHistory({ limit: 1, offset: 0 }, signal);
    const latest = page.items[0];
    return latest ? { revision: latest.revision, at: latest.at, who: latest.who } : null;
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 404) return null;
    throw error;
  }
}
