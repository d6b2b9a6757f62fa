// Tests for server/routes/admin.ts: POST /api/admin/reload only with the environment's token, good and bad reloads, and no half-loaded graph.
import t from 'tap';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { settingsFromArgs, settingsFromEnv } from '../../server/config.js';
import { tokenMatches } from '../../server/routes/admin.js';
import { ARTICLE, FIXTURE, getJson, testApp } from './helpers.js';

const TOKEN = 'test-admin-token-0123456789';

/** A temp folder holding the fixture and the article datasets (with their source texts); returns the file the app serves. */
function tempDatasets(t: Parameters<typeof testApp>[0]): { served: string; fixture: string; article: string } {
  const dir = t.testdir();
  cpSync(dirname(FIXTURE), dir, { recursive: true });
  cpSync(join(dirname(ARTICLE), 'sources'), join(dir, 'sources'), { recursive: true });
  const served = join(dir, 'served.json');
  cpSync(FIXTURE, served);
  return { served, fixture: readFileSync(FIXTURE, 'utf8'), article: readFileSync(ARTICLE, 'utf8') };
}

const reload = (app: Awaited<ReturnType<typeof testApp>>, authorization?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/admin/reload',
    headers: authorization === undefined ? {} : { authorization },
  });

t.test('without ADMIN_TOKEN the route does not exist', async (t) => {
  const app = await testApp(t);
  const response = await reload(app, `Bearer ${TOKEN}`);
  t.equal(response.statusCode, 404);
  t.equal(JSON.parse(response.body).code, 'NO_ROUTE');
});

t.test('the token comes from the environment only, and must be long', async (t) => {
  t.equal(settingsFromEnv({ ADMIN_TOKEN: TOKEN }).adminToken, TOKEN);
  t.equal(settingsFromEnv({}).adminToken, undefined);
  t.throws(
    () => settingsFromArgs(['--admin-token', TOKEN]),
    /unknown option/,
    'no command-line flag (it would show in ps)',
  );
  await t.rejects(testApp(t, { adminToken: 'short' }), /adminToken/);
});

t.test('tokenMatches compares whole tokens and never matches an empty one', async (t) => {
  t.equal(tokenMatches(TOKEN, TOKEN), true);
  t.equal(tokenMatches(`${TOKEN}x`, TOKEN), false);
  t.equal(tokenMatches(TOKEN.slice(0, -1), TOKEN), false);
  t.equal(tokenMatches('', ''), false);
});

t.test('a missing or wrong token is refused with a JSON error naming the header', async (t) => {
  const app = await testApp(t, { adminToken: TOKEN });
  const missing = await reload(app);
  t.equal(missing.statusCode, 401);
  t.equal(missing.headers['www-authenticate'], 'Bearer');
  t.match(JSON.parse(missing.body), { code: 'UNAUTHORIZED', field: 'authorization' });
  for (const header of [`Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN, 'Bearer ', `bearer ${TOKEN}`]) {
    const wrong = await reload(app, header);
    t.equal(wrong.statusCode, 403, header);
    t.match(JSON.parse(wrong.body), { code: 'FORBIDDEN', field: 'authorization' });
  }
  t.equal((await app.inject({ url: '/api/admin/reload' })).statusCode, 404, 'GET is no route');
});

t.test(
  'a good file is swapped in; a bad one is refused with its issues and the last good data keeps serving',
  async (t) => {
    const files = tempDatasets(t);
    const app = await testApp(t, { adminToken: TOKEN, dataFile: files.served });
    const before = (await getJson(app, '/api/health')).body!;

    writeFileSync(files.served, files.article);
    const good = await reload(app, `Bearer ${TOKEN}`);
    t.equal(good.statusCode, 200);
    const after = (await getJson(app, '/api/health')).body!;
    const article = JSON.parse(files.article);
    t.match(JSON.parse(good.body), {
      reloaded: true,
      dataset: article.id,
      hash: after.hash,
      actors: article.actors.length,
      relations: article.relations.length,
    });
    t.not(after.hash, before.hash);

    const broken = JSON.parse(files.fixture);
    broken.relations[0].target = 'atlantis';
    writeFileSync(files.served, JSON.stringify(broken));
    const bad = await reload(app, `Bearer ${TOKEN}`);
    t.equal(bad.statusCode, 422);
    const body = JSON.parse(bad.body);
    t.match(body, { code: 'RELOAD_REFUSED', field: 'dataFile' });
    t.ok(
      body.issues.some((issue: string) => issue.includes('/relations/0/target')),
      'names the bad field of the file',
    );
    t.equal((await getJson(app, '/api/health')).body!.hash, after.hash, 'the article still serves');
    t.equal((await getJson(app, '/api/actors/israel')).status, 200);
  },
);

t.test('no request sees a half-loaded graph while a reload runs', async (t) => {
  const files = tempDatasets(t);
  const app = await testApp(t, { adminToken: TOKEN, dataFile: files.served });
  const fixture = JSON.parse(files.fixture);
  const article = JSON.parse(files.article);
  const counts = (actors: number, relations: number) => `${actors}/${relations}`;
  const whole = new Set([
    counts(fixture.actors.length, fixture.relations.length),
    counts(article.actors.length, article.relations.length),
  ]);
  writeFileSync(files.served, files.article);
  const seen = new Set<string>();
  const requests: Array<Promise<void>> = [];
  const reloading = reload(app, `Bearer ${TOKEN}`);
  for (let i = 0; i < 60; i++) {
    requests.push(
      getJson(app, '/api/graph').then(({ body }) => void seen.add(counts(body!.nodes.length, body!.edges.length))),
    );
    requests.push(getJson(app, '/api/health').then(({ body }) => void seen.add(counts(body!.actors, body!.relations))));
    await new Promise((done) => setImmediate(done));
  }
  await Promise.all(requests);
  t.equal((await reloading).statusCode, 200);
  for (const pair of seen) t.ok(whole.has(pair), `actors/relations ${pair} are one whole dataset's`);
  t.equal(
    (await getJson(app, '/api/graph')).body!.nodes.length,
    article.actors.length,
    'and afterwards the new one serves',
  );
});
