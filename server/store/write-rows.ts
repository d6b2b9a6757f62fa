// The rows one write leaves: records, evidence and change-log rows; creates are batched into multi-row INSERTs (a 100k-relation bulk write is ~100 statements, not 300k).
import { insertBatches, insertTogether, TOGETHER_MAX_ROWS } from './bulk-insert.js';
import { actorRow, evidenceRows, relationRow, sourceRow } from './dataset-records.js';
import { recordEtag } from './record-etag.js';
import type { ChangeOp, NewChange } from './tables.js';
import {
  idOf,
  TABLE,
  type Current,
  type Intent,
  type IntentResult,
  type Trx,
  type WritableType,
  type WriteOptions,
} from './intents.js';

/** The record as the change log keeps it: a source with its text, so time travel can restore both. */
function logged(type: WritableType, record: unknown, text?: string): string | null {
  if (record === undefined || record === null) return null;
  return JSON.stringify(type === 'source' ? { ...(record as object), text } : record);
}

/** Writes one write's rows: updates and deletes at once, created rows and change rows gathered and inserted by `flush()`. */
export class RowWriter {
  readonly #created = {
    sources: [] as object[],
    actors: [] as object[],
    relations: [] as object[],
    evidence: [] as object[],
  };
  readonly #changes: NewChange[] = [];

  constructor(
    private readonly trx: Trx,
    private readonly datasetId: string,
    private readonly revision: number,
    private readonly options: WriteOptions,
  ) {}

  /** Writes (or queues) one intent's rows; `stored` is the record as it stands, if any. */
  async write(intent: Intent, stored: Current | undefined): Promise<IntentResult> {
    const { trx, datasetId } = this;
    const id = idOf(intent);
    const change = (op: ChangeOp, after: string | null) =>
      this.#changes.push({
        dataset_id: datasetId,
        revision: this.revision,
        record_type: intent.type,
        record_id: id,
        op,
        who: this.options.who,
        before: stored ? logged(intent.type, stored.record, stored.text) : null,
        after,
        reverts: this.options.reverts ?? null,
      });
    if (intent.op === 'delete') {
      await trx.deleteFrom(TABLE[intent.type]).where('dataset_id', '=', datasetId).where('id', '=', id).execute();
      change('delete', null);
      return { type: intent.type, id, op: 'delete', version: 0 };
    }
    const version = (stored?.version ?? 0) + 1;
    const row =
      intent.type === 'source'
        ? sourceRow(datasetId, intent.record, intent.text, version)
        : intent.type === 'actor'
          ? actorRow(datasetId, intent.record, version)
          : relationRow(datasetId, intent.record, version);
    if (stored) {
      // An updated relation's old evidence rows go in the same statement (one round trip, with the dataset locked);
      // its new ones are inserted by flush().
      if (intent.type === 'relation')
        await trx
          .with('gone', (db) =>
            db.deleteFrom('evidence').where('dataset_id', '=', datasetId).where('relation_id', '=', id),
          )
          .updateTable('relations')
          .set(row as never)
          .where('dataset_id', '=', datasetId)
          .where('id', '=', id)
          .execute();
      else
        await trx
          .updateTable(TABLE[intent.type])
          .set(row as never)
          .where('dataset_id', '=', datasetId)
          .where('id', '=', id)
          .execute();
    } else {
      this.#created[TABLE[intent.type]].push(row);
    }
    if (intent.type === 'relation') this.#created.evidence.push(...evidenceRows(datasetId, intent.record));
    const text = intent.type === 'source' ? intent.text : undefined;
    // An actor's or relation's row holds the record's JSON already: the change log takes it rather than a second stringify.
    change(
      stored ? 'update' : 'create',
      text === undefined ? (row.record as string) : logged(intent.type, intent.record, text),
    );
    return {
      type: intent.type,
      id,
      op: stored ? 'update' : 'create',
      version,
      etag: recordEtag(intent.type, intent.record, text),
    };
  }

  /** Inserts the queued rows: records before the evidence that references them, then the change log. */
  async flush(lap: (step: string) => void = () => {}): Promise<void> {
    const tables = [
      ...(['sources', 'actors', 'relations', 'evidence'] as const).map(
        (table) => [table, this.#created[table]] as const,
      ),
      ['changes', this.#changes] as const,
    ];
    if (tables.reduce((sum, [, rows]) => sum + rows.length, 0) <= TOGETHER_MAX_ROWS) {
      await insertTogether(this.trx, tables);
      lap('insert rows (one statement)');
      return;
    }
    for (const [table, rows] of tables) {
      await insertBatches(this.trx, table, rows);
      lap(`insert ${table}`);
    }
  }
}
