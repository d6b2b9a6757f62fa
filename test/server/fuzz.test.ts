// Property test: random query strings and path parameters at every route never give a 5xx, and every 4xx is a JSON error naming what was wrong.
import t from 'tap';
import fc from 'fast-check';
import { contractBreach, fuzzRequest, fuzzUrl, routesOf } from './fuzz-requests.js';
import { ARTICLE, testApp } from './helpers.js';

t.test('≥ 1000 random requests over every route: no 5xx, every 4xx a JSON error with a message', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const routes = routesOf(JSON.parse((await app.inject({ url: '/docs/json' })).body));
  t.ok(routes.length >= 16, `${routes.length} routes from the spec`);
  const counts = new Map<number, number>();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(fuzzRequest(routes.length), async (request) => {
      runs++;
      const url = fuzzUrl(routes[request.route]!, request);
      const response = await app.inject({ method: 'GET', url });
      counts.set(response.statusCode, (counts.get(response.statusCode) ?? 0) + 1);
      const breach = contractBreach(response.statusCode, response.body);
      if (breach) throw new Error(`${url} → ${breach}`);
    }),
    { numRuns: 1200 },
  );
  t.ok(runs >= 1000, `${runs} requests`);
  t.ok((counts.get(200) ?? 0) > 50, 'a fair share of requests succeed, so the routes were really exercised');
  t.ok((counts.get(400) ?? 0) > 50, 'and a fair share are refused');
  t.comment(`status counts: ${JSON.stringify(Object.fromEntries(counts))}`);
});

t.test('contractBreach tells a kept contract from a broken one', async (t) => {
  t.equal(contractBreach(200, '{}'), undefined);
  t.equal(
    contractBreach(404, '{"statusCode":404,"code":"NO_ROUTE","error":"Not Found","message":"no route"}'),
    undefined,
  );
  t.match(contractBreach(500, '{}'), /^500/);
  t.match(contractBreach(400, 'not json'), /without a JSON body/);
  t.match(contractBreach(400, '{"statusCode":404,"code":"X","message":"m"}'), /proper JSON error/);
  t.match(contractBreach(422, '{"statusCode":422,"code":"OVER_BUDGET","message":"m"}'), /names no field/);
  t.match(contractBreach(404, '{"statusCode":404,"code":"NOT_FOUND","message":"m"}'), /names no field/);
});
