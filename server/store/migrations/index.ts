// Every migration, in order, as one static object: tsx and compiled dist/ see the same list (no folder scan).
import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';
import { accountsMigration } from './0002-accounts.js';
import { dismissalsMigration } from './0003-dismissals.js';
import { loginFailuresMigration } from './0004-login-failures.js';
import { datasetNotifyMigration } from './0005-dataset-notify.js';
import { dismissalLogMigration } from './0006-dismissal-log.js';
import { dropKindIndexesMigration } from './0007-drop-kind-indexes.js';

/** Migrations by name; names sort in the order they run. Add a file and one line here (accounts' tables go here too). */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-accounts': accountsMigration,
  '0003-dismissals': dismissalsMigration,
  '0004-login-failures': loginFailuresMigration,
  '0005-dataset-notify': datasetNotifyMigration,
  '0006-dismissal-log': dismissalLogMigration,
  '0007-drop-kind-indexes': dropKindIndexesMigration,
};
