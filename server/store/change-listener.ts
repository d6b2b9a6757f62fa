// Several API processes on one PostgreSQL: each commit NOTIFYs `age_changes`; every process LISTENs and reloads the dataset whose served revision fell behind.
import type { Datasets } from '../datasets.js';
import type { Snapshot, StoreLogger } from '../dataset-store.js';
import { followWrite } from './follow-write.js';
import { mergeWhenQuiet } from './merge-index.js';
import type { Intent } from './intents.js';
import { snapshotRevision, type StoreLoaded } from './store-loader.js';

/** The channel every committed write notifies, with `<revision> <dataset id>` as payload. */
export const CHANGE_CHANNEL = 'age_changes';

/** Milliseconds between reconnection attempts after the listening connection is lost. */
const RECONNECT_MS = 1000;

/** The payload a write sends on CHANGE_CHANNEL. */
export function changePayload(datasetId: string, revision: number): string {
  return `${revision} ${datasetId}`;
}

/**
 * Brings each served dataset up to a revision. This process's own writes leave their intents here (`follow`), and
 * the served snapshot advances from them in memory, revision by revision (follow-write.ts); a revision with no
 * intents here (another process's commit) is read back from the store whole. This process's writes and other
 * processes' notifications go through the same instance, so a write and the NOTIFY of that very write cost one
 * update, not two; requests arriving during a reload coalesce into at most one more.
 */
export class CatchUp {
  readonly #running = new Map<string, Promise<void>>();
  readonly #wanted = new Map<string, number>();
  /** Per dataset: the intents of this process's committed writes by revision, until the served graph has them. */
  readonly #intents = new Map<string, Map<number, readonly Intent[]>>();
  /** Per dataset: this process's writes between their start and `follow` (whose revision is not known yet). */
  readonly #local = new Map<string, Set<Promise<void>>>();

  constructor(
    private readonly datasets: Datasets,
    private readonly logger: StoreLogger,
  ) {}

  /**
   * Marks a write of this process to dataset `id` as under way until the returned function is called: a NOTIFY of
   * it arriving before its commit returns here then waits for its intents rather than reading the whole dataset back.
   */
  localWrite(id: string): () => void {
    let done!: () => void;
    const settled = new Promise<void>((resolve) => (done = resolve));
    const pending = this.#local.get(id) ?? new Set();
    this.#local.set(id, pending.add(settled));
    return () => {
      pending.delete(settled);
      done();
    };
  }

  /** Leaves the intents of this process's write that made `revision` of dataset `id`, for the served graph to follow. */
  follow(id: string, revision: number, intents: readonly Intent[]): void {
    const byRevision = this.#intents.get(id) ?? new Map<number, readonly Intent[]>();
    this.#intents.set(id, byRevision.set(revision, intents));
  }

  /** Asks for dataset `id` at `revision` or later; resolves once it is served (or the reload failed and was logged). */
  request(id: string, revision: number): Promise<void> {
    this.#wanted.set(id, Math.max(this.#wanted.get(id) ?? 0, revision));
    let running = this.#running.get(id);
    if (!running) {
      running = this.#run(id).finally(() => this.#running.delete(id));
      this.#running.set(id, running);
    }
    return running;
  }

  async #run(id: string): Promise<void> {
    for (;;) {
      let entry;
      try {
        entry = this.datasets.entry(id);
      } catch {
        return; // a dataset this process does not serve (added by another since it started)
      }
      const served = snapshotRevision(entry.store.current) ?? 0;
      const byRevision = this.#intents.get(id);
      for (const revision of byRevision?.keys() ?? []) if (revision <= served) byRevision!.delete(revision);
      if (served >= (this.#wanted.get(id) ?? 0)) return;
      const intents = byRevision?.get(served + 1);
      if (intents) {
        const result = await entry.store.advance((current) =>
          followWrite(current as Snapshot<StoreLoaded>, intents, served + 1),
        );
        byRevision!.delete(served + 1);
        if (result.ok) {
          mergeWhenQuiet(entry.store); // the index's spare room, reclaimed at a quiet moment (merge-index.ts)
          continue;
        }
      } else if (this.#local.get(id)?.size) {
        // A write of this process is between its commit and `follow`: wait for its intents instead of a full read.
        await Promise.race(this.#local.get(id)!);
        continue;
      }
      const result = await this.datasets.reload(id);
      if (!result.ok) {
        this.logger.error(
          { dataset: id, issues: result.issues.slice(0, 10) },
          "catching up with another process's write failed",
        );
        return;
      }
      this.logger.info(
        { dataset: id, revision: snapshotRevision(entry.store.current) },
        'caught up with a write from another process',
      );
    }
  }
}

/** Listens on CHANGE_CHANNEL over its own connection (reconnecting, then catching up on every dataset); `close()` stops it. */
export async function listenForChanges(
  databaseUrl: string,
  catchUp: CatchUp,
  logger: StoreLogger,
): Promise<{ close(): Promise<void> }> {
  const { default: pg } = await import('pg');
  let client: InstanceType<typeof pg.Client> | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      const [revision, id] = (message.payload ?? '').split(' ', 2);
      if (id && Number.isInteger(Number(revision))) void catchUp.request(id, Number(revision));
    });
    next.on('error', (error) => {
      logger.error({ err: error.message }, 'the LISTEN connection failed; reconnecting');
      void next.end().catch(() => undefined);
      if (!closed) timer = setTimeout(() => void reconnect(), RECONNECT_MS);
    });
    await next.connect();
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    client = next;
  };
  const reconnect = async (): Promise<void> => {
    try {
      await connect();
      // Notifications sent while disconnected are lost: compare every dataset with the store's head instead.
      const heads = await client!.query<{ id: string; revision: number }>('SELECT id, revision FROM datasets');
      for (const row of heads.rows) void catchUp.request(row.id, row.revision);
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'reconnecting the LISTEN connection failed; retrying');
      if (!closed) timer = setTimeout(() => void reconnect(), RECONNECT_MS);
    }
  };
  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
