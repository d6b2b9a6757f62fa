// GET /api/export: each format's content type and file name, and the body parses back into the served dataset.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import t from 'tap';
import { EXPORT_FORMATS } from '../../graph/interop/formats/export-dataset.js';
import { importDataset } from '../../graph/interop/formats/import-dataset.js';
import { emptyMapping } from '../../graph/interop/mapping.js';
import { FIXTURE, getJson, testApp } from './helpers.js';

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { id: string };
const readText = (path: string) => readFileSync(join(dirname(FIXTURE), path), 'utf8');

t.test('bad queries are 400s naming the field', async (t) => {
  const app = await testApp(t);
  for (const [url, field] of [
    ['/api/export', 'format'],
    ['/api/export?format=pdf', 'format'],
    ['/api/export?format=csv', 'part'],
    ['/api/export?format=gexf&part=nodes', 'part'],
    ['/api/export?format=csv&part=everything', 'part'],
    ['/api/export?format=gexf&colour=red', 'colour'],
  ] as const) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 400, url);
    t.equal(body?.field, field, `${url} names ${field}`);
  }
});

t.test(
  'every format: content type, attachment file name, and the body imports back to the served dataset',
  async (t) => {
    const app = await testApp(t);
    const folder = mkdtempSync(join(tmpdir(), 'export-route-'));
    t.teardown(() => rmSync(folder, { recursive: true, force: true }));
    const served = app.store.current.loaded.dataset;
    const expected = {
      gexf: ['application/gexf+xml', `${fixture.id}.gexf`],
      graphml: ['application/graphml+xml', `${fixture.id}.graphml`],
      json: ['application/json', `${fixture.id}.json`],
      graphology: ['application/json', `${fixture.id}.graphology.json`],
    } as const;
    for (const format of EXPORT_FORMATS.filter((name) => name !== 'csv')) {
      const response = await app.inject({ url: `/api/export?format=${format}` });
      t.equal(response.statusCode, 200, format);
      t.match(response.headers['content-type'], expected[format][0], `${format} content type`);
      t.equal(
        response.headers['content-disposition'],
        `attachment; filename="${expected[format][1]}"`,
        `${format} file name`,
      );
      const file = join(folder, expected[format][1]);
      writeFileSync(file, response.body);
      const back = await importDataset({ format, file, mapping: emptyMapping(), readText });
      t.same(back.dataset, served, `${format} parses back`);
    }
    const parts: Record<string, string> = {};
    for (const part of ['nodes', 'edges', 'sources']) {
      const response = await app.inject({ url: `/api/export?format=csv&part=${part}` });
      t.match(response.headers['content-type'], 'text/csv', `${part} content type`);
      t.equal(response.headers['content-disposition'], `attachment; filename="${fixture.id}-${part}.csv"`);
      parts[part] = join(folder, `${part}.csv`);
      writeFileSync(parts[part]!, response.body);
    }
    const back = await importDataset({
      format: 'csv',
      file: parts.edges!,
      nodes: parts.nodes,
      sources: parts.sources,
      mapping: emptyMapping(),
      readText,
      meta: { id: served.id, title: served.title, description: served.description },
    });
    t.same(back.dataset, served, 'the three CSV parts parse back');
  },
);

t.test('a compressed export decompresses to the same file', async (t) => {
  const app = await testApp(t);
  const plain = await app.inject({ url: '/api/export?format=gexf' });
  const zipped = await app.inject({ url: '/api/export?format=gexf', headers: { 'accept-encoding': 'gzip' } });
  t.equal(zipped.headers['content-encoding'], 'gzip');
  t.equal(gunzipSync(zipped.rawPayload).toString('utf8'), plain.body);
});

t.test('an export carries an ETag and answers 304 to If-None-Match', async (t) => {
  const app = await testApp(t);
  const first = await app.inject({ url: '/api/export?format=graphml' });
  const etag = String(first.headers.etag);
  t.match(etag, /^"[\w-]+"$/);
  const again = await app.inject({ url: '/api/export?format=graphml', headers: { 'if-none-match': etag } });
  t.equal(again.statusCode, 304);
  const other = await app.inject({ url: '/api/export?format=gexf', headers: { 'if-none-match': etag } });
  t.equal(other.statusCode, 200, 'another format has another ETag');
});
