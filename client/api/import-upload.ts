// POST /api/import from the page: the file as the body (XMLHttpRequest, for upload progress), the answer or the refusal as JSON.
import type { ImportReportJson } from '../../graph/interop/import-report.js';

/** What the server answers an import (server/routes/import.ts). */
export interface ImportAnswer {
  dryRun: boolean;
  format: string;
  dataset: { id: string; actors: number; relations: number; served: boolean };
  report: ImportReportJson;
}

/** A refused import: the status, the message, every issue, and the report when the file was read far enough. */
export interface ImportRefusal {
  statusCode: number;
  message: string;
  field?: string;
  issues?: string[];
  report?: ImportReportJson;
}

/** What one upload asks for (the query parameters of the route). */
export interface ImportOptions {
  name: string;
  token: string;
  format?: string;
  preset?: string;
  map?: string;
  defaults?: string;
  placeholderSource?: string;
  dryRun: boolean;
}

/** Uploads `file`; `onProgress` gets the share sent (0..1); resolves with the answer or rejects with an ImportRefusal. */
export function uploadImport(
  file: Blob,
  options: ImportOptions,
  onProgress: (share: number) => void,
): Promise<ImportAnswer> {
  const query = new URLSearchParams({ name: options.name, dryRun: String(options.dryRun) });
  for (const [key, value] of [
    ['format', options.format],
    ['preset', options.preset],
    ['map', options.map],
    ['default', options.defaults],
    ['placeholderSource', options.placeholderSource],
  ] as const) {
    if (value) query.set(key, value);
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/import?${query}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('authorization', `Bearer ${options.token}`);
    request.upload.addEventListener(
      'progress',
      (event) => event.lengthComputable && onProgress(event.loaded / event.total),
    );
    request.addEventListener('load', () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        return reject({
          statusCode: request.status,
          message: `the server answered ${request.status} without JSON`,
        } satisfies ImportRefusal);
      }
      if (request.status === 200) resolve(body as ImportAnswer);
      else reject({ statusCode: request.status, ...(body as Omit<ImportRefusal, 'statusCode'>) });
    });
    request.addEventListener('error', () =>
      reject({ statusCode: 0, message: 'the upload failed: no answer from the server' } satisfies ImportRefusal),
    );
    request.send(file);
  });
}
