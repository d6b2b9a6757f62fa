// Benchmark: writes a seeded 1M-row edge CSV (scale-free generator) and its node list, then times `npm run import` on it.
// Usage: npx tsx test/bench/import-csv.ts [relations=1000000] [actors=100000] [folder=/tmp/import-bench]; run the printed
// command under `/usr/bin/time -v` for peak RSS. Not a test: no timing assertions anywhere.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { generateScaleFree } from '../../graph/generate/scale-free.js';
import { SYNTHETIC_SOURCE_ID, syntheticSourceText } from '../../graph/generate/synthetic-records.js';
import { EDGE_FIELD_NAMES, NODE_FIELD_NAMES, type FlatRecord } from '../../graph/interop/fields.js';
import { flattenActor, flattenRelation } from '../../graph/interop/flatten.js';

const [relations = 1_000_000, actors = 100_000] = process.argv.slice(2, 4).map(Number);
const folder = process.argv[4] ?? '/tmp/import-bench';
mkdirSync(join(folder, 'sources'), { recursive: true });
writeFileSync(join(folder, 'sources', 'synthetic.txt'), syntheticSourceText());
writeFileSync(
  join(folder, 'sources.csv'),
  `id,title,author,publisher,published,path\n${SYNTHETIC_SOURCE_ID},Synthetic source,generator,actor-graph-explorer,2026,sources/synthetic.txt\n`,
);

const nodes = createWriteStream(join(folder, 'nodes.csv'));
const edges = createWriteStream(join(folder, 'edges.csv'));
nodes.write(`${NODE_FIELD_NAMES.join(',')}\n`);
edges.write(`${EDGE_FIELD_NAMES.join(',')}\n`);
const row = (fields: readonly string[], record: FlatRecord) =>
  `${Papa.unparse([fields.map((field) => (record[field] === undefined ? '' : String(record[field])))], { newline: '\n' })}\n`;
let pendingNodes = '';
let pendingEdges = '';
const started = Date.now();
generateScaleFree(
  { actors, relations, seed: 1723 },
  (actor) => (pendingNodes += row(NODE_FIELD_NAMES, flattenActor(actor))),
  (relation) => {
    pendingEdges += row(EDGE_FIELD_NAMES, flattenRelation(relation));
    if (pendingEdges.length > 1 << 20) {
      edges.write(pendingEdges);
      pendingEdges = '';
    }
  },
);
nodes.end(pendingNodes);
edges.end(pendingEdges);
await Promise.all([once(nodes, 'finish'), once(edges, 'finish')]);
console.log(
  `wrote ${relations} edge rows and ${actors} node rows to ${folder} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `now: /usr/bin/time -v npx tsx graph/interop/cli/import-cli.ts ${folder}/edges.csv --nodes ${folder}/nodes.csv --sources ${folder}/sources.csv --id synthetic --out ${folder}/synthetic.json`,
);
