// The graph core's boundary: nothing under graph/ imports server/, client/, Fastify or Sigma, or touches DOM globals.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import t from 'tap';
import ts from 'typescript';

const ROOT = process.cwd();
const FORBIDDEN_FOLDERS = ['server', 'client'];
const FORBIDDEN_PACKAGES = /^(fastify|@fastify\/|sigma|@sigma\/)/;

/** Every .ts file under a folder. */
function tsFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The forbidden imports of one file's text, read with TypeScript's own import scanner. */
function forbiddenImports(file: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => {
      if (FORBIDDEN_PACKAGES.test(specifier)) return true;
      if (!specifier.startsWith('.')) return false;
      const top = relative(ROOT, resolve(dirname(file), specifier)).split(/[\\/]/)[0];
      return FORBIDDEN_FOLDERS.includes(top ?? '');
    });
}

const graphFiles = tsFiles(join(ROOT, 'graph'));

t.test('the import scan catches forbidden imports (so its silence below means something)', async (t) => {
  const file = join(ROOT, 'graph', 'load', 'canary.ts');
  const text =
    "import a from '../../server/app.js';\nimport type { B } from '../../client/state.js';\nexport { c } from 'fastify';\nawait import('@fastify/static');\nimport d from '../model/schema.js';\n";
  t.same(forbiddenImports(file, text), ['../../server/app.js', '../../client/state.js', 'fastify', '@fastify/static']);
});

t.test('no file under graph/ imports server/, client/, Fastify or Sigma', async (t) => {
  t.ok(graphFiles.length > 5, `scanned ${graphFiles.length} files`);
  for (const file of graphFiles) {
    t.same(forbiddenImports(file, readFileSync(file, 'utf8')), [], relative(ROOT, file));
  }
});

t.test(
  'graph/ is type-checked without the DOM library: its tsconfig, run by the typecheck, and a canary',
  async (t) => {
    // Checking every graph/ file here took ~6 s of TypeScript's CPU in the graph tests' process; the typecheck step of
    // npm test and CI (and the editor) now does it with graph/tsconfig.json. This test holds that config to its word.
    const config = ts.getParsedCommandLineOfConfigFile(
      join(ROOT, 'graph', 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) =>
          t.fail(ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')),
      },
    )!;
    t.same(config.errors, [], 'the config reads');
    t.same(config.options.lib, ['lib.es2023.d.ts'], 'ES only: no DOM library');
    t.same(
      [...config.fileNames].map((file) => resolve(file)).sort(),
      [...graphFiles].map((file) => resolve(file)).sort(),
      'it covers every file under graph/',
    );
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    t.match(scripts.typecheck, /-p graph\/tsconfig\.json/, 'npm run typecheck runs it');
    t.match(readFileSync(join(ROOT, 'test', 'run-tests.mjs'), 'utf8'), /'graph\/tsconfig\.json'/, 'so does npm test');

    // A canary compiled with the config's options alone: DOM globals are "Cannot find name" errors there.
    const folder = mkdtempSync(join(tmpdir(), 'boundary-'));
    t.teardown(() => rmSync(folder, { recursive: true, force: true }));
    const canary = join(folder, 'canary.ts');
    writeFileSync(
      canary,
      "export const title = document.title;\nexport const el: HTMLElement | undefined = undefined;\nexport const w = window;\nexport const u = new URL('https://example.org');\n",
    );
    const program = ts.createProgram([canary], {
      ...config.options,
      typeRoots: [join(ROOT, 'node_modules', '@types')],
    });
    const missingNames = new Set([2304, 2552, 2582, 2583, 2584]);
    const missing = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && missingNames.has(diagnostic.code))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').split(' ')[3]);
    t.same(
      missing,
      ["'document'.", "'HTMLElement'.", "'window'."],
      'document, HTMLElement and window are missing; URL (Node has it) is not',
    );
  },
);
