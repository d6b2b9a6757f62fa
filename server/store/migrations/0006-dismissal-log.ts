// The migration that adds `dismissal_log`: every dismissal of a candidate sentence and every undo of one, with who, when and why (the `dismissals` table holds only the ones in force).
import { sql, type Kysely, type Migration } from 'kysely';

// Kysely's Migrator passes Kysely<unknown>: a migration must not depend on today's table types.
/** Creates `dismissal_log`, append-only, read per source newest first. */
export const dismissalLogMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('dismissal_log')
      .addColumn('dataset_id', 'text', (col) => col.notNull())
      .addColumn('source_id', 'text', (col) => col.notNull())
      .addColumn('sentence', 'text', (col) => col.notNull())
      .addColumn('start', 'integer', (col) => col.notNull())
      .addColumn('end', 'integer', (col) => col.notNull())
      .addColumn('action', 'text', (col) => col.notNull().check(sql`action in ('dismiss', 'undo')`))
      .addColumn('reason', 'text')
      .addColumn('who', 'text', (col) => col.notNull())
      .addColumn('at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createIndex('dismissal_log_source_idx')
      .on('dismissal_log')
      .columns(['dataset_id', 'source_id', 'at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('dismissal_log').execute();
  },
};
