// Golden tests of the metrics on the article's dataset: Azerbaijan and Israel broker its network.
import t from 'tap';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { computeMetrics } from '../../../graph/metrics/compute-metrics.js';

const { graph } = await loadDatasetFile(fileURLToPath(new URL('../../../graph/data/besa-1723.json', import.meta.url)));

t.test('every metric runs on the article graph and covers every actor', async (t) => {
  const result = computeMetrics(graph, {});
  t.same(result.computed, ['degree', 'strength', 'betweenness', 'communities']);
  t.equal(result.actors.length, graph.order);
  const connected = result.actors.filter((row) => row.degree! > 0).length;
  t.equal(
    result.communities.reduce((sum, community) => sum + community.size, 0),
    connected,
    'communities partition the connected actors',
  );
  t.ok(result.brokers.slice(0, 3).includes('azerbaijan'), `top brokers: ${result.brokers.slice(0, 3).join(', ')}`);
  t.ok(result.brokers.includes('israel'));
  const israel = result.actors.find((row) => row.id === 'israel')!;
  t.ok(israel.strength!.cooperative > israel.strength!.hostile, 'Israel’s ties in the article are mostly cooperative');
});
