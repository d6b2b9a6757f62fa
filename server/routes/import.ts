// POST /api/import: an uploaded file (streamed to disk, size capped) imported as a dry run or as a new served dataset (in the store, when there is one); editors of every dataset only.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ImportError } from '../../graph/interop/import-issues.js';
import {
  IMPORT_FORMATS,
  IMPORT_PRESETS,
  importDataset,
  type ImportFormat,
} from '../../graph/interop/formats/import-dataset.js';
import { ImportReportJson } from '../../graph/interop/import-report.js';
import { applyMapOption, emptyMapping } from '../../graph/interop/mapping.js';
import { writeImportedDataset } from '../../graph/interop/write-dataset-file.js';
import { HttpError } from '../errors.js';
import { ErrorResponse } from '../schemas/error.js';
import { authorizeEveryDataset } from '../accounts/authorize.js';
import { storeImport } from '../store/store-import.js';
import type { RouteOptions } from './route-options.js';

/** Largest upload accepted; the body is streamed to disk and cut off past this (413). */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 120 });
const ImportQuery = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "the uploaded file's name: its extension gives the format when `format` is absent",
    }),
    format: Type.Optional(Type.Enum(IMPORT_FORMATS)),
    preset: Type.Optional(Type.Enum(IMPORT_PRESETS)),
    id: Type.Optional(Slug),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    map: Type.Optional(Type.String({ maxLength: 2000, description: 'as `--map`: `kind=Type,node.name=Label`' })),
    default: Type.Optional(
      Type.String({ maxLength: 2000, description: 'as `--default`: `node.kind=state,kind=economic-ties`' }),
    ),
    placeholderSource: Type.Optional(Slug),
    dryRun: Type.Optional(
      Type.Boolean({
        default: true,
        description: 'true (default): check and report only; false: serve the result as a new dataset',
      }),
    ),
  },
  { additionalProperties: false },
);

const Imported = Type.Object({
  dryRun: Type.Boolean(),
  format: Type.String({ description: 'the format read (given, or detected from the name)' }),
  dataset: Type.Object({
    id: Type.String(),
    actors: Type.Integer(),
    relations: Type.Integer(),
    served: Type.Boolean(),
  }),
  report: ImportReportJson,
});
const Refused = Type.Object({
  ...ErrorResponse.properties,
  issues: Type.Array(Type.String()),
  report: Type.Optional(ImportReportJson),
});

const importRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets, settings }) => {
  // The body is the file itself, whatever its type: handed over as a stream, never buffered whole.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  app.post(
    '/',
    {
      schema: {
        tags: ['import'],
        summary:
          'Import an uploaded file (an editor of every dataset: session, API token or ADMIN_TOKEN): a dry run with its report, or a new served dataset',
        description: `The body is the file (CSV, GEXF, GraphML, graphology or Cytoscape.js JSON, a dataset, or a preset's register), at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Refused files answer 422 with every issue and the report. Over the store, \`dryRun=false\` creates the dataset in the store (its importer becomes its admin); else it is written under IMPORT_DIR.`,
        querystring: ImportQuery,
        response: {
          200: Imported,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          409: ErrorResponse,
          413: ErrorResponse,
          422: Refused,
          429: ErrorResponse,
        },
      },
      onRequest: async (request) => {
        // A new dataset is no one dataset's: importing needs the editor role on every dataset ("*"), as a session (with
        // its CSRF token, checked by the accounts' root hook), an account's API token, or the ADMIN_TOKEN.
        await authorizeEveryDataset(request, 'editor');
      },
    },
    async (request, reply) => {
      const query = request.query;
      const format = (query.format ?? (query.preset ? 'csv' : formatOf(query.name))) as ImportFormat | undefined;
      if (!format)
        throw new HttpError(
          400,
          'BAD_QUERY',
          `cannot tell the format from the name "${query.name}": give format=${IMPORT_FORMATS.join('|')}`,
          'format',
        );
      const mapping = emptyMapping();
      try {
        if (query.map) applyMapOption(mapping, query.map, '--map');
        if (query.default) applyMapOption(mapping, query.default, '--default');
      } catch (error) {
        if (error instanceof ImportError)
          throw new HttpError(
            400,
            'BAD_QUERY',
            error.issues.map((issue) => issue.toString()).join('; '),
            query.map && error.issues[0]?.origin.file === '--map' ? 'map' : 'default',
          );
        throw error;
      }
      const folder = await mkdtemp(join(tmpdir(), 'upload-'));
      try {
        const file = join(folder, basename(query.name).replace(/[^\w.-]+/g, '_') || 'upload');
        await saveUpload(request.body as Readable, file);
        const dryRun = query.dryRun !== false;
        const run = { format, ...(query.preset ? { preset: query.preset } : {}), files: [query.name], dryRun };
        let result;
        try {
          result = await importDataset({
            format,
            file,
            preset: query.preset,
            mapping,
            placeholderSource: query.placeholderSource,
            meta: { id: query.id, title: query.title },
            defaultId: idFromName(query.name),
            readText: () => undefined,
          });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          const issues = error.issues.map((issue) => issue.toString().replaceAll(folder + '/', ''));
          const report = error.report?.toJson({
            ...run,
            refused: { issues: issues.length, first: issues.slice(0, 20) },
          });
          return reply.status(422).send({
            statusCode: 422,
            code: 'IMPORT_REFUSED',
            error: 'Unprocessable Entity',
            field: 'body',
            message: `the file was refused (${issues.length} issue${issues.length === 1 ? '' : 's'}); nothing was written`,
            issues,
            ...(report ? { report } : {}),
          });
        }
        const { dataset } = result;
        if (!dryRun && datasets.ids().includes(dataset.id))
          throw new HttpError(
            409,
            'CONFLICT',
            `a dataset with id "${dataset.id}" is already served: give another id`,
            'id',
          );
        let written: string | undefined;
        const store = app.storeConnection;
        if (!dryRun && store) {
          // Over a store the import becomes a dataset of the store (one transaction), not a file under IMPORT_DIR.
          written = await storeImport(store.db, datasets, result, await authorizeEveryDataset(request, 'editor'));
        } else if (!dryRun) {
          await mkdir(settings.importDir, { recursive: true });
          const file = join(settings.importDir, `${dataset.id}.json`);
          await writeImportedDataset(result, file);
          await datasets.add(file);
          written = `${dataset.id}.json`;
        }
        const report = result.report!.toJson({ ...run, ...(written ? { written } : {}) });
        return {
          dryRun,
          format,
          dataset: {
            id: dataset.id,
            actors: dataset.actors.length,
            relations: dataset.relations.length,
            served: !dryRun,
          },
          report: scrub(report, folder),
        };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  );
};

/** Streams the body to `file`, refusing (413) past MAX_UPLOAD_BYTES without reading the rest. */
async function saveUpload(body: Readable | undefined, file: string): Promise<void> {
  if (!body || typeof body.pipe !== 'function')
    throw new HttpError(400, 'BAD_REQUEST', 'the body must be the file to import', 'body');
  const out = createWriteStream(file);
  let bytes = 0;
  try {
    for await (const chunk of body) {
      bytes += (chunk as Buffer).length;
      if (bytes > MAX_UPLOAD_BYTES)
        throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `the file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, 'body');
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (bytes === 0) throw new HttpError(400, 'BAD_REQUEST', 'the body is empty: send the file to import', 'body');
  } finally {
    out.end();
    await once(out, 'close');
  }
}

/** The report with the temporary upload folder taken out of file names (the client knows the file by its own name). */
function scrub(report: ImportReportJson, folder: string): ImportReportJson {
  return JSON.parse(JSON.stringify(report).replaceAll(`${folder}/`, '')) as ImportReportJson;
}

/** The format a file name suggests, as the CLI reads it. */
function formatOf(name: string): ImportFormat | undefined {
  if (/\.graphology\.json$/i.test(name)) return 'graphology';
  if (/\.(cyjs|cytoscape\.json)$/i.test(name)) return 'cytoscape';
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return IMPORT_FORMATS.find((format) => format === extension);
}

/** A dataset id from the file name (`Les Mis.gexf` → `les-mis`). */
function idFromName(name: string): string {
  return (
    basename(name)
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'imported'
  );
}

export default importRoutes;
