// Store settings: the server process serves from the store unless files are named or STORE=none; DATA_DIR and DATABASE_URL are checked.
import { resolve } from 'node:path';
import t from 'tap';
import { DEFAULT_SETTINGS, loadSettings, mergeSettings } from '../../../server/config.js';

t.test('the store is the server process default; named files or STORE=none serve files', async (t) => {
  t.equal(DEFAULT_SETTINGS.store, 'none', 'buildApp (tests, embedding) reads files unless told');
  t.equal(loadSettings({}, []).store, 'on');
  t.equal(loadSettings({}, []).dataDir, resolve(process.cwd(), '.data'));
  t.equal(loadSettings({ STORE: 'none' }, []).store, 'none');
  t.equal(loadSettings({ DATA_FILE: 'a.json' }, []).store, 'none');
  t.equal(loadSettings({}, ['--data', 'a.json']).store, 'none');
  t.equal(
    loadSettings({ STORE: 'on' }, ['--data', 'a.json']).store,
    'on',
    'STORE=on with files seeds an empty store from them',
  );
  t.equal(loadSettings({ DATA_DIR: 'x/y' }, []).dataDir, resolve(process.cwd(), 'x/y'));
  t.equal(loadSettings({ DATABASE_URL: 'postgres://u:p@h:5432/d' }, []).databaseUrl, 'postgres://u:p@h:5432/d');
});

t.test('bad store settings name the setting and never print the URL', async (t) => {
  t.throws(() => mergeSettings({ store: 'sometimes' as never }), /invalid `store`.*Expecting one of on, none/);
  t.throws(() => mergeSettings({ dataDir: '' }), /invalid `dataDir`/);
  const error = (() => {
    try {
      mergeSettings({ databaseUrl: 'mysql://user:secret@host/db' });
    } catch (caught) {
      return caught as Error;
    }
  })();
  t.match(error?.message, /invalid `databaseUrl`/);
  t.notMatch(error?.message, /secret/, 'the password is not echoed');
});
