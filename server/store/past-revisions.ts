// The dataset as it stood at a past revision: the head undone change by change (newest first) from the change log's `before` records; cached.
import type { Kysely } from 'kysely';
import type { Actor, Relation, Source } from '../../graph/model/schema.js';
import { makeSnapshot, type Snapshot } from '../dataset-store.js';
import { readDatasetIn, type StoredDataset } from './dataset-records.js';
import { loadedFromStored } from './store-loader.js';
import type { StoreDatabase } from './tables.js';

/** Past snapshots kept; each is a full graph and index, so few. A past revision never changes, so entries never go stale. */
const CACHE_LIMIT = 4;

/** The records of `stored` undone back to `revision`, read with the head in one repeatable-read transaction. */
export async function datasetAt(
  db: Kysely<StoreDatabase>,
  id: string,
  revision: number,
): Promise<StoredDataset | undefined> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const head = await readDatasetIn(trx, id);
      if (!head || revision >= head.revision) return head;
      const changes = await trx
        .selectFrom('changes')
        .select(['record_type', 'record_id', 'before'])
        .where('dataset_id', '=', id)
        .where('revision', '>', revision)
        .orderBy('revision', 'desc')
        .orderBy('id', 'desc')
        .execute();
      const sources = new Map(head.dataset.sources.map((s) => [s.id, s]));
      const actors = new Map(head.dataset.actors.map((a) => [a.id, a]));
      const relations = new Map(head.dataset.relations.map((r) => [r.id, r]));
      const texts = new Map(head.texts);
      for (const change of changes) {
        const before = change.before as Record<string, unknown> | null;
        if (change.record_type === 'source') {
          if (!before) {
            sources.delete(change.record_id);
            texts.delete(change.record_id);
          } else {
            const { text, ...record } = before;
            sources.set(change.record_id, record as Source);
            texts.set(change.record_id, String(text ?? ''));
          }
        } else if (change.record_type === 'actor') {
          if (before) actors.set(change.record_id, before as Actor);
          else actors.delete(change.record_id);
        } else if (change.record_type === 'relation') {
          if (before) relations.set(change.record_id, before as Relation);
          else relations.delete(change.record_id);
        }
      }
      const byId = <T extends { id: string }>(map: Map<string, T>) =>
        [...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const dataset = { ...head.dataset, sources: byId(sources), actors: byId(actors), relations: byId(relations) };
      return { dataset, texts, revision, createdAt: head.createdAt };
    });
}

/** Builds and caches snapshots of past revisions. */
export class PastRevisions {
  readonly #cache = new Map<string, Promise<Snapshot>>();

  /** `onEvict` hears of each snapshot leaving the cache, so its worker threads and layout can stop. */
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly onEvict: (id: string, snapshot: Snapshot) => void = () => {},
  ) {}

  /** The snapshot of dataset `id` at `revision` (built once, then from the cache). */
  snapshot(id: string, revision: number): Promise<Snapshot> {
    const key = `${id}@${revision}`;
    let found = this.#cache.get(key);
    if (found) {
      this.#cache.delete(key); // re-inserted below: most recently used last
    } else {
      found = this.#build(id, revision);
      found.catch(() => this.#cache.delete(key));
    }
    this.#cache.set(key, found);
    while (this.#cache.size > CACHE_LIMIT) {
      const [oldest, evicted] = this.#cache.entries().next().value!;
      this.#cache.delete(oldest);
      const datasetId = oldest.slice(0, oldest.lastIndexOf('@'));
      evicted.then((snapshot) => this.onEvict(datasetId, snapshot)).catch(() => {}); // a failed build has nothing to stop
    }
    return found;
  }

  async #build(id: string, revision: number): Promise<Snapshot> {
    const stored = await datasetAt(this.db, id, revision);
    if (!stored) throw new Error(`store: no dataset "${id}"`);
    return makeSnapshot(await loadedFromStored(id, stored));
  }

  /** The latest revision of `id` committed at or before `time`, or 0 when the dataset did not exist yet. */
  async revisionAt(id: string, time: Date): Promise<number> {
    const row = await this.db
      .selectFrom('changes')
      .select((eb) => eb.fn.max('revision').as('revision'))
      .where('dataset_id', '=', id)
      .where('at', '<=', time)
      .executeTakeFirst();
    return Number(row?.revision ?? 0);
  }
}
