// Betweenness estimated from a sample of source actors, for graphs too large for the exact computation.
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { Projection } from './projection.js';
import { seededRandom } from './seeded-random.js';

/** Seed of the source sample: the same graph and filter give the same estimate. */
export const SAMPLE_SEED = 1723;

/** What graphology's indexed Brandes routine returns per source: visit stack, predecessors, path counts. */
type BrandesRun = [stack: { size: number; pop(): number }, predecessors: number[][], sigma: Uint32Array];

/**
 * Normalised betweenness estimated from `sources` source actors drawn without replacement (Brandes and
 * Pich, 2007): each source's dependencies are accumulated as in Brandes' algorithm and scaled by n / k.
 * graphology-metrics' betweenness always runs from every actor, so this loop is written here; it uses
 * graphology's own single-source routine and gives exactly its result when `sources` is the whole graph.
 */
export function sampledBetweenness(projection: Projection, sources: number): Record<string, number> {
  const order = projection.order;
  const brandes = createUnweightedIndexedBrandes(projection) as unknown as ((source: number) => BrandesRun) & {
    index: { collect(values: Float64Array): Record<string, number> };
  };
  const sample = sampleIndices(order, Math.min(sources, order));
  const delta = new Float64Array(order);
  const centrality = new Float64Array(order);
  for (const source of sample) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  const scale = order <= 2 ? 0 : order / sample.length / ((order - 1) * (order - 2));
  for (let i = 0; i < order; i++) centrality[i]! *= scale;
  return brandes.index.collect(centrality);
}

/** `k` distinct indices of 0..n−1 by a partial Fisher–Yates shuffle with the seeded PRNG. */
function sampleIndices(n: number, k: number): number[] {
  const random = seededRandom(SAMPLE_SEED);
  const indices = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, k);
}
