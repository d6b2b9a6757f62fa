// The migration that keeps failed sign-ins in the store, so every API process on one database counts them together.
import type { Kysely, Migration } from 'kysely';

// Kysely's Migrator passes Kysely<unknown>: a migration must not depend on today's table types.
/** Creates `login_failures(key, at)` with the index the throttle reads by; `down` drops it. */
export const loginFailuresMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('login_failures')
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('at', 'timestamptz', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('login_failures_key_at_idx').on('login_failures').columns(['key', 'at']).execute();
    await db.schema.createIndex('login_failures_at_idx').on('login_failures').column('at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('login_failures').execute();
  },
};
