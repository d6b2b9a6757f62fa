// POST /api/import over a store: dryRun=false makes a new dataset in the store (one transaction, a `load` change by the importer, the importer its admin), served at once and after a restart; nothing under IMPORT_DIR.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import t from 'tap';
import { createAccount, requireAccount, rolesOf, type AccountsDb } from '../../../server/accounts/account-store.js';
import { createApiToken } from '../../../server/accounts/api-tokens.js';
import { ALL_DATASETS } from '../../../server/accounts/roles.js';
import { storedDatasetIds } from '../../../server/store/dataset-records.js';
import { freshLocation, testBackends } from './backends.js';
import { send, storeApp, TOKEN } from './store-app.js';

// PGlite and PostgreSQL on a shared 2-core machine: each store takes seconds to open, so the file needs more than tap's 120 s.
t.setTimeout(360_000);

const SIPRI = readFileSync(resolve(import.meta.dirname, '../../fixtures/interop/presets/sipri-trade-register.csv'));
const HAROP = 'sipri-israel-azerbaijan-2016-harop';

const upload = (app: Awaited<ReturnType<typeof storeApp>>, url: string, body: Buffer | string, token = TOKEN) =>
  app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
  });

for (const backend of testBackends()) {
  t.test(`${backend}: an import becomes a dataset of the store, by the ADMIN_TOKEN`, async (t) => {
    const importDir = t.testdir();
    const location = await freshLocation(t, backend);
    const app = await storeApp(t, backend, { importDir }, location);
    const dry = await upload(app, '/api/import?name=sipri.csv&preset=sipri', SIPRI);
    t.equal(dry.statusCode, 200, dry.body);
    t.notOk((await storedDatasetIds(app.storeConnection!.db)).includes('sipri'), 'a dry run stores nothing');

    const refused = await upload(
      app,
      '/api/import?name=broken.csv&preset=sipri&dryRun=false',
      'not,a,register\n1,2,3\n',
    );
    t.equal(refused.statusCode, 422, 'a refused file');
    t.same(await storedDatasetIds(app.storeConnection!.db), ['server-mini'], 'nothing of it is stored');

    const response = await upload(app, '/api/import?name=sipri.csv&preset=sipri&dryRun=false', SIPRI);
    t.equal(response.statusCode, 200, response.body);
    t.match(JSON.parse(response.body), {
      dryRun: false,
      dataset: { id: 'sipri', relations: 5, served: true },
      report: { written: 'store:sipri' },
    });
    t.same(readdirSync(importDir), [], 'no file under IMPORT_DIR');
    const tie = await send(app, 'GET', `/api/relations/${HAROP}?dataset=sipri`);
    t.equal(tie.status, 200, 'served at once');
    t.equal(tie.headers['x-revision'], '1', 'from the store, at revision 1');
    t.ok(tie.headers.etag, 'with an ETag to write with');
    const history = await send(app, 'GET', '/api/history?dataset=sipri');
    t.match(history.body, { total: 1, items: [{ revision: 1, op: 'load', who: 'admin', after: { relations: 5 } }] });
    const edited = await send(
      app,
      'PUT',
      `/api/relations/${HAROP}?dataset=sipri`,
      { ...tie.body, confidence: 0.5 },
      { 'if-match': tie.headers.etag as string },
    );
    t.equal(edited.status, 200, `the stored import takes writes: ${JSON.stringify(edited.body)}`);

    const again = await upload(app, '/api/import?name=sipri.csv&preset=sipri&dryRun=false', SIPRI);
    t.match({ status: again.statusCode, body: JSON.parse(again.body) }, { status: 409, body: { field: 'id' } });
    await app.close();

    const restarted = await storeApp(t, backend, { importDir }, location);
    const after = await send(restarted, 'GET', `/api/relations/${HAROP}?dataset=sipri`);
    t.equal(after.status, 200, 'served after a restart: it lives in the store');
    t.equal(after.body?.confidence, 0.5);
    t.equal(after.headers['x-revision'], '2');
  });
}

t.test(
  'pglite: an account importing by API token is the change log `who` and becomes admin of the new dataset',
  async (t) => {
    const app = await storeApp(t, 'pglite', { importDir: t.testdir() });
    const db = app.storeConnection!.db as unknown as AccountsDb;
    await createAccount(db, { name: 'ada', roles: [{ dataset: ALL_DATASETS, role: 'editor' }] });
    const account = await requireAccount(db, 'ada');
    const { token } = await createApiToken(db, account.id, 'import');
    const response = await upload(app, '/api/import?name=sipri.csv&preset=sipri&dryRun=false', SIPRI, token);
    t.equal(response.statusCode, 200, response.body);
    t.match((await send(app, 'GET', '/api/history?dataset=sipri')).body?.items, [{ op: 'load', who: 'ada' }]);
    t.same((await rolesOf(db, account.id)).map((role) => [role.dataset, role.role]).sort(), [
      [ALL_DATASETS, 'editor'],
      ['sipri', 'admin'],
    ]);
  },
);
