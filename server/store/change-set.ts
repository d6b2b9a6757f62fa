// One write to one dataset, all or nothing: lock the dataset, check versions and the loader's rules, write records, evidence and change rows, bump the revision.
import { sql, type Kysely } from 'kysely';
import { NotFoundError } from '../../graph/errors.js';
import { CHANGE_CHANNEL, changePayload } from './change-listener.js';
import { checkRecords, type CheckInput } from './check-records.js';
import { matchesIfMatch, recordEtag } from './record-etag.js';
import { stepClock } from './step-times.js';
import { analyzeMissing, ANALYZE_MIN_RECORDS } from './table-stats.js';
import { RowWriter } from './write-rows.js';
import type { StoreDatabase } from './tables.js';
import {
  idOf,
  TABLE,
  type Current,
  type Intent,
  type IntentResult,
  type Trx,
  type WritableType,
  type WriteOptions,
  type WriteResult,
} from './intents.js';

export type { Idempotency, Intent, IntentResult, WritableType, WriteOptions, WriteResult } from './intents.js';
import {
  IdempotencyKeyReusedError,
  IdTakenError,
  PreconditionFailedError,
  PreconditionRequiredError,
  invalidRecords,
  WriteRefusedError,
  type WriteIssue,
} from './write-errors.js';

/** A replayed idempotent request: the stored response, sent again. */
export interface Replayed {
  replayed: { status: number; body: unknown };
}

/**
 * `id = ANY($ids)`: all the ids as one array parameter. A 100k-relation bulk write names 100k ids; 5,000-id `IN`
 * lists (PostgreSQL takes at most 65,535 bind parameters) cost twice as much on PGlite, per table and per check.
 */
const idIn = (ids: readonly string[]) => sql<boolean>`id = ANY(${[...ids]}::text[])`;

/** Stored records of one type by id. */
async function currentRecords(
  trx: Trx,
  datasetId: string,
  type: WritableType,
  ids: string[],
): Promise<Map<string, Current>> {
  const found = new Map<string, Current>();
  if (ids.length === 0) return found;
  if (type === 'source') {
    const rows = await trx
      .selectFrom('sources')
      .select(['id', 'version', 'record', 'text'])
      .where('dataset_id', '=', datasetId)
      .where(idIn(ids))
      .execute();
    for (const row of rows) found.set(row.id, { version: row.version, record: row.record, text: row.text });
  } else {
    const rows = await trx
      .selectFrom(TABLE[type])
      .select(['id', 'version', 'record'])
      .where('dataset_id', '=', datasetId)
      .where(idIn(ids))
      .execute();
    for (const row of rows) found.set(row.id, { version: row.version, record: row.record });
  }
  return found;
}

/**
 * Applies `intents` to `datasetId` in one transaction, or throws and changes nothing: 404 unknown dataset or record,
 * 409 taken id or a deletion others depend on, 412/428 If-Match, 422 every loader issue. Writers of one dataset
 * queue on its row lock, so revisions are dense and no update is lost.
 */
export async function applyChanges(
  db: Kysely<StoreDatabase>,
  datasetId: string,
  intents: Intent[],
  options: WriteOptions,
): Promise<WriteResult | Replayed> {
  const lap = stepClock(options.timings);
  const outcome = await db.transaction().execute(async (trx) => {
    lap('begin');
    const head = await trx
      .selectFrom('datasets')
      .select('revision')
      .where('id', '=', datasetId)
      .forUpdate()
      .executeTakeFirst();
    if (!head) throw new NotFoundError('dataset', datasetId, [], 'dataset');
    if (options.idempotency) {
      const stored = await trx
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status', 'response'])
        .where('dataset_id', '=', datasetId)
        .where('who', '=', options.who)
        .where('key', '=', options.idempotency.key)
        .executeTakeFirst();
      if (stored && stored.request_hash !== options.idempotency.requestHash) throw new IdempotencyKeyReusedError();
      if (stored) return { replayed: { status: stored.status, body: stored.response } };
    }
    // PGlite has no autovacuum: a store never analyzed would plan the id lookups below as scans of the whole dataset.
    if (intents.length >= ANALYZE_MIN_RECORDS) await analyzeMissing(trx);
    lap('dataset row lock, idempotency, statistics');
    const current = new Map<WritableType, Map<string, Current>>();
    for (const type of ['source', 'actor', 'relation'] as const) {
      current.set(type, await currentRecords(trx, datasetId, type, intents.filter((i) => i.type === type).map(idOf)));
    }
    lap('current records');
    await checkPreconditions(trx, datasetId, intents, current, options.requireIfMatch ?? true);
    lap('id checks (If-Match, ids taken)');
    await checkDeletions(trx, datasetId, intents);
    lap('deletions in use');
    const issues = await checkWritten(trx, datasetId, intents, lap);
    if (issues.length > 0) throw invalidRecords(issues);
    const revision = head.revision + 1;
    const results: IntentResult[] = [];
    const rows = new RowWriter(trx, datasetId, revision, options);
    for (const intent of intents) results.push(await rows.write(intent, current.get(intent.type)!.get(idOf(intent))));
    lap('rows and change rows (JS), updates, deletes');
    await rows.flush(lap);
    const result = { revision, results };
    // One statement, so one round trip while the dataset row is locked (each costs the event loop a turn under
    // readers, and the writers queue on that lock): the revision, the NOTIFY (delivered at commit, and only if it
    // commits: other API processes on this database then catch up, change-listener.ts) and the idempotency key.
    const key = options.idempotency;
    const answer = key?.respond(result);
    const keyed = key
      ? sql`, keyed AS (INSERT INTO idempotency_keys (dataset_id, who, key, request_hash, status, response)
          VALUES (${datasetId}, ${options.who}, ${key.key}, ${key.requestHash}, ${answer!.status},
                  ${JSON.stringify(answer!.body)}::jsonb) RETURNING key)`
      : sql``;
    await sql`WITH bumped AS (UPDATE datasets SET revision = ${revision} WHERE id = ${datasetId} RETURNING id)${keyed}
      SELECT pg_notify(${CHANGE_CHANNEL}, ${changePayload(datasetId, revision)})::text FROM bumped`.execute(trx);
    lap('revision, NOTIFY, idempotency key');
    return result;
  });
  lap('commit');
  return outcome;
}

/** Creates need a free id (in all three record types); updates and deletes need the record and, from clients, a current If-Match. */
async function checkPreconditions(
  trx: Trx,
  datasetId: string,
  intents: Intent[],
  current: Map<WritableType, Map<string, Current>>,
  requireIfMatch: boolean,
): Promise<void> {
  const seen = new Set<string>();
  for (const intent of intents) {
    const id = idOf(intent);
    const field = intent.field ? `${intent.field}.id` : 'id';
    if (seen.has(`${intent.type}:${id}`)) throw new IdTakenError(id, `${intent.type} earlier in this request`, field);
    seen.add(`${intent.type}:${id}`);
    const stored = current.get(intent.type)!.get(id);
    if (intent.op === 'create') {
      if (stored) throw new IdTakenError(id, intent.type, field);
      const other = (await takenIds(trx, datasetId, intents)).get(id);
      if (other && other !== intent.type) throw new IdTakenError(id, other, field);
      continue;
    }
    if (!stored) throw new NotFoundError(intent.type, id, [], intent.field || 'id');
    if (!requireIfMatch) continue;
    const what = `${intent.type} "${id}"`;
    if (!intent.ifMatch) throw new PreconditionRequiredError(what);
    if (!matchesIfMatch(intent.ifMatch, recordEtag(intent.type, stored.record, stored.text)))
      throw new PreconditionFailedError(what, stored.version);
  }
}

const taken = new WeakMap<Intent[], Promise<Map<string, WritableType>>>();

/**
 * The created ids already used by a stored record of another type, with that type (one query per table; a record of
 * the same type was looked up by currentRecords already).
 */
function takenIds(trx: Trx, datasetId: string, intents: Intent[]): Promise<Map<string, WritableType>> {
  let found = taken.get(intents);
  if (!found) {
    found = (async () => {
      const creates = intents.filter((i) => i.op === 'create');
      const byId = new Map<string, WritableType>();
      for (const type of ['source', 'actor', 'relation'] as const) {
        const ids = creates.filter((i) => i.type !== type).map(idOf);
        if (ids.length === 0) continue;
        const rows = await trx
          .selectFrom(TABLE[type])
          .select('id')
          .where('dataset_id', '=', datasetId)
          .where(idIn(ids))
          .execute();
        for (const row of rows) byId.set(row.id, type);
      }
      return byId;
    })();
    taken.set(intents, found);
  }
  return found;
}

/** A deleted actor or source that stored records still name: 409 IN_USE listing them (records deleted in the same request excepted). */
async function checkDeletions(trx: Trx, datasetId: string, intents: Intent[]): Promise<void> {
  const deleted = (type: WritableType) =>
    new Set(intents.filter((i) => i.type === type && i.op === 'delete').map(idOf));
  const rewritten = (type: WritableType) => new Set(intents.filter((i) => i.type === type).map(idOf));
  const relationsGone = rewritten('relation');
  const actorsGone = rewritten('actor');
  const issues: WriteIssue[] = [];
  for (const intent of intents) {
    if (intent.op !== 'delete' || intent.type === 'relation') continue;
    const users: string[] = [];
    if (intent.type === 'actor') {
      const relations = await trx
        .selectFrom('relations')
        .select('id')
        .where('dataset_id', '=', datasetId)
        .where((eb) => eb.or([eb('source', '=', intent.id), eb('target', '=', intent.id)]))
        .limit(50)
        .execute();
      users.push(...relations.map((r) => `relation "${r.id}"`).filter((_, i) => !relationsGone.has(relations[i]!.id)));
      const actors = await trx
        .selectFrom('actors')
        .select('id')
        .where('dataset_id', '=', datasetId)
        .where((eb) => eb.or([eb(sql`record->>'country'`, '=', intent.id), eb(sql`record->>'partOf'`, '=', intent.id)]))
        .limit(50)
        .execute();
      users.push(...actors.filter((a) => !deleted('actor').has(a.id)).map((a) => `actor "${a.id}"`));
    } else {
      const relations = await trx
        .selectFrom('evidence')
        .select('relation_id')
        .distinct()
        .where('dataset_id', '=', datasetId)
        .where('source_id', '=', intent.id)
        .limit(50)
        .execute();
      users.push(
        ...relations.filter((r) => !relationsGone.has(r.relation_id)).map((r) => `relation "${r.relation_id}"`),
      );
      const actors = await trx
        .selectFrom('actors')
        .select('id')
        .where('dataset_id', '=', datasetId)
        .where(sql<boolean>`record->'evidence' @> ${JSON.stringify([{ source: intent.id }])}::jsonb`)
        .limit(50)
        .execute();
      users.push(...actors.filter((a) => !actorsGone.has(a.id)).map((a) => `actor "${a.id}"`));
    }
    if (users.length > 0) {
      issues.push({
        field: intent.field || 'id',
        code: 'IN_USE',
        message: `${intent.type} "${intent.id}" is still named by ${users.slice(0, 10).join(', ')}${users.length > 10 ? ' and more' : ''}; change or delete those first`,
      });
    }
  }
  if (issues.length > 0) throw new WriteRefusedError(409, 'IN_USE', issues[0]!.message, issues);
}

/** The loader's issues with the written records, checked together with the stored records they name or that cite an edited source. */
async function checkWritten(
  trx: Trx,
  datasetId: string,
  intents: Intent[],
  lap: (step: string) => void,
): Promise<WriteIssue[]> {
  const input: CheckInput = { sources: [], actors: [], relations: [] };
  const deleted = new Set(intents.filter((i) => i.op === 'delete').map((i) => `${i.type}:${idOf(i)}`));
  const inRequest = new Set(intents.map((i) => `${i.type}:${idOf(i)}`));
  for (const intent of intents) {
    if (intent.op === 'delete') continue;
    if (intent.type === 'source') input.sources.push({ record: intent.record, text: intent.text, field: intent.field });
    else if (intent.type === 'actor') input.actors.push({ record: intent.record, field: intent.field });
    else input.relations.push({ record: intent.record, field: intent.field });
  }
  // Stored relations and actors citing an edited source: its new text must still hold their quotes.
  const editedSources = intents.filter((i) => i.type === 'source' && i.op === 'update').map(idOf);
  if (editedSources.length > 0) {
    const citing = await trx
      .selectFrom('relations')
      .select('record')
      .where('dataset_id', '=', datasetId)
      .where(
        'id',
        'in',
        trx
          .selectFrom('evidence')
          .select('relation_id')
          .where('dataset_id', '=', datasetId)
          .where('source_id', 'in', editedSources),
      )
      .execute();
    for (const { record } of citing) if (!inRequest.has(`relation:${record.id}`)) input.relations.push({ record });
    for (const source of editedSources) {
      const actors = await trx
        .selectFrom('actors')
        .select('record')
        .where('dataset_id', '=', datasetId)
        .where(sql<boolean>`record->'evidence' @> ${JSON.stringify([{ source }])}::jsonb`)
        .execute();
      for (const { record } of actors) if (!inRequest.has(`actor:${record.id}`)) input.actors.push({ record });
    }
  }
  if (input.sources.length + input.actors.length + input.relations.length === 0) return [];
  // The stored actors and sources the checked records name (unless this request deletes them: then they are unknown).
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const { record } of input.relations) {
    actorIds.add(record.source).add(record.target);
    for (const evidence of record.evidence ?? []) sourceIds.add(evidence.source);
  }
  for (const { record } of input.actors) {
    if (record.country) actorIds.add(record.country);
    if (record.partOf) actorIds.add(record.partOf);
    for (const evidence of record.evidence ?? []) sourceIds.add(evidence.source);
  }
  const haveActors = new Set(input.actors.map(({ record }) => record.id));
  const needActors = [...actorIds].filter(
    (id) => typeof id === 'string' && !haveActors.has(id) && !deleted.has(`actor:${id}`),
  );
  if (needActors.length > 0) {
    const rows = await trx
      .selectFrom('actors')
      .select('record')
      .where('dataset_id', '=', datasetId)
      .where(idIn(needActors))
      .execute();
    // These actors are here only as ends that exist: their own references (evidence in other sources, `country`,
    // `partOf`) were checked when they were written, and checking them here would need their sources and actors too.
    for (const { record } of rows) {
      const { evidence: _evidence, country: _country, partOf: _partOf, ...end } = record;
      input.actors.push({ record: end });
    }
  }
  const haveSources = new Set(input.sources.map(({ record }) => record.id));
  const needSources = [...sourceIds].filter(
    (id) => typeof id === 'string' && !haveSources.has(id) && !deleted.has(`source:${id}`),
  );
  if (needSources.length > 0) {
    const rows = await trx
      .selectFrom('sources')
      .select(['record', 'text'])
      .where('dataset_id', '=', datasetId)
      .where(idIn(needSources))
      .execute();
    for (const { record, text } of rows) input.sources.push({ record, text });
  }
  lap('stored records the written ones name');
  const issues = checkRecords(datasetId, input, editedSources.length > 0 ? 'text' : 'id');
  lap("loader's checks (JS)");
  return issues;
}
