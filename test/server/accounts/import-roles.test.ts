// POST /api/import by role: a new dataset is no one dataset's, so only an editor (or admin) of every dataset may import.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import t from 'tap';
import { createApiToken } from '../../../server/accounts/api-tokens.js';
import { ALL_DATASETS } from '../../../server/accounts/roles.js';
import { MINI, accountsApp, accountsDb, addAccount, call, signIn } from './accounts-app.js';

const GEXF = readFileSync(resolve(import.meta.dirname, '../../fixtures/interop/tools/gephi-lesmiserables.gexf'));
const URL =
  '/api/import?name=lesmiserables.gexf&default=node.kind%3Dperson,kind%3Dfriendly-relations&placeholderSource=unsourced';
const upload = (headers: Record<string, string>) => ({
  method: 'POST' as const,
  url: URL,
  payload: GEXF,
  headers: { 'content-type': 'application/octet-stream', ...headers },
});

t.test(
  'import as anonymous, viewer, editor of one dataset, editor of every dataset; by session with and without CSRF, and by API token',
  async (t) => {
    const db = await accountsDb(t);
    await addAccount(db, 'viewer', [{ dataset: ALL_DATASETS, role: 'viewer' }]);
    await addAccount(db, 'local', [{ dataset: MINI, role: 'editor' }]);
    await addAccount(db, 'editor', [{ dataset: ALL_DATASETS, role: 'editor' }]);
    const app = await accountsApp(t, db, { importDir: t.testdir() });

    t.match(await call(app, upload({})), { status: 401, body: { field: 'authorization' } }, 'anonymous');
    const viewer = await signIn(app, 'viewer');
    t.match(
      await call(app, upload({ cookie: viewer.cookie, 'x-csrf-token': viewer.csrf })),
      { status: 403 },
      'a viewer',
    );
    const local = await signIn(app, 'local');
    t.match(
      await call(app, upload({ cookie: local.cookie, 'x-csrf-token': local.csrf })),
      { status: 403 },
      'an editor of one dataset only',
    );
    const editor = await signIn(app, 'editor');
    t.match(await call(app, upload({ cookie: editor.cookie })), { status: 403 }, 'a session without its CSRF token');
    t.match(
      await call(app, upload({ cookie: editor.cookie, 'x-csrf-token': 'forged' })),
      { status: 403 },
      'a forged CSRF token',
    );
    t.match(
      await call(app, upload({ cookie: editor.cookie, 'x-csrf-token': editor.csrf })),
      { status: 200, body: { dryRun: true, dataset: { actors: 12 } } },
      'an editor of every dataset',
    );

    const account = (
      await db.selectFrom('accounts').select('id').where('name', '=', 'editor').executeTakeFirstOrThrow()
    ).id;
    const { token } = await createApiToken(db, account, 'script');
    t.match(
      await call(app, upload({ authorization: `Bearer ${token}` })),
      { status: 200 },
      'the same editor by API token (no CSRF needed)',
    );
  },
);
