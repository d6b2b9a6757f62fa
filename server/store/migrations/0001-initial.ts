// Migration 1: datasets, sources with their text, actors, relations, evidence, the change log and idempotency keys.
import { sql, type Kysely, type Migration } from 'kysely';

/** Creates the store's tables: indexed key columns plus each record as jsonb, so new optional fields need no migration. */
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('datasets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('sources')
      .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('record', 'jsonb', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sources_pk', ['dataset_id', 'id'])
      .execute();
    await db.schema
      .createTable('actors')
      .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('record', 'jsonb', (c) => c.notNull())
      .addPrimaryKeyConstraint('actors_pk', ['dataset_id', 'id'])
      .execute();
    await db.schema
      .createTable('relations')
      .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('record', 'jsonb', (c) => c.notNull())
      .addPrimaryKeyConstraint('relations_pk', ['dataset_id', 'id'])
      .execute();
    await db.schema.createIndex('relations_source').on('relations').columns(['dataset_id', 'source']).execute();
    await db.schema.createIndex('relations_target').on('relations').columns(['dataset_id', 'target']).execute();
    await db.schema.createIndex('relations_kind').on('relations').columns(['dataset_id', 'kind']).execute();
    await db.schema.createIndex('actors_kind').on('actors').columns(['dataset_id', 'kind']).execute();
    await db.schema
      .createTable('evidence')
      .addColumn('dataset_id', 'text', (c) => c.notNull())
      .addColumn('relation_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('quote', 'text', (c) => c.notNull())
      .addColumn('start', 'integer')
      .addPrimaryKeyConstraint('evidence_pk', ['dataset_id', 'relation_id', 'position'])
      .addForeignKeyConstraint(
        'evidence_relation',
        ['dataset_id', 'relation_id'],
        'relations',
        ['dataset_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex('evidence_source').on('evidence').columns(['dataset_id', 'source_id']).execute();
    await db.schema
      .createTable('changes')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('record_type', 'text', (c) => c.notNull())
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addColumn('op', 'text', (c) => c.notNull())
      .addColumn('who', 'text', (c) => c.notNull())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('before', 'jsonb')
      .addColumn('after', 'jsonb')
      .addColumn('reverts', 'integer')
      .execute();
    await db.schema.createIndex('changes_revision').on('changes').columns(['dataset_id', 'revision']).execute();
    await db.schema
      .createIndex('changes_record')
      .on('changes')
      .columns(['dataset_id', 'record_type', 'record_id'])
      .execute();
    await db.schema.createIndex('changes_who').on('changes').columns(['who']).execute();
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('who', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('response', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['dataset_id', 'who', 'key'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const table of ['idempotency_keys', 'changes', 'evidence', 'relations', 'actors', 'sources', 'datasets']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
