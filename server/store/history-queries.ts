// The change log read back: paged lists per record, per author and per dataset, and the changes of one revision.
import type { Kysely } from 'kysely';
import { Type, type Static } from 'typebox';
import type { ChangeRow, StoreDatabase } from './tables.js';

/** One change as the API shows it. */
export const Change = Type.Object({
  revision: Type.Integer(),
  type: Type.String({ examples: ['relation'] }),
  id: Type.String({ description: 'the record changed' }),
  op: Type.String({ examples: ['create', 'update', 'delete', 'load'] }),
  who: Type.String({ description: "who made it (the write guard's answer)" }),
  at: Type.String({ description: 'when it was committed (ISO 8601)' }),
  before: Type.Union([Type.Unknown(), Type.Null()], {
    description: 'the record before (null: it did not exist); sources carry their `text`',
  }),
  after: Type.Union([Type.Unknown(), Type.Null()], { description: 'the record after (null: deleted)' }),
  reverts: Type.Optional(Type.Integer({ description: 'the revision this change reverted' })),
});
export type Change = Static<typeof Change>;

/** What to list: a dataset's changes, optionally of one record type and id, one author, or one revision; newest first. */
export interface HistoryFilter {
  dataset: string;
  type?: string;
  id?: string;
  who?: string;
  revision?: number;
  limit: number;
  offset: number;
}

/** The API form of a change row. */
export function toChange(row: ChangeRow): Change {
  return {
    revision: row.revision,
    type: row.record_type,
    id: row.record_id,
    op: row.op,
    who: row.who,
    at: new Date(row.at).toISOString(),
    before: row.before ?? null,
    after: row.after ?? null,
    ...(row.reverts === null ? {} : { reverts: row.reverts }),
  };
}

/** One page of the changes matching `filter` and how many match in all. */
export async function listChanges(
  db: Kysely<StoreDatabase>,
  filter: HistoryFilter,
): Promise<{ total: number; items: Change[] }> {
  let query = db.selectFrom('changes').where('dataset_id', '=', filter.dataset);
  if (filter.type !== undefined) query = query.where('record_type', '=', filter.type as ChangeRow['record_type']);
  if (filter.id !== undefined) query = query.where('record_id', '=', filter.id);
  if (filter.who !== undefined) query = query.where('who', '=', filter.who);
  if (filter.revision !== undefined) query = query.where('revision', '=', filter.revision);
  const count = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('revision', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { total: Number(count.n), items: rows.map(toChange) };
}
