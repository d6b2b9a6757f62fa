// The migration that adds `dismissals`: candidate sentences of a source an editor said state no tie, with who, when and why.
import { sql, type Kysely, type Migration } from 'kysely';

// Kysely's Migrator passes Kysely<unknown>: a migration must not depend on today's table types.
/** Creates `dismissals`, one row per dismissed sentence of a source (keyed by its text, so a re-dismissal replaces it). */
export const dismissalsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('dismissals')
      .addColumn('dataset_id', 'text', (col) => col.notNull())
      .addColumn('source_id', 'text', (col) => col.notNull())
      .addColumn('sentence', 'text', (col) => col.notNull())
      .addColumn('start', 'integer', (col) => col.notNull())
      .addColumn('end', 'integer', (col) => col.notNull())
      .addColumn('reason', 'text')
      .addColumn('who', 'text', (col) => col.notNull())
      .addColumn('at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('dismissals_pkey', ['dataset_id', 'source_id', 'sentence'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('dismissals').execute();
  },
};
