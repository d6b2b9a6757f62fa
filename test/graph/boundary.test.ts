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

t.test('graph/ compiles without the DOM library: no document, window or HTMLElement', async (t) => {
  // Compiling against ES + Node types only turns any DOM global into "Cannot find name"; a canary proves it would.
  const folder = mkdtempSync(join(tmpdir(), 'boundary-'));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  const canary = join(folder, 'canary.ts');
  writeFileSync(
    canary,
    'export const title = document.title;\nexport const el: HTMLElement | undefined = undefined;\nexport const w = window;\n',
  );
  const program = ts.createProgram([...graphFiles, canary], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  // Only "cannot find name" counts: other type errors in files being written belong to the typecheck, not this test.
  const missingNames = new Set([2304, 2552, 2582, 2583, 2584]);
  const byFile = new Map<string, string[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    if (!diagnostic.file || !missingNames.has(diagnostic.code)) continue;
    const list = byFile.get(diagnostic.file.fileName) ?? [];
    list.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
    byFile.set(diagnostic.file.fileName, list);
  }
  t.equal(byFile.get(canary.replaceAll('\\', '/'))?.length, 3, 'the canary is caught');
  byFile.delete(canary.replaceAll('\\', '/'));
  t.same([...byFile.entries()], [], 'no graph/ file uses a DOM global');
});
