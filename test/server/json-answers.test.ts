// Answers sent as JSON text (JsonText: paths, neighbourhoods, search, graph, subgraph) skip Fastify's serialiser, so each is checked against its response schema here.
import t from 'tap';
import { Value } from 'typebox/value';
import type { TSchema } from 'typebox';
import { GraphView } from '../../graph/query/graph-view.js';
import { NeighbourhoodResult } from '../../graph/query/results.js';
import { ActorSearchResult } from '../../graph/query/search-actors.js';
import { PathResult } from '../../graph/relation-index/path-query.js';
import { SubgraphResponse } from '../../server/schemas/subgraph.js';
import { ARTICLE, getJson, testApp } from './helpers.js';

const CASES: Array<[string, TSchema]> = [
  ['/api/paths?from=united-states&to=aeronautics-defense-systems&mode=strongest&k=3', PathResult],
  ['/api/paths?from=israel&to=armenia&mode=widest&k=2&asOf=2016', PathResult],
  ['/api/actors/azerbaijan/neighbors?depth=2', NeighbourhoodResult],
  ['/api/actors?q=baku', ActorSearchResult],
  ['/api/graph?asOf=2016', GraphView],
  ['/api/subgraph?limit=20', SubgraphResponse],
  ['/api/subgraph?focus=israel,azerbaijan&depth=1', SubgraphResponse],
];

t.test('every JSON-text answer is valid under the response schema the route declares', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  for (const [url, schema] of CASES) {
    const { status, headers, body } = await getJson(app, url);
    t.equal(status, 200, url);
    t.match(headers['content-type'], /^application\/json/, `${url}: sent as JSON`);
    t.same([...Value.Errors(schema, body)].slice(0, 3), [], `${url}: matches its schema`);
  }
});

t.test('the check catches an answer that does not match (so its silence above means something)', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const { body } = await getJson(app, CASES[0]![0]);
  t.ok(Value.Check(PathResult, body));
  t.notOk(Value.Check(PathResult, { ...body, outcome: 'maybe' }));
});
