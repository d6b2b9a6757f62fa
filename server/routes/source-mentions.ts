// GET /api/sources/:id/mentions: every mention of a known actor in a source, found on the server with the graph's search table (a 100k-actor dataset's names never go to the browser).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireSource } from '../../graph/sources/quote-spans.js';
import { findMentions, mentionIndex, type Mention, type MentionIndex } from '../../graph/sources/mentions.js';
import { actorSearchTable } from '../../graph/query/search-actors.js';
import { remember, type Snapshot } from '../dataset-store.js';
import { IdParams } from '../schemas/common.js';
import { DatasetQuery } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { SourceMentions } from '../schemas/mentions.js';
import type { RouteOptions } from './route-options.js';

/** The mentions of source `id` in a snapshot, computed once per snapshot; NotFoundError for an unknown source. */
export function mentionsOf(snapshot: Snapshot, id: string): { text: string; mentions: Mention[] } {
  const { text } = requireSource(snapshot.loaded, id);
  return remember(snapshot, `mentions:${id}`, () => {
    const index = remember<MentionIndex>(snapshot, 'mention-index', () =>
      mentionIndex(actorSearchTable(snapshot.graph)),
    );
    return { text, mentions: findMentions(text, index) };
  });
}

const sourceMentionRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '/:id/mentions',
    {
      schema: {
        tags: ['sources'],
        summary: 'Every mention of a known actor (name or alias) in a source, in order, and each actor with its count',
        description:
          'Example: `GET /api/sources/besa-1723/mentions`. Accent- and case-insensitive, whole words, the longest name wins ' +
          '("United States" before "States"); short all-capital aliases ("US", "EU") only as written.',
        params: IdParams('besa-1723', 'source id'),
        querystring: DatasetQuery,
        response: { 200: SourceMentions, ...errorResponses },
      },
    },
    async (request) => {
      const { mentions } = mentionsOf(datasets.resolve(request.query.dataset).snapshot, request.params.id);
      const counts = new Map<string, { id: string; name: string; count: number }>();
      for (const mention of mentions)
        for (const actor of mention.actors) {
          const seen = counts.get(actor.id);
          if (seen) seen.count++;
          else counts.set(actor.id, { ...actor, count: 1 });
        }
      return { source: request.params.id, mentions, actors: [...counts.values()].sort((a, b) => b.count - a.count) };
    },
  );
};

export default sourceMentionRoutes;
