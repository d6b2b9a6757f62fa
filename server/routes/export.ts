// GET /api/export: the served dataset as GEXF, GraphML, CSV (one part per request), graphology JSON or the canonical dataset file.
import { Readable } from 'node:stream';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CSV_PARTS } from '../../graph/interop/csv/write-csv.js';
import { EXPORT_FORMATS, exportDataset } from '../../graph/interop/formats/export-dataset.js';
import { conditionalGet } from '../etag.js';
import { HttpError } from '../errors.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses, notModifiedResponse } from '../schemas/error.js';
import type { RouteOptions } from './route-options.js';

const ExportQuery = Type.Object(
  {
    ...datasetQueryProperties,
    format: Type.Enum(EXPORT_FORMATS, {
      description:
        'gexf (Gephi, dynamic), graphml, csv, json (the canonical dataset) or graphology (its serialisation)',
    }),
    part: Type.Optional(
      Type.Enum(CSV_PARTS, { description: 'with format=csv (required there): which list, nodes, edges or sources' }),
    ),
  },
  { additionalProperties: false, examples: [{ format: 'gexf' }, { format: 'csv', part: 'edges' }] },
);

const exportRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['export'],
        summary:
          'The dataset as a file: GEXF, GraphML, CSV (nodes, edges or sources), graphology JSON or the dataset JSON',
        description:
          'Examples: `GET /api/export?format=gexf`, `GET /api/export?format=csv&part=edges`. Sent as an attachment with a file name.',
        querystring: ExportQuery,
        response: { 200: Type.String({ description: 'the file' }), ...notModifiedResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { dataset: datasetId, format, part } = request.query;
      // A CSV export is three files; one request returns one of them, so the part must be named (and only for CSV).
      if (format === 'csv' && part === undefined)
        throw new HttpError(
          400,
          'BAD_REQUEST',
          'querystring.part is required with format=csv: nodes, edges or sources',
          'part',
        );
      if (format !== 'csv' && part !== undefined)
        throw new HttpError(400, 'BAD_REQUEST', `querystring.part applies only to format=csv, not ${format}`, 'part');
      const { snapshot } = datasets.resolve(datasetId);
      const dataset = snapshot.loaded.dataset;
      if (conditionalGet(request, reply, dataset.id, snapshot.hash, { export: format, part }).notModified) return reply;
      const output = exportDataset(dataset, format, part);
      return (
        reply
          .type(output.contentType)
          .header('content-disposition', `attachment; filename="${output.fileName}"`)
          // Fastify streams a Readable as is (no serialisation); the 200 schema only documents the body as text.
          .send(Readable.from(output.chunks, { objectMode: false }) as unknown as string)
      );
    },
  );
};

export default exportRoutes;
