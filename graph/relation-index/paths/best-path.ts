// The best single path for a mode: picks the search that is exact for it, falling back to the hop-bounded one when needed.
import type { SearchProblem } from './search-problem.js';
import type { SearchScratch } from './scratch.js';
import type { Traversal } from '../traversal.js';
import { fewestHops } from './fewest-hops.js';
import { widestBottleneck, widestWithinHops } from './widest.js';
import { hopBoundedStrongest } from './hop-bounded.js';

/**
 * shortest: bidirectional BFS within the limit (exact by construction).
 * strongest: the hop-bounded bidirectional Dijkstra, always. Trying an unbounded Dijkstra first and keeping its
 * path when it fits is exact too, but on scale-free graphs of 100k actors the unbounded best path is nearly
 * always longer than 6 hops (long chains of strong ties), so the attempt was wasted time (1.6 ms of 4.5 ms).
 * widest: bidirectional max-min Dijkstra gives the best bottleneck θ without the limit; a BFS over relations
 * of weight ≥ θ then gives the fewest-hop path with that bottleneck; if even that exceeds the limit, a binary
 * search over the weights below θ finds the best bottleneck that fits.
 */
export function bestPath(tr: Traversal, sc: SearchScratch, p: SearchProblem): number[] | null {
  switch (tr.mode) {
    case 'shortest':
      return fewestHops(tr, sc, p, -Infinity);
    case 'strongest':
      return hopBoundedStrongest(tr, sc, p);
    case 'widest': {
      const theta = widestBottleneck(tr, sc, p);
      if (theta === -Infinity) return null;
      return fewestHops(tr, sc, p, theta) ?? widestWithinHops(tr, sc, p, theta);
    }
  }
}
