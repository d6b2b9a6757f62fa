// The best single path for a mode: picks the search that is exact for it, falling back to the hop-bounded one when needed.
import type { SearchProblem } from './search-problem.js';
import type { SearchScratch } from './scratch.js';
import type { Traversal } from './traversal.js';
import { fewestHops } from './fewest-hops.js';
import { strongestUnbounded } from './strongest.js';
import { widestBottleneck, widestWithinHops } from './widest.js';
import { hopBoundedStrongest } from './hop-bounded.js';

/**
 * shortest: bidirectional BFS within the limit (exact by construction).
 * strongest: bidirectional Dijkstra without the limit; if its path fits the limit it is also the best within
 * it (the limit only removes paths), otherwise the bound binds and the exact hop-bounded A* decides.
 * widest: bidirectional max-min Dijkstra gives the best bottleneck θ without the limit; a BFS over relations
 * of weight ≥ θ then gives the fewest-hop path with that bottleneck; if even that exceeds the limit, a binary
 * search over the weights below θ finds the best bottleneck that fits.
 */
export function bestPath(tr: Traversal, sc: SearchScratch, p: SearchProblem): number[] | null {
  switch (tr.mode) {
    case 'shortest':
      return fewestHops(tr, sc, p, -Infinity);
    case 'strongest': {
      const path = strongestUnbounded(tr, sc, p);
      if (!path) return null;
      return path.length - 1 <= p.hopLimit ? path : hopBoundedStrongest(tr, sc, p);
    }
    case 'widest': {
      const theta = widestBottleneck(tr, sc, p);
      if (theta === -Infinity) return null;
      return fewestHops(tr, sc, p, theta) ?? widestWithinHops(tr, sc, p, theta);
    }
  }
}
