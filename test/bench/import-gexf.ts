// Benchmark: writes a seeded Gephi-style GEXF (decimal node ids, viz positions, typed attributes, 200k edges), then times the import.
// Usage: npx tsx test/bench/import-gexf.ts [edges=200000] [nodes=20000] [folder=/tmp/import-gexf-bench]; run the printed
// command under `/usr/bin/time -v` for peak RSS. Not a test: no timing assertions anywhere.
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../graph/shared/random.js';

const [edges = 200_000, nodes = 20_000] = process.argv.slice(2, 4).map(Number);
const folder = process.argv[4] ?? '/tmp/import-gexf-bench';
mkdirSync(folder, { recursive: true });
const file = join(folder, 'gephi.gexf');
const out = createWriteStream(file);
const random = mulberry32(1723);
let pending = '';
const write = async (text: string) => {
  pending += text;
  if (pending.length > 1 << 20) {
    if (!out.write(pending)) await once(out, 'drain');
    pending = '';
  }
};
const started = Date.now();
await write(
  '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
);
await write('  <meta lastmodifieddate="2026-12-06"><creator>Gephi 0.10.1</creator></meta>\n');
await write('  <graph defaultedgetype="undirected" mode="static">\n');
await write(
  '    <attributes class="node" mode="static"><attribute id="modularity_class" title="Modularity Class" type="integer"/></attributes>\n',
);
await write(
  '    <attributes class="edge" mode="static"><attribute id="year" title="Year" type="integer"/></attributes>\n    <nodes>\n',
);
for (let i = 0; i < nodes; i++) {
  await write(
    `      <node id="${i}.0" label="Actor ${i}"><attvalues><attvalue for="modularity_class" value="${i % 17}"/></attvalues>` +
      `<viz:size value="${(4 + random.next() * 20).toFixed(3)}"/><viz:position x="${(random.next() * 2000 - 1000).toFixed(4)}" y="${(random.next() * 2000 - 1000).toFixed(4)}" z="0.0"/>` +
      `<viz:color r="${i % 255}" g="90" b="200"/></node>\n`,
  );
}
await write('    </nodes>\n    <edges>\n');
for (let i = 0; i < edges; i++) {
  // Preferential-ish ends (squared uniform), so hubs form as in real networks; a few self-loops come with it.
  const source = Math.floor(random.next() ** 2 * nodes);
  const target = Math.floor(random.next() * nodes);
  await write(
    `      <edge id="${i}" source="${source}.0" target="${target}.0" weight="${1 + (i % 5)}.0"><attvalues><attvalue for="year" value="${1990 + (i % 30)}"/></attvalues></edge>\n`,
  );
}
out.end(`${pending}    </edges>\n  </graph>\n</gexf>\n`);
await once(out, 'finish');
console.log(`wrote ${edges} edges and ${nodes} nodes to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `now: /usr/bin/time -v node --import tsx graph/interop/cli/import-cli.ts ${file} --out ${folder}/gephi.json --default node.kind=state,kind=economic-ties --placeholder-source unsourced --report ${folder}/report.json`,
);
