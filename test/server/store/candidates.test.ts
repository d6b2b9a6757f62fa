// Candidates and dismissals over the store through app.inject: uncited sentences naming two actors, dismissing one (anonymous, viewer, editor, forged CSRF), the list shrinking.
import t, { type Test } from 'tap';
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
  text: 'Iran and Armenia signed a gas deal. Nobody else is named here. Turkey met Israel in Ankara. Azerbaijan waited.',
};

/** Adds the NOTES source (uncited; two of its sentences name two actors) with the admin token. */
async function addNotes(t: Test, app: Parameters<typeof send>[0]): Promise<void> {
  t.equal((await send(app, 'POST', '/api/sources', NOTES)).status, 201);
}

// On PGlite always, and on PostgreSQL when TEST_DATABASE_URL is set (under CI=true it must be: testBackends throws).
for (const backend of testBackends()) {
  t.test(`${backend}: candidates: uncited sentences that name two or more actors; dismissals by role`, async (t) => {
    const app = await storeApp(t, backend, { publicDatasets: ['*'] });
    const db = app.storeConnection!.db as unknown as AccountsDb;
    await createAccount(db, { name: 'ed', password: PASSWORD, roles: [{ dataset: 'server-mini', role: 'editor' }] });
    await createAccount(db, { name: 'vi', password: PASSWORD, roles: [{ dataset: 'server-mini', role: 'viewer' }] });
    await addNotes(t, app);
    const text = (await app.inject({ url: '/api/sources/notes/text', headers: { accept: 'text/plain' } })).body;
    const spans = (await send(app, 'GET', '/api/sources/notes/text')).body!.spans as Array<{
      start: number;
      end: number;
    }>;

    const first = await call(app, { url: '/api/sources/notes/candidates' });
    t.equal(first.status, 200, first.raw);
    const candidates = first.body!.candidates as Array<{
      start: number;
      end: number;
      text: string;
      actors: Array<{ id: string }>;
    }>;
    t.same(
      candidates.map((c) => c.text),
      ['Iran and Armenia signed a gas deal.', 'Turkey met Israel in Ankara.'],
      'the sentences naming two actors ("Ankara" is Turkey again); "Azerbaijan waited." names one',
    );
    for (const candidate of candidates) {
      t.equal(text.slice(candidate.start, candidate.end), candidate.text, 'offsets into the text');
      t.ok(new Set(candidate.actors.map((a) => a.id)).size >= 2, `"${candidate.text}" names two actors`);
      t.notOk(
        spans.some((s) => s.start < candidate.end && s.end > candidate.start),
        'no quoted span touches it',
      );
    }
    t.equal(first.body!.dismissed, 0);
    const target = candidates[0]!;
    const body = { start: target.start, end: target.end, text: target.text, reason: 'a claim, not a tie' };
    const url = '/api/sources/notes/dismissals?dataset=server-mini';
    /** POSTs a dismissal signed in as `who` (its cookie, and its CSRF token unless `csrf` is given). */
    const dismiss = (who: { cookie: string; csrf: string }, payload: object, csrf = who.csrf) =>
      call(app, { method: 'POST', url, payload, headers: { cookie: who.cookie, 'x-csrf-token': csrf } });

    const anonymous = await call(app, { method: 'POST', url, payload: body });
    t.equal(anonymous.status, 401, 'anonymous: sign in');
    const viewer = await signIn(app, 'vi');
    const asViewer = await dismiss(viewer, body);
    t.equal(asViewer.status, 403, 'a viewer may not dismiss');
    const editor = await signIn(app, 'ed');
    const forged = await dismiss(editor, body, 'forged');
    t.equal(forged.status, 403, 'a forged CSRF token is refused');
    const planted = await dismiss(editor, { ...body, text: 'Words the source does not hold.' });
    t.equal(planted.status, 422);
    t.equal(planted.body!.field, 'text', 'text that is not the source at those offsets names `text`');
    const bad = await dismiss(editor, { ...body, start: -1 });
    t.equal(bad.status, 400);
    t.equal(bad.body!.field, 'start');
    t.equal(
      (await call(app, { url: '/api/sources/notes/dismissals' })).body!.dismissals.length,
      0,
      'nothing half-written',
    );

    const ok = await dismiss(editor, body);
    t.equal(ok.status, 201, ok.raw);
    t.match(ok.body, { text: target.text, reason: 'a claim, not a tie', who: 'ed', at: /^\d{4}-\d\d-\d\dT/ });
    const after = await call(app, { url: '/api/sources/notes/candidates' });
    t.equal(after.body!.candidates.length, candidates.length - 1, 'the list shrinks');
    t.equal(after.body!.dismissed, 1);
    const listed = await call(app, { url: '/api/sources/notes/dismissals' });
    t.match(
      listed.body!.dismissals,
      [{ text: target.text, who: 'ed', reason: 'a claim, not a tie' }],
      'who, when and why',
    );
    t.equal((await call(app, { url: '/api/sources/nope/candidates' })).status, 404);
  });

  t.test(
    `${backend}: a relation citing a candidate sentence takes it off the list and raises the coverage`,
    async (t) => {
      const app = await storeApp(t, backend);
      await addNotes(t, app);
      const before = (await call(app, { url: '/api/sources/notes/candidates' })).body!;
      const target = (before.candidates as Array<{ text: string; start: number; actors: Array<{ id: string }> }>)[0]!;
      const created = await send(app, 'POST', '/api/relations', {
        id: 'candidate-tie',
        kind: 'diplomatic-relations',
        source: target.actors[0]!.id,
        target: target.actors[1]!.id,
        valence: 'cooperative',
        strength: 0.5,
        strengthBasis: 'rubric',
        strengthNote: 'moderate',
        confidence: 0.5,
        stance: 'reported',
        evidence: [{ source: 'notes', quote: target.text, start: target.start }],
      });
      t.equal(created.status, 201, JSON.stringify(created.body));
      const after = (await call(app, { url: '/api/sources/notes/candidates' })).body!;
      t.equal(after.candidates.length, before.candidates.length - 1);
      t.equal(after.cited, before.cited + 1, 'the coverage figure follows');
    },
  );

  t.test(`${backend}: a Source url must be http(s): a javascript: address is refused at its field`, async (t) => {
    const app = await storeApp(t, backend);
    const source = { id: 'x-source', title: 'X', author: '', publisher: '', published: '2020', text: 'Some text.' };
    const refused = await send(app, 'POST', '/api/sources', { ...source, url: 'javascript:alert(1)' });
    t.equal(refused.status, 422);
    t.same(
      (refused.body!.issues as Array<{ field: string }>).map((issue) => issue.field),
      ['url'],
    );
    t.equal((await send(app, 'POST', '/api/sources', { ...source, url: 'https://example.org/x' })).status, 201);
  });
}
