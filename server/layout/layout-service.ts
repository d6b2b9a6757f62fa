// Positions of a large dataset's actors, computed once per dataset content in a worker thread and cached on disk by the content hash.
import type { Worker } from 'node:worker_threads';
import { DEFAULT_SETTINGS, type Settings } from '../config.js';
import type { DatasetStore, Snapshot, StoreLogger } from '../dataset-store.js';
import { startWorker } from '../workers/start-worker.js';
import { iterationBudget } from '../../graph/layout/layout-rules.js';
import { LAYOUT_MAX_ACTORS, type LayoutInput, type LayoutResult } from './compute-layout.js';
import { hashNodeIds, layoutFilePath, readLayoutFile, writeLayoutFile } from './layout-file.js';
import type { LayoutRequest } from './layout-worker.js';

/** `none`: no server layout (small dataset, failure); `computing`; `ready`: positions available. */
export type LayoutStatus = 'ready' | 'computing' | 'none';

/** Where the layout service keeps files and which datasets it lays out: the `layout*` settings (server/config.ts). */
export interface LayoutSettings {
  minActors: number;
  cacheDir: string;
  timeBudgetMs: number;
  /** Iteration cap; absent or 0: iterationBudget (graph/layout/layout-rules.ts) for the dataset's size. */
  maxIterations?: number;
}

/** The layout service's part of the server settings. */
export function layoutSettingsOf(
  settings: Pick<Settings, 'layoutMinActors' | 'layoutCacheDir' | 'layoutTimeBudget' | 'layoutMaxIterations'>,
): LayoutSettings {
  const {
    layoutMinActors: minActors,
    layoutCacheDir: cacheDir,
    layoutTimeBudget: timeBudgetMs,
    layoutMaxIterations,
  } = settings;
  return layoutMaxIterations > 0
    ? { minActors, cacheDir, timeBudgetMs, maxIterations: layoutMaxIterations }
    : { minActors, cacheDir, timeBudgetMs };
}

/** The defaults, from the server's defaults. */
export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = layoutSettingsOf(DEFAULT_SETTINGS);

/** One snapshot's layout: its status, positions once ready, where they came from, and when all work (file write included) is done. */
interface Job {
  status: LayoutStatus;
  positions?: Float32Array;
  source?: 'cache' | 'computed';
  worker?: Worker;
  retired: boolean;
  /** Resolves once the cache file was checked (a cached layout is ready then). */
  checked: Promise<void>;
  /** Resolves once the positions are ready and written, or the work failed or was retired. */
  done: Promise<void>;
}

/** Starts, caches and serves layouts, one per large snapshot; retire a snapshot when a reload replaces it. */
export class LayoutService {
  readonly settings: LayoutSettings;
  readonly #jobs = new Map<Snapshot, Job>();

  constructor(
    settings: Partial<LayoutSettings>,
    private readonly logger: StoreLogger,
  ) {
    this.settings = { ...DEFAULT_LAYOUT_SETTINGS, ...settings };
  }

  /** A service for these stores: a snapshot replaced by a reload has its layout retired. */
  static forStores(stores: readonly DatasetStore[], settings: LayoutSettings, logger: StoreLogger): LayoutService {
    const layouts = new LayoutService(settings, logger);
    for (const store of stores) store.onSwap((_next, previous) => void layouts.retire(previous));
    return layouts;
  }

  /** True if this snapshot gets a server layout at all. */
  applies(snapshot: Snapshot): boolean {
    const order = snapshot.index.nodeCount;
    return order >= this.settings.minActors && order <= LAYOUT_MAX_ACTORS && order > 0;
  }

  /** Starts the snapshot's layout if not begun and waits only for the cache check (milliseconds), so a cached layout is ready at once. */
  async prepare(snapshot: Snapshot): Promise<LayoutStatus> {
    if (!this.applies(snapshot)) return 'none';
    let job = this.#jobs.get(snapshot);
    if (!job) this.#jobs.set(snapshot, (job = this.#start(snapshot)));
    await job.checked;
    return job.status;
  }

  /** The positions (x, y per node in index order) once ready. */
  positions(snapshot: Snapshot): Float32Array | undefined {
    return this.#jobs.get(snapshot)?.positions;
  }

  /** Waits for the snapshot's layout to finish (tests, benchmarks): its status and whether it came from the cache file. */
  async settled(snapshot: Snapshot): Promise<{ status: LayoutStatus; source?: 'cache' | 'computed' }> {
    await this.prepare(snapshot);
    const job = this.#jobs.get(snapshot);
    if (!job) return { status: 'none' };
    await job.done;
    return job.source ? { status: job.status, source: job.source } : { status: job.status };
  }

  /** Forgets a snapshot (replaced by a reload): its worker stops, and a late answer is dropped; resolves once the worker is gone. */
  async retire(snapshot: Snapshot): Promise<void> {
    const job = this.#jobs.get(snapshot);
    if (!job) return;
    job.retired = true;
    this.#jobs.delete(snapshot);
    await job.worker?.terminate();
  }

  /** Stops every layout worker (server shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.#jobs.keys()].map((snapshot) => this.retire(snapshot)));
  }

  #start(snapshot: Snapshot): Job {
    const job: Job = { status: 'computing', retired: false, checked: Promise.resolve(), done: Promise.resolve() };
    let finish: () => void = () => {};
    job.done = new Promise((resolve) => (finish = resolve));
    job.checked = (async () => {
      const idsHash = hashNodeIds(snapshot.index.nodeIds);
      const file = layoutFilePath(this.settings.cacheDir, snapshot.hash);
      const cached = await readLayoutFile(file, snapshot.index.nodeCount, idsHash);
      if (job.retired) return finish();
      if (cached) {
        Object.assign(job, { status: 'ready', positions: cached.positions, source: 'cache' });
        this.logger.info({ file, actors: snapshot.index.nodeCount }, 'layout read from cache');
        return finish();
      }
      this.#compute(snapshot, job)
        .then(async (result) => {
          if (!result || job.retired) return;
          Object.assign(job, { status: 'ready', positions: result.positions, source: 'computed' });
          this.logger.info(
            { file, actors: snapshot.index.nodeCount, iterations: result.iterations, settled: result.settled },
            'layout computed',
          );
          // A failed write (read-only folder, full disk) only costs a recomputation after the next restart.
          await writeLayoutFile(file, result, idsHash).catch((error: unknown) =>
            this.logger.error({ file, error: String(error) }, 'layout cache not written'),
          );
        })
        .finally(finish);
    })();
    return job;
  }

  /** Runs the layout in a worker thread; resolves with the result, or undefined (status `none`) if the worker failed or was stopped. */
  #compute(snapshot: Snapshot, job: Job): Promise<LayoutResult | undefined> {
    const { index } = snapshot;
    // Compact copies, transferred: the index's arrays are views on one large (possibly shared) arena that must stay whole.
    const input: LayoutInput = {
      nodeIds: index.nodeIds,
      relationSource: index.relationSource.slice(),
      relationTarget: index.relationTarget.slice(),
      strength: index.strength.slice(),
      kind: index.kind.slice(),
    };
    const budget = {
      maxIterations: this.settings.maxIterations || iterationBudget(index.nodeCount),
      timeBudgetMs: this.settings.timeBudgetMs,
    };
    // startWorker resolves names beside server/workers/; the layout worker lives in server/layout/.
    const worker = startWorker('../layout/layout-worker', {});
    job.worker = worker;
    return new Promise((resolve) => {
      let answered = false;
      const fail = (reason: string) => {
        if (answered) return; // the exit that follows a posted answer
        answered = true;
        if (job.status === 'computing') job.status = 'none';
        if (!job.retired)
          this.logger.error({ file: snapshot.loaded.file, reason }, 'layout failed; the client lays out what it draws');
        resolve(undefined);
      };
      worker.once('message', (result: LayoutResult) => {
        answered = true;
        job.worker = undefined;
        resolve(result);
      });
      worker.once('error', (error) => fail(error.message));
      worker.once('exit', (code) => fail(`worker exited with code ${code}`));
      const request: LayoutRequest = { input, budget };
      worker.postMessage(request, [
        input.relationSource.buffer,
        input.relationTarget.buffer,
        input.strength.buffer,
        input.kind.buffer,
      ] as ArrayBuffer[]);
    });
  }
}
