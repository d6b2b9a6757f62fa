// Undoing a dismissal through app.inject: editors only, the sentence is a candidate again, and the log keeps the dismissal and its undo with who, when and why.
import t from 'tap';
import { createAccount, type AccountsDb } from '../../../server/accounts/account-store.js';
import { call, PASSWORD, signIn } from '../accounts/accounts-app.js';
import { testBackends } from './backends.js';
import { send, storeApp } from './store-app.js';

t.setTimeout(240_000);

const NOTES = {
  id: 'notes',
  title: 'Notes',
  author: 'T',
  publisher: 'P',
  published: '2021',
  text: 'Iran and Armenia signed a gas deal. Nobody else is named here. Turkey met Israel in Ankara.',
};

// On PGlite always, and on PostgreSQL when TEST_DATABASE_URL is set (under CI=true it must be: testBackends throws).
for (const backend of testBackends()) {
  t.test(
    `${backend}: undo a dismissal: recorded, the list and the figure follow, refusals name their cause`,
    async (t) => {
      const app = await storeApp(t, backend, { publicDatasets: ['*'] });
      const db = app.storeConnection!.db as unknown as AccountsDb;
      await createAccount(db, { name: 'ed', password: PASSWORD, roles: [{ dataset: 'server-mini', role: 'editor' }] });
      await createAccount(db, { name: 'vi', password: PASSWORD, roles: [{ dataset: 'server-mini', role: 'viewer' }] });
      t.equal((await send(app, 'POST', '/api/sources', NOTES)).status, 201);
      const editor = await signIn(app, 'ed');
      const as = (who: { cookie: string; csrf: string }) => ({ cookie: who.cookie, 'x-csrf-token': who.csrf });
      const sentence = 'Iran and Armenia signed a gas deal.';
      const dismissed = await call(app, {
        method: 'POST',
        url: '/api/sources/notes/dismissals?dataset=server-mini',
        payload: { start: 0, end: sentence.length, text: sentence, reason: 'a plan, not a deal' },
        headers: as(editor),
      });
      t.equal(dismissed.status, 201, dismissed.raw);
      t.equal((await call(app, { url: '/api/sources/notes/candidates' })).body!.dismissed, 1);

      const url = '/api/sources/notes/dismissals/undo?dataset=server-mini';
      t.equal(
        (await call(app, { method: 'POST', url, payload: { text: sentence } })).status,
        401,
        'anonymous: sign in',
      );
      const viewer = await signIn(app, 'vi');
      t.equal(
        (await call(app, { method: 'POST', url, payload: { text: sentence }, headers: as(viewer) })).status,
        403,
        'a viewer may not undo',
      );
      const bad = await call(app, { method: 'POST', url, payload: { reason: 'x' }, headers: as(editor) });
      t.equal(bad.status, 400);
      t.equal(bad.body!.field, 'text', 'the missing field is named');

      const undone = await call(app, {
        method: 'POST',
        url,
        payload: { text: sentence, reason: 'the deal was signed after all' },
        headers: as(editor),
      });
      t.equal(undone.status, 200, undone.raw);
      t.match(undone.body, {
        action: 'undo',
        text: sentence,
        who: 'ed',
        reason: 'the deal was signed after all',
        start: 0,
      });
      const after = (await call(app, { url: '/api/sources/notes/candidates' })).body!;
      t.equal(after.dismissed, 0, 'the figure follows');
      t.ok(
        (after.candidates as Array<{ text: string }>).some((c) => c.text === sentence),
        'the sentence is a candidate again',
      );
      t.same((await call(app, { url: '/api/sources/notes/dismissals' })).body!.dismissals, [], 'no longer in force');

      const again = await call(app, { method: 'POST', url, payload: { text: sentence }, headers: as(editor) });
      t.equal(again.status, 404, 'nothing to undo twice');
      t.equal(again.body!.field, 'text');

      const log = (await call(app, { url: '/api/sources/notes/dismissal-log' })).body!;
      t.match(
        log.entries,
        [
          { action: 'undo', who: 'ed', reason: 'the deal was signed after all', text: sentence },
          { action: 'dismiss', who: 'ed', reason: 'a plan, not a deal', text: sentence },
        ],
        'both recorded, newest first',
      );
      t.equal((await call(app, { url: '/api/sources/nope/dismissal-log' })).status, 404);
    },
  );
}
