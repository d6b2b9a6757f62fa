// The migration that tells every API process when a dataset is created or deleted (NOTIFY `age_datasets`), whichever path wrote it.
import { sql, type Kysely, type Migration } from 'kysely';

// A trigger rather than a NOTIFY in each writer: the API import, `npm run store -- import`, a restore and a plain SQL
// DELETE all reach other processes, and the notification goes out only if the transaction commits.
/** Creates the trigger on `datasets` (insert or delete: `created <id>` / `deleted <id>`); `down` drops it. */
export const datasetNotifyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE FUNCTION age_notify_datasets() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM pg_notify('age_datasets', 'created ' || NEW.id);
        ELSE
          PERFORM pg_notify('age_datasets', 'deleted ' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`.execute(db);
    await sql`
      CREATE TRIGGER datasets_notify AFTER INSERT OR DELETE ON datasets
      FOR EACH ROW EXECUTE FUNCTION age_notify_datasets()`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP TRIGGER datasets_notify ON datasets`.execute(db);
    await sql`DROP FUNCTION age_notify_datasets()`.execute(db);
  },
};
