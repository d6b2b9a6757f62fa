// Several API processes on one PostgreSQL: each commit NOTIFYs `age_changes` and each new or deleted dataset `age_datasets`; every process LISTENs, catches up, and serves the store's datasets.
import type { Datasets } from '../datasets.js';
import type { Snapshot, StoreLogger } from '../dataset-store.js';
import { followWrite } from './follow-write.js';
import { mergeWhenQuiet } from './merge-index.js';
import type { Intent } from './intents.js';
import { snapshotRevision, storeFile, type StoreLoaded } from './store-loader.js';

/** The channel every committed write notifies, with `<revision> <dataset id>` as payload. */
export const CHANGE_CHANNEL = 'age_changes';

/** The channel a created or deleted dataset notifies (`created <id>` / `deleted <id>`: migration 0005-dataset-notify). */
export const DATASETS_CHANNEL = 'age_datasets';

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

  /** Serves dataset `id`, created in the store by another process (or by this one: then it is served already). */
  async created(id: string): Promise<void> {
    try {
      const served = this.datasets.ids().includes(id);
      await this.datasets.add(storeFile(id));
      if (!served) this.logger.info({ dataset: id }, 'serving a dataset another process created');
      // A write to it notified while it loaded found nothing served to bring forward: catch up with it now.
      const wanted = this.#wanted.get(id);
      if (wanted !== undefined) await this.request(id, wanted);
    } catch (error) {
      this.logger.error({ dataset: id, err: (error as Error).message }, 'serving a newly created dataset failed');
    }
  }

  /** Stops serving dataset `id`, deleted from the store (the last dataset served stays until restart). */
  async deleted(id: string): Promise<void> {
    if (await this.datasets.remove(id)) this.logger.info({ dataset: id }, 'stopped serving a deleted dataset');
    else if (this.datasets.ids().includes(id))
      this.logger.error(
        { dataset: id },
        'the only dataset served was deleted from the store; serving it until restart',
      );
  }

  /** Brings the served list and revisions level with the store's datasets (`heads`: after a lost LISTEN connection). */
  async sync(heads: ReadonlyArray<{ id: string; revision: number }>): Promise<void> {
    const stored = new Set(heads.map((head) => head.id));
    for (const id of this.datasets.ids()) if (!stored.has(id)) await this.deleted(id);
    for (const head of heads) {
      if (!this.datasets.ids().includes(head.id)) await this.created(head.id);
      else void this.request(head.id, head.revision);
    }
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
      const payload = message.payload ?? '';
      const space = payload.indexOf(' ');
      const [head, id] = [payload.slice(0, space), payload.slice(space + 1)];
      if (space < 1 || !id) return;
      if (message.channel === DATASETS_CHANNEL) {
        if (head === 'created') void catchUp.created(id);
        else if (head === 'deleted') void catchUp.deleted(id);
      } else if (Number.isInteger(Number(head))) void catchUp.request(id, Number(head));
    });
    next.on('error', (error) => {
      logger.error({ err: error.message }, 'the LISTEN connection failed; reconnecting');
      void next.end().catch(() => undefined);
      if (!closed) timer = setTimeout(() => void reconnect(), RECONNECT_MS);
    });
    await next.connect();
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    await next.query(`LISTEN ${DATASETS_CHANNEL}`);
    client = next;
  };
  const reconnect = async (): Promise<void> => {
    try {
      await connect();
      // Notifications sent while disconnected are lost: compare the datasets and their heads with the store's instead.
      const heads = await client!.query<{ id: string; revision: number }>('SELECT id, revision FROM datasets');
      void catchUp.sync(heads.rows);
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
