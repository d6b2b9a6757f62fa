// Property test: random query strings and path parameters at every route never give a 5xx, and every 4xx is a JSON error naming what was wrong.
import t from 'tap';
import fc from 'fast-check';
import { ARTICLE, testApp } from './helpers.js';

interface RouteSpec {
  path: (id: string) => string;
  params: string[];
}

/** Every documented route with the query parameters it declares, read from the OpenAPI spec so that new routes are fuzzed too. */
function routesOf(spec: { paths: Record<string, { get: { parameters?: Array<{ in: string; name: string }> } }> }): RouteSpec[] {
  return Object.entries(spec.paths).map(([template, item]) => ({
    path: (id: string) => template.replace(/\{\w+\}/g, id),
    params: (item.get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
  }));
}

const plausible = fc.constantFrom(
  'israel', 'azerbaijan', 'armenia', 'iran', 'israel-aerospace-industries', 'besa-1723', 'arms-transfer', 'arms-transfer,energy-supply',
  'cooperative', 'hostile,mixed', 'strongest', 'widest', 'shortest', 'both', 'out', 'true', 'false', '2016', '2020-07', '2019-02-30',
  'israel:azerbaijan,israel:armenia', 'israel,turkey', 'degree,betweenness', '0', '1', '3', '8', '-1', '0.5', '1e9', 'NaN', '', ',', ':',
  '__proto__', 'constructor', "' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '${7*7}', '\u0000', '\u202e', '😀',
);
const value = fc.oneof(
  { weight: 4, arbitrary: plausible },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

const request = (routeCount: number) => fc.record({
  route: fc.nat(routeCount - 1),
  id: value,
  pairs: fc.array(fc.tuple(fc.oneof(fc.nat(20), fc.string({ minLength: 1, maxLength: 12 })), value), { maxLength: 6 }),
  raw: fc.boolean(),
});

t.test('≥ 1000 random requests over every route: no 5xx, every 4xx a JSON error with a message', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const routes = routesOf(JSON.parse((await app.inject({ url: '/docs/json' })).body));
  t.ok(routes.length >= 16, `${routes.length} routes from the spec`);
  const counts = new Map<number, number>();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(request(routes.length), async ({ route, id, pairs, raw }) => {
      runs++;
      const spec = routes[route]!;
      const entries = pairs.map(([name, v]) => [typeof name === 'number' ? (spec.params[name % Math.max(spec.params.length, 1)] ?? 'x') : name, v] as [string, string]);
      // Encoded most of the time; sometimes raw, to exercise the parser on what a careless client sends.
      const query = raw ? entries.map(([k, v]) => `${k}=${v}`).join('&') : new URLSearchParams(entries).toString();
      const url = `${spec.path(raw ? id.replace(/[/?#]/g, '') : encodeURIComponent(id))}${query ? `?${query}` : ''}`;
      const response = await app.inject({ method: 'GET', url });
      counts.set(response.statusCode, (counts.get(response.statusCode) ?? 0) + 1);
      if (response.statusCode >= 500) throw new Error(`${url} → ${response.statusCode} ${response.body}`);
      if (response.statusCode >= 400) {
        const body = JSON.parse(response.body) as { statusCode: number; message: string; code: string; field?: string };
        if (body.statusCode !== response.statusCode || typeof body.message !== 'string' || !body.message || !body.code) {
          throw new Error(`${url} → ${response.statusCode} without a proper JSON error: ${response.body}`);
        }
        if (response.statusCode === 400 && !body.field) throw new Error(`${url} → 400 names no field: ${response.body}`);
      }
    }),
    { numRuns: 1200 },
  );
  t.ok(runs >= 1000, `${runs} requests`);
  t.ok((counts.get(200) ?? 0) > 50, 'a fair share of requests succeed, so the routes were really exercised');
  t.ok((counts.get(400) ?? 0) > 50, 'and a fair share are refused');
  t.comment(`status counts: ${JSON.stringify(Object.fromEntries(counts))}`);
});
