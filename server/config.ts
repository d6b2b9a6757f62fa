// Server settings: one interface, one set of defaults, one validator, read from the environment and the command line.
import { tmpdir } from 'node:os';
import { delimiter, resolve } from 'node:path';
import { DEFAULT_QUERY_WORKERS } from './workers/index-query-pool.js';

/** Everything the server can be told; every field has a default in DEFAULT_SETTINGS. */
export interface Settings {
  host: string;
  port: number;
  /** The default dataset's file (JSON, see graph/model/schema.ts); always `dataFiles[0]` after merging. */
  dataFile: string;
  /** Every dataset file to serve, the default first; each dataset is chosen by its own `id` (`?dataset=`). */
  dataFiles: string[];
  /** Folder of the built client (index.html and assets); served at `/` when it exists. */
  clientDir: string;
  /** Requests per window and client on /api; 0 turns rate limiting off. */
  rateLimitMax: number;
  /** Rate-limit window in milliseconds. */
  rateLimitWindow: number;
  /** Allowed CORS origin; empty means CORS is off. */
  corsOrigin: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Longest accepted URL query string, in bytes; longer ones get 414. */
  maxQueryLength: number;
  /** Milliseconds shutdown waits for in-flight requests before giving up. */
  shutdownTimeout: number;
  /** Time budget of one path query in milliseconds; past it the query stops with 422 OVER_BUDGET. */
  pathTimeBudget: number;
  /** Milliseconds a metrics request waits for its worker before 422 OVER_BUDGET (the worker finishes and caches it). */
  metricsTimeBudget: number;
  /** Graphs of at least this many relations answer metric, path and neighbourhood queries from worker threads (0: always). */
  workerMinRelations: number;
  /** Index worker threads per large dataset answering paths, neighbourhoods and searches (default: one per core, at least 2). */
  queryWorkers: number;
  /** Bearer token of `POST /api/admin/reload`, from the environment only; empty leaves the route out. */
  adminToken: string;
  /** Datasets of at least this many actors get a layout computed once by the server; smaller ones the client lays out (it draws all of them). */
  layoutMinActors: number;
  /** Folder of the cached layouts, one file per dataset content hash (relative to the working directory; gitignored); created on first write. */
  layoutCacheDir: string;
  /**
   * Longest one server layout computes, in ms. Barnes–Hut FA2 costs about O(n log n + pairs) per iteration, so the
   * client's iteration count would take hours on the largest graphs; the budget bounds it once per dataset content.
   */
  layoutTimeBudget: number;
  /** Iteration cap of a server layout; 0: the budget for the dataset's size (`iterationBudget`, graph/layout/layout-rules.ts). */
  layoutMaxIterations: number;
  /** Folder where datasets imported through `POST /api/import` are written (IMPORT_DIR). */
  importDir: string;
  /** Serve from the store (server/store/): `on`, or `none` for the JSON files only; the server process defaults to the store unless files are named. */
  store: StoreMode;
  /** The embedded store's folder (PGlite), used when `databaseUrl` is empty. */
  dataDir: string;
  /** A PostgreSQL server (`postgres://…`); empty: the embedded store in `dataDir`. */
  databaseUrl: string;
  /** Dataset ids anyone may read without signing in; `['*']`: every dataset. Others exist only for accounts with a role on them. */
  publicDatasets: string[];
  /** Lifetime of a browser session in milliseconds. */
  sessionTtl: number;
  /** Failed sign-ins allowed per account name within `loginWindow` (four times as many per client address). */
  loginMaxFailures: number;
  /** The window of `loginMaxFailures`, in milliseconds. */
  loginWindow: number;
}

/** How datasets are held: in the store (PostgreSQL or embedded PGlite) or read from JSON files only. */
export const STORE_MODES = ['on', 'none'] as const;
export type StoreMode = (typeof STORE_MODES)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Defaults: local only, the article's dataset, the built client; paths resolve from the working directory (see stack.md). */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  host: '127.0.0.1',
  port: 3000,
  dataFile: resolve(process.cwd(), 'graph/data/besa-1723.json'),
  dataFiles: Object.freeze([resolve(process.cwd(), 'graph/data/besa-1723.json')]) as string[],
  clientDir: resolve(process.cwd(), 'dist/client'),
  rateLimitMax: 600,
  rateLimitWindow: 60_000,
  corsOrigin: '',
  logLevel: 'info',
  maxQueryLength: 4096,
  shutdownTimeout: 10_000,
  pathTimeBudget: 500,
  metricsTimeBudget: 10_000,
  workerMinRelations: 50_000,
  queryWorkers: DEFAULT_QUERY_WORKERS,
  adminToken: '',
  layoutMinActors: 5000,
  layoutCacheDir: '.cache/layout',
  layoutTimeBudget: 180_000,
  layoutMaxIterations: 0,
  importDir: resolve(tmpdir(), 'actor-graph-imports'),
  // Files by default for buildApp (tests, embedding); the server process (loadSettings) turns the store on.
  store: 'none',
  dataDir: resolve(process.cwd(), '.data'),
  databaseUrl: '',
  publicDatasets: Object.freeze(['*']) as string[],
  sessionTtl: 12 * 3_600_000,
  loginMaxFailures: 5,
  loginWindow: 15 * 60_000,
});

function isCount(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Throws a precise message for the first invalid setting: "Settings: invalid `port`. Expecting an integer 0..65535." */
export function validateSettings(settings: Settings): void {
  const fail = (field: keyof Settings, expecting: string): never => {
    const value = settings[field];
    throw new Error(
      `Settings: invalid \`${field}\` (${typeof value === 'number' ? value : JSON.stringify(value)}). Expecting ${expecting}.`,
    );
  };
  if (typeof settings.host !== 'string' || settings.host.length === 0) fail('host', 'a host name or address');
  if (!isCount(settings.port, 0, 65_535)) fail('port', 'an integer 0..65535');
  validateDataFiles(settings.dataFiles);
  if (typeof settings.dataFile !== 'string' || settings.dataFile.length === 0) fail('dataFile', 'a file path');
  if (typeof settings.clientDir !== 'string' || settings.clientDir.length === 0) fail('clientDir', 'a folder path');
  if (!isCount(settings.rateLimitMax, 0, 1_000_000_000))
    fail('rateLimitMax', 'a non-negative integer (0 turns it off)');
  if (!isCount(settings.rateLimitWindow, 1, 86_400_000)) fail('rateLimitWindow', 'milliseconds, 1..86400000');
  if (typeof settings.corsOrigin !== 'string') fail('corsOrigin', 'an origin such as https://example.org, or empty');
  if (settings.corsOrigin && !/^https?:\/\/[^/\s]+$/.test(settings.corsOrigin))
    fail('corsOrigin', 'an origin such as https://example.org, or empty');
  if (!LOG_LEVELS.includes(settings.logLevel)) fail('logLevel', `one of ${LOG_LEVELS.join(', ')}`);
  if (!isCount(settings.maxQueryLength, 64, 1_000_000)) fail('maxQueryLength', 'bytes, 64..1000000');
  if (!isCount(settings.shutdownTimeout, 0, 600_000)) fail('shutdownTimeout', 'milliseconds, 0..600000');
  if (!isCount(settings.pathTimeBudget, 1, 600_000)) fail('pathTimeBudget', 'milliseconds, 1..600000');
  if (!isCount(settings.metricsTimeBudget, 1, 600_000)) fail('metricsTimeBudget', 'milliseconds, 1..600000');
  if (!isCount(settings.workerMinRelations, 0, 1_000_000_000))
    fail('workerMinRelations', 'a number of relations (0: always in workers)');
  if (!isCount(settings.queryWorkers, 1, 64)) fail('queryWorkers', 'an integer 1..64');
  if (!isCount(settings.layoutMinActors, 1, 1_000_000_000)) fail('layoutMinActors', 'a positive number of actors');
  if (typeof settings.layoutCacheDir !== 'string' || settings.layoutCacheDir.length === 0)
    fail('layoutCacheDir', 'a folder path');
  if (!isCount(settings.layoutTimeBudget, 0, 3_600_000)) fail('layoutTimeBudget', 'milliseconds, 0..3600000');
  if (!isCount(settings.layoutMaxIterations, 0, 1_000_000))
    fail('layoutMaxIterations', 'an integer 0..1000000 (0: by dataset size)');
  // A short token is guessable; the value itself is never printed.
  if (typeof settings.adminToken !== 'string' || (settings.adminToken !== '' && settings.adminToken.length < 16)) {
    throw new Error(
      'Settings: invalid `adminToken`. Expecting at least 16 characters, or empty to leave the admin route out.',
    );
  }
  if (!STORE_MODES.includes(settings.store)) fail('store', `one of ${STORE_MODES.join(', ')}`);
  if (typeof settings.dataDir !== 'string' || settings.dataDir.length === 0) fail('dataDir', 'a folder path');
  if (
    typeof settings.databaseUrl !== 'string' ||
    (settings.databaseUrl !== '' && !/^postgres(ql)?:\/\//.test(settings.databaseUrl))
  ) {
    // The value may hold a password: never printed.
    throw new Error(
      'Settings: invalid `databaseUrl`. Expecting postgres://user:password@host:port/database, or empty for the embedded store.',
    );
  }
  validatePublicDatasets(settings.publicDatasets);
  if (!isCount(settings.sessionTtl, 60_000, 90 * 86_400_000))
    fail('sessionTtl', 'milliseconds, 60000..7776000000 (1 minute to 90 days)');
  if (!isCount(settings.loginMaxFailures, 1, 1000)) fail('loginMaxFailures', 'an integer 1..1000');
  if (!isCount(settings.loginWindow, 1000, 86_400_000)) fail('loginWindow', 'milliseconds, 1000..86400000');
}

const DATASET_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

function validatePublicDatasets(ids: unknown): void {
  const expecting = 'Settings: invalid `publicDatasets`. Expecting ["*"] (every dataset), dataset ids, or [] (none)';
  if (!Array.isArray(ids)) throw new Error(`${expecting}.`);
  const bad = ids.find((id) => typeof id !== 'string' || (id !== '*' && !DATASET_ID.test(id)));
  if (bad !== undefined) throw new Error(`${expecting}; ${JSON.stringify(bad)} is none of these.`);
  if (ids.includes('*') && ids.length > 1) throw new Error(`${expecting}; "*" already names every dataset, alone.`);
}

/** Most datasets one server holds; each costs its graph, index and (when large) two worker threads. */
export const MAX_DATASETS = 16;

function validateDataFiles(files: unknown): void {
  const expecting = `Settings: invalid \`dataFiles\`. Expecting 1..${MAX_DATASETS} file paths`;
  if (!Array.isArray(files) || files.length === 0 || files.length > MAX_DATASETS) throw new Error(`${expecting}.`);
  if (files.some((file) => typeof file !== 'string' || file.length === 0))
    throw new Error(`${expecting}, got an empty one.`);
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice !== undefined) throw new Error(`${expecting}, each once; ${JSON.stringify(twice)} is given twice.`);
}

/**
 * Defaults overlaid with the given values, validated. `dataFiles` wins over `dataFile` (one file, as before
 * several datasets); either way `dataFile` ends up as the default dataset's file, `dataFiles[0]`.
 */
export function mergeSettings(overrides: Partial<Settings> = {}): Settings {
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, value]) => value !== undefined),
  ) as Partial<Settings>;
  const dataFiles =
    defined.dataFiles ?? (defined.dataFile !== undefined ? [defined.dataFile] : [...DEFAULT_SETTINGS.dataFiles]);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...defined,
    dataFiles,
    dataFile: Array.isArray(dataFiles) ? (dataFiles[0] ?? '') : '',
  };
  validateSettings(settings);
  return settings;
}

/** An environment number, kept as NaN when malformed so validateSettings names the field. */
function envNumber(value: string | undefined): number | undefined {
  return value === undefined || value === '' ? undefined : Number(value);
}

/** DATA_FILES split on the platform's path delimiter (`:`, `;` on Windows), empty items dropped; throws if DATA_FILE is set too. */
function envDataFiles(env: NodeJS.ProcessEnv): string[] | undefined {
  if (!env.DATA_FILES) return undefined;
  if (env.DATA_FILE) throw new Error('Settings: set DATA_FILE (one dataset) or DATA_FILES (several), not both.');
  const files = env.DATA_FILES.split(delimiter).filter((file) => file.trim() !== '');
  if (files.length === 0)
    throw new Error(`Settings: DATA_FILES names no file. Expecting paths separated by "${delimiter}".`);
  return files.map((file) => resolve(process.cwd(), file));
}

/** PUBLIC_DATASETS: `*` (every dataset), `none`, or ids separated by commas. */
function envPublicDatasets(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (value.trim() === 'none') return [];
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Settings named in the environment (HOST, PORT, DATA_FILE or DATA_FILES, RATE_LIMIT_*, CORS_ORIGIN, LOG_LEVEL, *_TIME_BUDGET, WORKER_MIN_RELATIONS, QUERY_WORKERS, LAYOUT_*, ADMIN_TOKEN, IMPORT_DIR, STORE, DATA_DIR, DATABASE_URL, PUBLIC_DATASETS, SESSION_TTL, LOGIN_*). */
export function settingsFromEnv(env: NodeJS.ProcessEnv): Partial<Settings> {
  return {
    host: env.HOST || undefined,
    port: envNumber(env.PORT),
    dataFile: env.DATA_FILE ? resolve(process.cwd(), env.DATA_FILE) : undefined,
    dataFiles: envDataFiles(env),
    clientDir: env.CLIENT_DIR ? resolve(process.cwd(), env.CLIENT_DIR) : undefined,
    rateLimitMax: envNumber(env.RATE_LIMIT_MAX),
    rateLimitWindow: envNumber(env.RATE_LIMIT_WINDOW),
    corsOrigin: env.CORS_ORIGIN,
    logLevel: (env.LOG_LEVEL || undefined) as Settings['logLevel'] | undefined,
    pathTimeBudget: envNumber(env.PATH_TIME_BUDGET),
    metricsTimeBudget: envNumber(env.METRICS_TIME_BUDGET),
    workerMinRelations: envNumber(env.WORKER_MIN_RELATIONS),
    queryWorkers: envNumber(env.QUERY_WORKERS),
    layoutMinActors: envNumber(env.LAYOUT_MIN_ACTORS),
    layoutCacheDir: env.LAYOUT_CACHE_DIR || undefined,
    layoutTimeBudget: envNumber(env.LAYOUT_TIME_BUDGET),
    layoutMaxIterations: envNumber(env.LAYOUT_MAX_ITERATIONS),
    // The admin token comes from the environment only: never a command-line flag (visible in `ps`) or a file in the repo.
    adminToken: env.ADMIN_TOKEN || undefined,
    importDir: env.IMPORT_DIR ? resolve(process.cwd(), env.IMPORT_DIR) : undefined,
    store: (env.STORE || undefined) as StoreMode | undefined,
    dataDir: env.DATA_DIR ? resolve(process.cwd(), env.DATA_DIR) : undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    publicDatasets: envPublicDatasets(env.PUBLIC_DATASETS),
    sessionTtl: envNumber(env.SESSION_TTL),
    loginMaxFailures: envNumber(env.LOGIN_MAX_FAILURES),
    loginWindow: envNumber(env.LOGIN_WINDOW),
  };
}

/** Settings named on the command line: `--data <path>` (repeatable: several datasets, the first the default), `--host <h>`, `--port <n>`; throws on an unknown flag. */
export function settingsFromArgs(args: readonly string[]): Partial<Settings> {
  const settings: Partial<Settings> = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`Settings: \`${flag}\` needs a value.`);
    if (flag === '--data') settings.dataFiles = [...(settings.dataFiles ?? []), resolve(process.cwd(), value)];
    else if (flag === '--host') settings.host = value;
    else if (flag === '--port') settings.port = Number(value);
    else
      throw new Error(`Settings: unknown option \`${flag}\`. Expecting --data <path>, --host <host> or --port <port>.`);
    i++;
  }
  return settings;
}

/**
 * The settings of a server process: defaults, then the environment, then the command line (`--data` replaces DATA_FILE(S)).
 * The process serves from the store unless `STORE=none` or dataset files are named (DATA_FILE(S), `--data`): named files
 * are served as files, so a test or a one-off look at a file never writes into the store; `STORE=on` with files seeds an empty store from them.
 */
export function loadSettings(
  env: NodeJS.ProcessEnv = process.env,
  args: readonly string[] = process.argv.slice(2),
): Settings {
  const named = { ...settingsFromEnv(env), ...settingsFromArgs(args) };
  const filesNamed = named.dataFile !== undefined || named.dataFiles !== undefined;
  return mergeSettings({ ...named, store: named.store ?? (filesNamed ? 'none' : 'on') });
}
