// The migration that adds the accounts tables (accounts, dataset_roles, sessions, api_tokens) to the store's schema.
import { sql, type Kysely, type Migration } from 'kysely';
import { ROLES } from '../../accounts/roles.js';

// Kysely's Migrator passes Kysely<unknown>: a migration must not depend on today's table types.
/** Creates the accounts tables; `down` drops them (roles, sessions and tokens go with their account: ON DELETE CASCADE). */
export const accountsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'integer', (col) => col.primaryKey().generatedByDefaultAsIdentity())
      .addColumn('name', 'text', (col) =>
        col
          .notNull()
          .unique()
          .check(sql`name ~ '^[a-z0-9][a-z0-9._-]{0,62}$'`),
      )
      .addColumn('password_hash', 'text')
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('dataset_roles')
      .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('dataset', 'text', (col) => col.notNull())
      .addColumn('role', 'text', (col) =>
        col.notNull().check(sql`role in (${sql.join(ROLES.map((role) => sql.lit(role)))})`),
      )
      .addPrimaryKeyConstraint('dataset_roles_pkey', ['account_id', 'dataset'])
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (col) => col.notNull())
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('sessions_account_idx').on('sessions').column('account_id').execute();
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'integer', (col) => col.primaryKey().generatedByDefaultAsIdentity())
      .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('prefix', 'text', (col) => col.notNull())
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('last_used_at', 'timestamptz')
      .addColumn('expires_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('api_tokens_account_idx').on('api_tokens').column('account_id').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['api_tokens', 'sessions', 'dataset_roles', 'accounts'])
      await db.schema.dropTable(table).execute();
  },
};
