// GET /api/subgraph: the part of a large graph the explorer draws (an overview or focused neighbourhoods), with cached layout positions.
import { Type, type Static, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { QueryError } from '../../graph/errors.js';
import { GraphView } from '../../graph/query/graph-view.js';
import {
  focusSubgraph, overviewSubgraph, rankActors, SUBGRAPH_DEFAULT_LIMIT, SUBGRAPH_MAX_DEPTH, SUBGRAPH_MAX_FOCUS, SUBGRAPH_MAX_LIMIT,
  type SubgraphView,
} from '../../graph/relation-index/subgraph.js';
import { remember, type Snapshot } from '../dataset-store.js';
import { matchesIfNoneMatch, strongEtag } from '../etag.js';
import { LayoutService, type LayoutSettings, type LayoutStatus } from '../layout/layout-service.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import { splitList } from '../schemas/lists.js';
import type { RouteOptions } from './route-options.js';

/** Largest serialised overview kept in memory, as /api/graph's views. */
const MEMO_MAX_CHARS = 32 * 1024 * 1024;

const SubgraphQuery = Type.Object(
  {
    ...datasetQueryProperties,
    focus: Type.Optional(Type.String({ maxLength: 4096, description: `comma-separated actor ids to centre on (1..${SUBGRAPH_MAX_FOCUS}); absent: the overview`, examples: ['israel,azerbaijan'] })),
    depth: Type.Optional(Type.Integer({ minimum: 0, maximum: SUBGRAPH_MAX_DEPTH, description: 'with focus: hops out from the focus actors (default 1; 0: the focus actors and the ties among them)', examples: [1] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: SUBGRAPH_MAX_LIMIT, description: `most actors returned (default ${SUBGRAPH_DEFAULT_LIMIT})`, examples: [2000] })),
    ...filterQueryProperties,
  },
  { additionalProperties: false },
);

/** What the answer says about itself: which question, how much of the whole it holds, and the state of the server's layout. */
export const SubgraphMeta = Type.Object(
  {
    mode: Type.Enum(['overview', 'focus'], { description: 'overview: the strongest actors; focus: the focus actors and their neighbourhood' }),
    actors: Type.Integer({ minimum: 0 }),
    relations: Type.Integer({ minimum: 0 }),
    totalActors: Type.Integer({ minimum: 0, description: 'actors in the whole dataset' }),
    totalRelations: Type.Integer({ minimum: 0, description: 'relations in the whole dataset that pass the filter' }),
    truncated: Type.Boolean({ description: 'true if the limits left out actors or relations that would otherwise be here' }),
    layout: Type.Enum(['ready', 'computing', 'none'], { description: 'the server layout: ready (positions given), computing (ask again later), none (small dataset: lay out yourself)' }),
  },
  { additionalProperties: false },
);
export type SubgraphMeta = Static<typeof SubgraphMeta>;

/** Server layout positions by actor id. */
export const Positions = Type.Record(Type.String(), Type.Object({ x: Type.Number(), y: Type.Number() }, { additionalProperties: false }), {
  description: "the returned actors' positions from the server's layout; empty unless meta.layout is ready",
});
export type Positions = Static<typeof Positions>;

/** GET /api/subgraph's answer: a GraphView (load it with Graph.from()), the positions, and the meta. */
export const SubgraphResponse = Type.Object({ ...GraphView.properties, positions: Positions, meta: SubgraphMeta });
export type SubgraphResponse = Static<typeof SubgraphResponse>;

/** The route's options: those of every route, plus layout settings (tests lower the threshold and use a temporary folder). */
export type SubgraphRouteOptions = RouteOptions & { layout?: Partial<LayoutSettings> };

const subgraphRoutes: FastifyPluginAsyncTypebox<SubgraphRouteOptions> = async (app, { datasets, layout }) => {
  const layouts = new LayoutService(layout ?? {}, app.log);
  for (const { store } of datasets.entries) store.onSwap((_next, previous) => void layouts.retire(previous));
  app.addHook('onClose', async () => layouts.close());

  app.get(
    '',
    {
      schema: {
        tags: ['graph'],
        summary: 'A subgraph of a large dataset: the overview (strongest actors) or focus actors with their neighbourhood, with server layout positions',
        description:
          'Examples: `GET /api/subgraph?limit=50&asOf=2016`; `GET /api/subgraph?focus=israel,azerbaijan&depth=1&kinds=arms-transfer,energy-supply`. ' +
          'Overview: the `limit` actors with the greatest summed strength of their relations passing the filter (ties by id). Focus: hop by hop from the focus ' +
          'actors, strongest ties first within a hop, up to `limit` actors. Relations: those passing the filter among the actors returned, strongest first, ' +
          'at most 10 per allowed actor and 25 per pair. Strong ETag / If-None-Match.',
        querystring: SubgraphQuery,
        response: { 200: SubgraphResponse, 304: Type.Null({ description: 'unchanged since the ETag sent' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { dataset, focus, depth, limit = SUBGRAPH_DEFAULT_LIMIT, ...query } = request.query;
      const { id, snapshot } = datasets.resolve(dataset);
      const filter = toRelationFilter(query);
      const focusIds = focus === undefined ? undefined : splitList(focus, 'focus');
      if (focusIds === undefined && depth !== undefined) throw new QueryError('depth', 'only with `focus` (the overview has no centre)');
      const layoutStatus = await layouts.prepare(snapshot);
      // The layout's state is in the tag: an answer without positions must not stay fresh once they are ready.
      const etag = strongEtag(id, snapshot.hash, { subgraph: [focusIds ?? null, depth ?? 1, limit], filter, layout: layoutStatus });
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.status(304).send(null);
      // The ranking reads every relation: memoised per dataset and filter, and shared by overview and focus (its total).
      const ranking = remember(snapshot, `subgraph-ranking:${JSON.stringify(filter)}`, () => rankActors(snapshot.index, filter));
      const answer = (view: SubgraphView) => JSON.stringify(toResponse(view, focusIds ? 'focus' : 'overview', layoutStatus, positionsOf(snapshot, view, layouts)));
      const body = focusIds
        ? answer(focusSubgraph(snapshot.index, { focus: focusIds, depth: depth ?? 1, limit, filter }, ranking))
        : remember(snapshot, `subgraph:${etag}`, () => answer(overviewSubgraph(snapshot.index, { limit, filter }, ranking)), (text) => text.length <= MEMO_MAX_CHARS);
      // Sent as text, as /api/graph: stringifying thousands of relations is the costly part, and overviews are memoised as text.
      return reply.type('application/json; charset=utf-8').send(body as unknown as SubgraphResponse);
    },
  );
};

/** The route's answer: the view's GraphView part, the positions, and the meta. */
function toResponse(view: SubgraphView, mode: SubgraphMeta['mode'], layout: LayoutStatus, positions: Positions): SubgraphResponse {
  const { truncated, totalActors, totalRelations, ...graph } = view;
  return { ...graph, positions, meta: { mode, actors: graph.nodes.length, relations: graph.edges.length, totalActors, totalRelations, truncated, layout } };
}

/** The returned actors' positions, if the layout is ready. */
function positionsOf(snapshot: Snapshot, view: SubgraphView, layouts: LayoutService): Positions {
  const all = layouts.positions(snapshot);
  // No prototype: an actor id such as "__proto__" is then an ordinary key.
  const positions: Positions = Object.create(null);
  if (!all) return positions;
  for (const { key } of view.nodes) {
    const v = snapshot.index.nodeIndex.get(key)!;
    positions[key] = { x: all[2 * v]!, y: all[2 * v + 1]! };
  }
  return positions;
}

export default subgraphRoutes;
