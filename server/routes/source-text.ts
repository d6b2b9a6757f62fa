// /api/sources/:id/text and /:id/coverage: a source's text with every quoted passage and the ties it supports, and how much of it is modelled.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { textCoverage } from '../../graph/sources/coverage.js';
import { quoteSpans } from '../../graph/sources/quote-spans.js';
import { SourceCoverage, SourceText } from '../../graph/sources/results.js';
import { remember, type Snapshot } from '../dataset-store.js';
import { IdParams } from '../schemas/common.js';
import { DatasetQuery } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import type { RouteOptions } from './route-options.js';

const Params = IdParams('besa-1723', 'source id');

/** The source's spans, computed once per snapshot (a scan of every relation); an unknown id throws NotFoundError → 404. */
function spansOf(snapshot: Snapshot, id: string): SourceText {
  // Only known ids reach the memo: quoteSpans throws first for any other, so clients cannot fill it.
  const known = snapshot.loaded.dataset.sources.some((source) => source.id === id);
  return known
    ? remember(snapshot, `source-text:${id}`, () => quoteSpans(snapshot.loaded, id))
    : quoteSpans(snapshot.loaded, id);
}

/** True when the client asks for plain text rather than JSON (`Accept: text/plain`). */
function wantsPlainText(accept: string | undefined): boolean {
  return accept !== undefined && accept.includes('text/plain') && !accept.includes('application/json');
}

const sourceTextRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '/:id/text',
    {
      schema: {
        tags: ['sources'],
        summary: "A source's text with the spans of every evidence quote and the relations and actors each supports",
        description:
          'Example: `GET /api/sources/besa-1723/text`. Spans are in document order and may overlap; `text.slice(start, end) === quote`. ' +
          'A quote that occurs more than once is placed at the occurrence its evidence `start` names (`resolution: "offset"`), else at every ' +
          'occurrence (`"all-occurrences"`). With `Accept: text/plain` the answer is the bare text.',
        params: Params,
        querystring: DatasetQuery,
        response: {
          200: {
            description: 'the text and its spans',
            content: { 'application/json': { schema: SourceText }, 'text/plain': { schema: Type.String() } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const result = spansOf(datasets.resolve(request.query.dataset).snapshot, request.params.id);
      if (wantsPlainText(request.headers.accept)) return reply.type('text/plain; charset=utf-8').send(result.text);
      return result;
    },
  );

  app.get(
    '/:id/coverage',
    {
      schema: {
        tags: ['sources'],
        summary:
          'Which sentences of a source no evidence quote touches: sentences, cited sentences, share, and the uncited ones',
        description:
          'Example: `GET /api/sources/besa-1723/coverage`. Sentences come from the Unicode sentence-break rules (Intl.Segmenter); a sentence is cited when it overlaps a quoted span.',
        params: Params,
        querystring: DatasetQuery,
        response: { 200: SourceCoverage, ...errorResponses },
      },
    },
    async (request) => {
      const { snapshot } = datasets.resolve(request.query.dataset);
      const { source, text, spans } = spansOf(snapshot, request.params.id);
      return remember(snapshot, `source-coverage:${source.id}`, () => textCoverage(source.id, text, spans));
    },
  );
};

export default sourceTextRoutes;
