// The graph core's folders form no loop, top-level or nested: if folder A imports folder B, nothing in B imports A.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import t from 'tap';
import ts from 'typescript';

const ROOT = process.cwd();

/** `graph/a/b/c` → `graph/a`: the folder as the layout table names it. */
const topFolder = (folder: string): string => folder.split('/').slice(0, 2).join('/');

/**
 * Folder → the folders its files import (type-only imports count: they are dependencies too), relative to ROOT;
 * `level` maps each folder first (e.g. to its top folder).
 */
function folderImports(
  files: ReadonlyMap<string, string>,
  level = (folder: string) => folder,
): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [file, text] of files) {
    const from = level(dirname(file));
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = level(relative(ROOT, dirname(resolve(ROOT, dirname(file), fileName))));
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

/** Every loop in the folder graph, each as the path of folders that closes it (empty when there is none). */
function folderLoops(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const loops: string[][] = [];
  const done = new Set<string>();
  const visit = (folder: string, path: string[]): void => {
    const at = path.indexOf(folder);
    if (at >= 0) {
      loops.push([...path.slice(at), folder]);
      return;
    }
    if (done.has(folder)) return;
    for (const next of edges.get(folder) ?? []) visit(next, [...path, folder]);
    done.add(folder);
  };
  for (const folder of [...edges.keys()].sort()) visit(folder, []);
  return loops;
}

/** Every .ts file under graph/, by path relative to ROOT, with its text. */
function graphFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(ROOT, 'graph'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = relative(ROOT, join(entry.parentPath, entry.name));
    files.set(path, readFileSync(join(ROOT, path), 'utf8'));
  }
  return files;
}

t.test(
  'the loop finder finds a loop through three folders and a type-only import (so its silence below means something)',
  async (t) => {
    const files = new Map([
      ['graph/a/x.ts', "import { y } from '../b/y.js';\n"],
      ['graph/b/y.ts', "import type { Z } from '../c/deep/z.js';\n"],
      ['graph/c/deep/z.ts', "export { x } from '../../a/x.js';\n"],
      ['graph/d/w.ts', "import { y } from '../b/y.js';\nimport './own.js';\n"],
    ]);
    t.same(folderLoops(folderImports(files)), [['graph/a', 'graph/b', 'graph/c/deep', 'graph/a']]);
    files.delete('graph/c/deep/z.ts');
    t.same(folderLoops(folderImports(files)), [], 'without the closing import there is none');
  },
);

t.test('no folder of graph/ imports, directly or through others, a folder that imports it', async (t) => {
  const edges = folderImports(graphFiles(), topFolder);
  t.ok(
    edges.has('graph/relation-index') && edges.has('graph/query') && edges.has('graph/shared'),
    'the engines are scanned',
  );
  t.same(folderLoops(edges), []);
  t.same([...(edges.get('graph/shared') ?? [])].sort(), ['graph', 'graph/model'], 'shared/ sits right above model/');
});

t.test('the relation index and its path engine form no loop: paths/ uses the index, never the reverse', async (t) => {
  const files = new Map([...graphFiles()].filter(([file]) => file.startsWith('graph/relation-index/')));
  const edges = folderImports(files);
  t.ok(edges.get('graph/relation-index/paths')?.has('graph/relation-index'), 'paths/ imports the index');
  t.same(folderLoops(edges), []);
});

t.test('no folder at any depth of graph/ (a subfolder counts apart from its parent) is in a loop', async (t) => {
  const edges = folderImports(graphFiles());
  t.ok(edges.get('graph/interop/csv')?.has('graph/interop'), 'a format folder uses the shared import machinery');
  t.ok(edges.get('graph/interop/formats')?.has('graph/interop/csv'), 'the format dispatch uses the format folders');
  t.same(folderLoops(edges), []);
});
