// Tests of eslint.config.js's import boundaries: graph/ imports no server/ or client/, the client only types from server/.
import t from 'tap';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The rule ids ESLint reports for `code` placed at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';

t.test('graph/ may not import from server/ or client/, nor Fastify or Sigma', async (t) => {
  t.same(
    await ruleIds("import { buildApp } from '../../server/app.js';\nexport const a = buildApp;\n", 'graph/query/x.ts'),
    [RESTRICTED],
  );
  t.same(
    await ruleIds("import type { Settings } from '../server/config.js';\nexport type S = Settings;\n", 'graph/x.ts'),
    [RESTRICTED],
    'not even a type',
  );
  t.same(
    await ruleIds(
      "import { store } from '../../client/state/store.js';\nexport const s = store;\n",
      'graph/paths/x.ts',
    ),
    [RESTRICTED],
  );
  t.same(await ruleIds("import Fastify from 'fastify';\nexport const f = Fastify;\n", 'graph/x.ts'), [RESTRICTED]);
  t.same(
    await ruleIds("import { parseDate } from '../model/dates.js';\nexport const p = parseDate;\n", 'graph/query/x.ts'),
    [],
    'within graph/ is fine',
  );
});

t.test('the client imports only types from server/', async (t) => {
  t.same(
    await ruleIds("import { buildApp } from '../../server/app.js';\nexport const a = buildApp;\n", 'client/api/x.ts'),
    [RESTRICTED],
  );
  t.same(
    await ruleIds(
      "import type { Settings } from '../../server/config.js';\nexport type S = Settings;\n",
      'client/api/x.ts',
    ),
    [],
  );
  t.same(
    await ruleIds(
      "import { FILTER } from '../../graph/shared/filter.js';\nexport const f = FILTER;\n",
      'client/api/x.ts',
    ),
    [],
    'graph/ values are allowed',
  );
});

t.test('server/ imports nothing from the client', async (t) => {
  t.same(await ruleIds("import { store } from '../client/state/store.js';\nexport const s = store;\n", 'server/x.ts'), [
    RESTRICTED,
  ]);
  t.same(
    await ruleIds(
      "import type { Settings } from '../client/state/types.js';\nexport type S = Settings;\n",
      'server/x.ts',
    ),
    [RESTRICTED],
  );
});
