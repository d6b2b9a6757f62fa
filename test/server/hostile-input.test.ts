// Hostile input check-list: odd ids are plain strings, no eval anywhere in our code, a CSP without inline script, rate limiting on by default.
import t from 'tap';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApp } from '../../server/app.js';
import { DEFAULT_SETTINGS } from '../../server/config.js';
import { ARTICLE, getJson, testApp } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');

const HOSTILE_IDS = [
  'isr\u0000ael',
  'a\u0007b\u001b[31m',
  'line\nbreak',
  'tab\there',
  '\u202eleahsi',
  'zero\u200bwidth',
  'İsraël',
  '😀',
  '𝕴𝖘𝖗𝖆𝖊𝖑',
  "israel' OR '1'='1",
  'israel; DROP TABLE actors; --',
  '"); process.exit(1); //',
  '${process.exit(1)}',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{"$ne":null}',
  '..%2f..%2fetc%2fpasswd',
  '%00',
  'a'.repeat(300),
];

t.test('hostile ids are looked up as plain strings: a JSON 404 that quotes them, never a 5xx', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  for (const id of HOSTILE_IDS) {
    const encoded = encodeURIComponent(id);
    for (const url of [
      `/api/actors/${encoded}`,
      `/api/actors/${encoded}/neighbors`,
      `/api/relations/${encoded}`,
      `/api/sources/${encoded}`,
    ]) {
      const { status, body } = await getJson(app, url);
      if (id.length > 256) {
        // Path parameters over 256 characters are refused before any lookup.
        t.ok(status === 414 || status === 404, `${id.length} characters: ${status}`);
        t.type(body!.message, 'string');
        continue;
      }
      t.equal(status, 404, `${JSON.stringify(id)} at ${url.split('/').slice(0, 3).join('/')}`);
      t.equal(body!.code, 'NOT_FOUND');
      t.equal(body!.field, 'id');
      t.ok(
        body!.message.includes(JSON.stringify(id).slice(1, -1)) || body!.message.includes(id),
        'the message quotes the id as sent',
      );
    }
    for (const url of [
      `/api/paths?from=${encodeURIComponent(id)}&to=israel`,
      `/api/ties?a=israel&b=${encodeURIComponent(id)}`,
    ]) {
      const { status, body } = await getJson(app, url);
      t.ok(status === 404 || status === 400, `${JSON.stringify(id)}: ${url.split('?')[0]} is ${status}`);
      t.ok(['from', 'to', 'a', 'b'].includes(body!.field), 'and names the parameter');
    }
  }
  t.equal((await getJson(app, '/api/actors/israel')).status, 200, 'and the real data is untouched');
  t.equal((await getJson(app, '/api/health')).body!.actors, JSON.parse(readFileSync(ARTICLE, 'utf8')).actors.length);
});

t.test('hostile search text is matched as text', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  for (const q of HOSTILE_IDS.filter((id) => id.length <= 100)) {
    const { status, body } = await getJson(app, `/api/actors?q=${encodeURIComponent(q)}`);
    t.ok(status === 200 || status === 400, `${JSON.stringify(q)}: ${status}`);
    if (status === 200) t.ok(Array.isArray(body!.items), 'a result list');
    else t.equal(body!.field, 'q');
  }
  t.equal(
    (await getJson(app, `/api/actors?q=${encodeURIComponent("' OR 1=1 --")}`)).body!.total,
    0,
    'SQL-looking text matches nothing',
  );
});

/** Our source files (TypeScript and JavaScript) under a folder, without dependencies or build output. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

t.test('no eval or dynamic Function anywhere in server/, graph/ or client/', async (t) => {
  const files = ['server', 'graph', 'client'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
  t.ok(files.length > 50, `${files.length} files read`);
  const pattern =
    /\beval\s*\(|\bnew\s+Function\s*\(|(?<![.\w])Function\s*\(\s*['"`]|\bset(?:Timeout|Interval)\s*\(\s*['"`]|\beval\s*:\s*true/;
  t.equal(pattern.test('const f = new Function("return 1")'), true, 'the pattern finds what it looks for');
  t.equal(pattern.test('setTimeout("alert(1)", 0)'), true);
  t.equal(pattern.test('x.evaluate(1); medieval (1)'), false, 'and not lookalikes');
  const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
  t.same(
    offenders.map((file) => file.slice(ROOT.length + 1)),
    [],
  );
});

t.test('the CSP allows no inline or eval-ed script', async (t) => {
  const app = await testApp(t);
  for (const url of ['/api/health', '/', '/no-such-page']) {
    const csp = String((await app.inject({ url })).headers['content-security-policy']);
    const directives = new Map(
      csp
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    t.same(directives.get('script-src'), ["'self'"], `${url}: scripts from our origin only`);
    t.same(directives.get('script-src-attr'), ["'none'"], 'no inline event handlers');
    t.same(directives.get('object-src'), ["'none'"]);
    t.notOk(csp.includes("'unsafe-eval'"), 'no eval');
    t.notOk(directives.get('default-src')!.includes("'unsafe-inline'"));
  }
});

t.test('rate limiting is on by default', async (t) => {
  t.ok(DEFAULT_SETTINGS.rateLimitMax > 0, `default ${DEFAULT_SETTINGS.rateLimitMax} requests per window`);
  const app = await buildApp({
    dataFile: ARTICLE,
    logLevel: 'silent',
    clientDir: resolve(import.meta.dirname, 'no-client'),
  });
  t.teardown(() => app.close());
  const response = await app.inject({ url: '/api/actors?q=israel' });
  t.equal(response.statusCode, 200);
  t.equal(
    response.headers['x-ratelimit-limit'],
    String(DEFAULT_SETTINGS.rateLimitMax),
    'an app built with the defaults counts requests',
  );
  t.equal(DEFAULT_SETTINGS.adminToken, '', 'and has no admin token unless the environment gives one');
});
