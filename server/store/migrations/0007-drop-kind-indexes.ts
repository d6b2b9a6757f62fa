// The migration that drops the indexes on relations' and actors' kind: no query reads them, and every bulk-written row paid for them.
import type { Kysely, Migration } from 'kysely';

// Numbered 0007: 0005 and 0006 are taken on other branches (pgthread, edit15). Kinds are filtered in memory by the
// query engine, never in SQL; a 100k-relation COPY into 1M relations updated four indexes per row, now three.
/** Drops `relations_kind` and `actors_kind`; `down` creates them again. */
export const dropKindIndexesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('relations_kind').ifExists().execute();
    await db.schema.dropIndex('actors_kind').ifExists().execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.createIndex('relations_kind').on('relations').columns(['dataset_id', 'kind']).execute();
    await db.schema.createIndex('actors_kind').on('actors').columns(['dataset_id', 'kind']).execute();
  },
};
