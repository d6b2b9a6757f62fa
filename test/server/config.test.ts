// Tests for server/config.ts: validation messages, environment and command-line settings, defaults.
import t from 'tap';
import { delimiter, resolve } from 'node:path';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  mergeSettings,
  settingsFromArgs,
  settingsFromEnv,
} from '../../server/config.js';
import { layoutSettingsOf } from '../../server/layout/layout-service.js';

t.test('invalid settings throw a message naming the setting and what it expects', async (t) => {
  t.throws(
    () => mergeSettings({ port: 70000 }),
    /Settings: invalid `port` \(70000\)\. Expecting an integer 0\.\.65535\./,
  );
  t.throws(() => mergeSettings({ port: Number('abc') }), /invalid `port` \(NaN\)/);
  t.throws(() => mergeSettings({ host: '' }), /`host`/);
  t.throws(() => mergeSettings({ rateLimitMax: -1 }), /`rateLimitMax`/);
  t.throws(() => mergeSettings({ rateLimitWindow: 0 }), /`rateLimitWindow`/);
  t.throws(() => mergeSettings({ corsOrigin: 'example.org' }), /`corsOrigin`/);
  t.throws(() => mergeSettings({ logLevel: 'loud' as never }), /`logLevel`.*one of fatal/);
  t.throws(() => mergeSettings({ maxQueryLength: 10 }), /`maxQueryLength`/);
  t.throws(() => mergeSettings({ queryWorkers: 0 }), /invalid `queryWorkers` \(0\)\. Expecting an integer 1\.\.64/);
  t.throws(() => loadSettings({ QUERY_WORKERS: 'many' }, []), /`queryWorkers` \(NaN\)/);
  t.throws(() => loadSettings({ PORT: 'x' }, []), /`port`/);
  t.throws(() => settingsFromArgs(['--data']), /`--data` needs a value/);
  t.throws(() => settingsFromArgs(['--verbose', 'yes']), /unknown option `--verbose`/);
});

t.test('defaults: 127.0.0.1:3000, the article dataset and dist/client from the working directory', async (t) => {
  t.equal(DEFAULT_SETTINGS.host, '127.0.0.1');
  t.equal(DEFAULT_SETTINGS.port, 3000);
  t.equal(DEFAULT_SETTINGS.dataFile, resolve(process.cwd(), 'graph/data/besa-1723.json'));
  t.equal(DEFAULT_SETTINGS.clientDir, resolve(process.cwd(), 'dist/client'));
  t.ok(DEFAULT_SETTINGS.rateLimitMax > 0, 'rate limiting on by default');
  t.equal(DEFAULT_SETTINGS.corsOrigin, '', 'CORS off by default');
  t.same(loadSettings({}, []), { ...DEFAULT_SETTINGS, store: 'on' }, 'the server process serves from the store');
});

t.test('environment and command line, the command line winning', async (t) => {
  const env = {
    HOST: '0.0.0.0',
    PORT: '8080',
    DATA_FILE: 'x.json',
    RATE_LIMIT_MAX: '0',
    RATE_LIMIT_WINDOW: '1000',
    CORS_ORIGIN: 'https://a.example',
    LOG_LEVEL: 'warn',
  };
  t.same(settingsFromEnv(env), {
    host: '0.0.0.0',
    port: 8080,
    dataFile: resolve('x.json'),
    clientDir: undefined,
    rateLimitMax: 0,
    rateLimitWindow: 1000,
    corsOrigin: 'https://a.example',
    logLevel: 'warn',
  });
  const settings = loadSettings(env, ['--data', 'y.json', '--port', '9090']);
  t.equal(settings.dataFile, resolve('y.json'));
  t.equal(settings.port, 9090);
  t.equal(settings.host, '0.0.0.0');
  t.equal(loadSettings({ PORT: '' }, []).port, 3000, 'an empty variable means unset');
  t.equal(loadSettings({ QUERY_WORKERS: '3' }, []).queryWorkers, 3);
  t.ok(DEFAULT_SETTINGS.queryWorkers >= 2, 'at least two index workers by default');
});

t.test('several datasets: bad lists are refused, naming the setting', async (t) => {
  t.throws(() => mergeSettings({ dataFiles: [] }), /invalid `dataFiles`\. Expecting 1\.\.16 file paths\./);
  t.throws(() => mergeSettings({ dataFiles: ['a.json', ''] }), /`dataFiles`.*got an empty one/);
  t.throws(() => mergeSettings({ dataFiles: ['a.json', 'b.json', 'a.json'] }), /"a\.json" is given twice/);
  t.throws(() => mergeSettings({ dataFiles: Array.from({ length: 17 }, (_, i) => `${i}.json`) }), /`dataFiles`/);
  t.throws(
    () => settingsFromEnv({ DATA_FILE: 'a.json', DATA_FILES: 'b.json' }),
    /DATA_FILE .* or DATA_FILES .*, not both/,
  );
  t.throws(() => settingsFromEnv({ DATA_FILES: delimiter }), /DATA_FILES names no file/);
  t.throws(() => settingsFromArgs(['--data', 'a.json', '--data']), /`--data` needs a value/);
});

t.test(
  'several datasets: --data repeated, DATA_FILES, DATA_FILE; the first is the default and `dataFile`',
  async (t) => {
    t.same(DEFAULT_SETTINGS.dataFiles, [DEFAULT_SETTINGS.dataFile], 'the article alone by default');
    const repeated = loadSettings({}, ['--data', 'a.json', '--port', '1', '--data', 'b.json']);
    t.same(repeated.dataFiles, [resolve('a.json'), resolve('b.json')], 'in the order given');
    t.equal(repeated.dataFile, resolve('a.json'));
    const env = loadSettings({ DATA_FILES: ['a.json', '', 'sub/b.json'].join(delimiter) }, []);
    t.same(
      env.dataFiles,
      [resolve('a.json'), resolve('sub/b.json')],
      'split on the path delimiter, empty items dropped',
    );
    t.equal(env.dataFile, resolve('a.json'));
    t.same(loadSettings({ DATA_FILE: 'x.json' }, []).dataFiles, [resolve('x.json')], 'DATA_FILE still works');
    t.same(
      loadSettings({ DATA_FILES: 'x.json' }, ['--data', 'y.json']).dataFiles,
      [resolve('y.json')],
      'the command line replaces the environment',
    );
    t.same(loadSettings({ DATA_FILE: 'x.json' }, ['--data', 'y.json', '--data', 'z.json']).dataFiles, [
      resolve('y.json'),
      resolve('z.json'),
    ]);
    const merged = mergeSettings({ dataFile: 'one.json' });
    t.same(merged.dataFiles, ['one.json'], 'a single dataFile override means that one dataset');
    t.same(
      mergeSettings({ dataFile: 'one.json', dataFiles: ['two.json', 'three.json'] }).dataFile,
      'two.json',
      'dataFiles wins, and dataFile follows it',
    );
  },
);

t.test('the layout settings are validated with the rest and read from LAYOUT_* variables', async (t) => {
  t.throws(() => mergeSettings({ layoutMinActors: 0 }), /invalid `layoutMinActors` \(0\)/);
  t.throws(() => mergeSettings({ layoutCacheDir: '' }), /invalid `layoutCacheDir`/);
  t.throws(() => mergeSettings({ layoutTimeBudget: -1 }), /invalid `layoutTimeBudget` \(-1\)/);
  t.throws(() => loadSettings({ LAYOUT_MAX_ITERATIONS: 'lots' }, []), /`layoutMaxIterations` \(NaN\)/);
  const read = loadSettings(
    {
      LAYOUT_MIN_ACTORS: '100',
      LAYOUT_CACHE_DIR: 'tmp/layouts',
      LAYOUT_TIME_BUDGET: '5000',
      LAYOUT_MAX_ITERATIONS: '12',
    },
    [],
  );
  t.same(
    [read.layoutMinActors, read.layoutCacheDir, read.layoutTimeBudget, read.layoutMaxIterations],
    [100, 'tmp/layouts', 5000, 12],
  );
  t.same(layoutSettingsOf(read), { minActors: 100, cacheDir: 'tmp/layouts', timeBudgetMs: 5000, maxIterations: 12 });
  t.notOk('maxIterations' in layoutSettingsOf(DEFAULT_SETTINGS), '0 leaves the cap to the dataset size');
});
