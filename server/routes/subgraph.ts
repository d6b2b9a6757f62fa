// GET /api/subgraph: the part of a large graph the explorer draws (an overview or focused neighbourhoods), with cached layout positions.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { QueryError } from '../../graph/errors.js';
import { focusSubgraph, overviewSubgraph, rankActors, type SubgraphView } from '../../graph/relation-index/subgraph.js';
import {
  SUBGRAPH_DEFAULT_LIMIT,
  SUBGRAPH_MAX_DEPTH,
  SUBGRAPH_MAX_FOCUS,
  SUBGRAPH_MAX_LIMIT,
} from '../../graph/relation-index/subgraph-limits.js';
import { remember, type Snapshot } from '../dataset-store.js';
import { conditionalGet } from '../etag.js';
import { JsonText, sendJson } from '../json-text.js';
import type { LayoutService, LayoutStatus } from '../layout/layout-service.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses, notModifiedResponse } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import { splitList } from '../schemas/lists.js';
import { Positions, SubgraphResponse, type SubgraphMeta } from '../schemas/subgraph.js';
import type { RouteOptions } from './route-options.js';

/** Largest serialised overview kept in memory, as /api/graph's views. */
const MEMO_MAX_CHARS = 32 * 1024 * 1024;

const SubgraphQuery = Type.Object(
  {
    ...datasetQueryProperties,
    focus: Type.Optional(
      Type.String({
        maxLength: 4096,
        description: `comma-separated actor ids to centre on (1..${SUBGRAPH_MAX_FOCUS}); absent: the overview`,
        examples: ['israel,azerbaijan'],
      }),
    ),
    depth: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: SUBGRAPH_MAX_DEPTH,
        description:
          'with focus: hops out from the focus actors (default 1; 0: the focus actors and the ties among them)',
        examples: [1],
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: SUBGRAPH_MAX_LIMIT,
        description: `most actors returned (default ${SUBGRAPH_DEFAULT_LIMIT})`,
        examples: [2000],
      }),
    ),
    ...filterQueryProperties,
  },
  { additionalProperties: false },
);

// The client imports these types from here (client/api/contracts.ts); their one definition is server/schemas/subgraph.ts.
export { Positions, SubgraphMeta, SubgraphResponse } from '../schemas/subgraph.js';

const subgraphRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets, layouts }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['graph'],
        summary:
          'A subgraph of a large dataset: the overview (strongest actors) or focus actors with their neighbourhood, with server layout positions',
        description:
          'Examples: `GET /api/subgraph?limit=50&asOf=2016`; `GET /api/subgraph?focus=israel,azerbaijan&depth=1&kinds=arms-transfer,energy-supply`. ' +
          'Overview: the `limit` actors with the greatest summed strength of their relations passing the filter (ties by id). Focus: hop by hop from the focus ' +
          'actors, strongest ties first within a hop, up to `limit` actors. Relations: those passing the filter among the actors returned, strongest first, ' +
          'at most 10 per allowed actor and 25 per pair. Strong ETag / If-None-Match.',
        querystring: SubgraphQuery,
        response: { 200: SubgraphResponse, ...notModifiedResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { dataset, focus, depth, limit = SUBGRAPH_DEFAULT_LIMIT, ...query } = request.query;
      const { id, snapshot } = datasets.resolve(dataset);
      const filter = toRelationFilter(query);
      const focusIds = focus === undefined ? undefined : splitList(focus, 'focus');
      if (focusIds === undefined && depth !== undefined)
        throw new QueryError('depth', 'only with `focus` (the overview has no centre)');
      const layoutStatus = await layouts.prepare(snapshot);
      // The layout's state is in the tag: an answer without positions must not stay fresh once they are ready.
      const { etag, notModified } = conditionalGet(request, reply, id, snapshot.hash, {
        subgraph: [focusIds ?? null, depth ?? 1, limit],
        filter,
        layout: layoutStatus,
      });
      if (notModified) return reply;
      // The ranking reads every relation: memoised per dataset and filter, and shared by overview and focus (its total).
      const ranking = remember(snapshot, `subgraph-ranking:${JSON.stringify(filter)}`, () =>
        rankActors(snapshot.index, filter),
      );
      const answer = (view: SubgraphView) =>
        JsonText.of(
          toResponse(view, focusIds ? 'focus' : 'overview', layoutStatus, positionsOf(snapshot, view, layouts)),
        );
      const body = focusIds
        ? answer(focusSubgraph(snapshot.index, { focus: focusIds, depth: depth ?? 1, limit, filter }, ranking))
        : remember(
            snapshot,
            `subgraph:${etag}`,
            () => answer(overviewSubgraph(snapshot.index, { limit, filter }, ranking)),
            (json) => json.text.length <= MEMO_MAX_CHARS,
          );
      // Sent as text, as /api/graph: stringifying thousands of relations is the costly part, and overviews are memoised as text.
      return sendJson(reply, body);
    },
  );
};

/** The route's answer: the view's GraphView part, the positions, and the meta. */
function toResponse(
  view: SubgraphView,
  mode: SubgraphMeta['mode'],
  layout: LayoutStatus,
  positions: Positions,
): SubgraphResponse {
  const { truncated, totalActors, totalRelations, ...graph } = view;
  return {
    ...graph,
    positions,
    meta: {
      mode,
      actors: graph.nodes.length,
      relations: graph.edges.length,
      totalActors,
      totalRelations,
      truncated,
      layout,
    },
  };
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
