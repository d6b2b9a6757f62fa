// Whole datasets in and out of the store: the first load (one transaction, COPY, then ANALYZE) and the read the server builds its graph from.
import type { Kysely, Transaction } from 'kysely';
import { SCHEMA_VERSION, type Actor, type Dataset, type Relation, type Source } from '../../graph/model/schema.js';
import { stringSharer } from '../../graph/load/share-strings.js';
import { insertBatches } from './bulk-insert.js';
import { readRecordChunks } from './read-records.js';
import { analyzeTables, ANALYZE_MIN_RECORDS } from './table-stats.js';
import type { StoreDatabase } from './tables.js';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** A dataset as the store holds it: the document, each source's text, and the revision it stands at. */
export interface StoredDataset {
  dataset: Dataset;
  texts: Map<string, string>;
  revision: number;
  createdAt: Date;
}

/** The row of a source (its text alongside). */
export function sourceRow(datasetId: string, source: Source, text: string, version = 1) {
  return { dataset_id: datasetId, id: source.id, version, record: JSON.stringify(source), text };
}

/** The row of an actor. */
export function actorRow(datasetId: string, actor: Actor, version = 1) {
  return { dataset_id: datasetId, id: actor.id, kind: actor.kind, version, record: JSON.stringify(actor) };
}

/** The row of a relation. */
export function relationRow(datasetId: string, relation: Relation, version = 1) {
  const { id, kind, source, target } = relation;
  return { dataset_id: datasetId, id, kind, source, target, version, record: JSON.stringify(relation) };
}

/** The evidence rows of a relation, one per quote. */
export function evidenceRows(datasetId: string, relation: Relation) {
  return relation.evidence.map((evidence, position) => ({
    dataset_id: datasetId,
    relation_id: relation.id,
    position,
    source_id: evidence.source,
    quote: evidence.quote,
    start: evidence.start ?? null,
  }));
}

/** Writes the records of a dataset in `db` (a transaction): sources, actors, relations and their evidence. */
export async function insertRecords(
  db: Db,
  datasetId: string,
  dataset: Pick<Dataset, 'sources' | 'actors' | 'relations'>,
  texts: ReadonlyMap<string, string>,
): Promise<void> {
  await insertBatches(
    db,
    'sources',
    dataset.sources.map((source) => sourceRow(datasetId, source, texts.get(source.id) ?? '')),
  );
  await insertBatches(
    db,
    'actors',
    dataset.actors.map((actor) => actorRow(datasetId, actor)),
  );
  await insertBatches(
    db,
    'relations',
    dataset.relations.map((relation) => relationRow(datasetId, relation)),
  );
  await insertBatches(
    db,
    'evidence',
    dataset.relations.flatMap((relation) => evidenceRows(datasetId, relation)),
  );
}

/**
 * Loads a validated dataset into the store as revision 1, all or nothing (one transaction); the change log gets one
 * `load` row with the counts, not a row per record (time travel undoes later changes from the head instead); `alsoIn`
 * runs last in the same transaction.
 */
export async function importDataset(
  db: Kysely<StoreDatabase>,
  dataset: Dataset,
  texts: ReadonlyMap<string, string>,
  who = 'system',
  alsoIn?: (trx: Transaction<StoreDatabase>) => Promise<void>,
): Promise<number> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('datasets')
      .values({ id: dataset.id, title: dataset.title, description: dataset.description ?? null, revision: 1 })
      .execute();
    await insertRecords(trx, dataset.id, dataset, texts);
    const after = {
      title: dataset.title,
      sources: dataset.sources.length,
      actors: dataset.actors.length,
      relations: dataset.relations.length,
    };
    await trx
      .insertInto('changes')
      .values({
        dataset_id: dataset.id,
        revision: 1,
        record_type: 'dataset',
        record_id: dataset.id,
        op: 'load',
        who,
        before: null,
        after: JSON.stringify(after),
        reverts: null,
      })
      .execute();
    await alsoIn?.(trx); // what must commit with the load, or not at all (the importer's role on it)
  });
  // Fresh statistics for the planner (PGlite has no autovacuum): the next writes look ids up in these tables.
  if (dataset.actors.length + dataset.relations.length >= ANALYZE_MIN_RECORDS) await analyzeTables(db);
  return 1;
}

/** The ids of the datasets in the store, oldest first. */
export async function storedDatasetIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('datasets').select('id').orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => row.id);
}

/**
 * The dataset `id` as it stands now (records sorted by id, the canonical order), read in one repeatable-read
 * transaction; undefined when the store has none. `follow` sees the records chunk by chunk as they arrive.
 */
export async function readDataset(
  db: Kysely<StoreDatabase>,
  id: string,
  follow: ReadFollower = {},
): Promise<StoredDataset | undefined> {
  // Repeatable read: the head revision and every record come from one snapshot, whatever commits meanwhile.
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => readDatasetIn(trx, id, follow));
}

/** What a reader does with the records as each chunk arrives, before the next one is parsed (the start builds its graph meanwhile). */
export interface ReadFollower {
  /** The dataset's head and sources, before any actor. */
  head?(head: { title: string; sources: Source[] }): void;
  actors?(chunk: readonly Actor[]): void;
  /** Relations come once every actor has been handed over. */
  relations?(chunk: readonly Relation[]): void;
}

/** readDataset inside the caller's transaction; `follow` sees the records chunk by chunk as they arrive. */
export async function readDatasetIn(db: Db, id: string, follow: ReadFollower = {}): Promise<StoredDataset | undefined> {
  const head = await db.selectFrom('datasets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!head) return undefined;
  const sources = await db
    .selectFrom('sources')
    .select(['record', 'text'])
    .where('dataset_id', '=', id)
    .orderBy('id')
    .execute();
  // Actors and relations in chunks of one text value each (read-records.ts): a million protocol rows, each parsed on
  // its own, made most of a 1M-relation start; one string sharer for both tables keeps one copy of repeated strings.
  const share = stringSharer();
  const actors: Actor[] = [];
  const relations: Relation[] = [];
  const sourceRecords = sources.map((row) => row.record);
  follow.head?.({ title: head.title, sources: sourceRecords });
  await readRecordChunks<Actor>(db, 'actors', id, (chunk) => appendAll(actors, chunk, follow.actors), { share });
  await readRecordChunks<Relation>(db, 'relations', id, (chunk) => appendAll(relations, chunk, follow.relations), {
    share,
  });
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: head.title,
    ...(head.description === null ? {} : { description: head.description }),
    sources: sourceRecords,
    actors,
    relations,
  };
  const texts = new Map(sources.map((row) => [row.record.id, row.text]));
  return { dataset, texts, revision: head.revision, createdAt: head.created_at };
}

/** Appends `items` to `list` one by one (a spread into push() has an argument limit), then hands them to `then`. */
function appendAll<T>(list: T[], items: readonly T[], then?: (items: readonly T[]) => void): void {
  for (const item of items) list.push(item);
  then?.(items);
}
