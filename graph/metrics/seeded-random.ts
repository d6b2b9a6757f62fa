// A small seeded PRNG, so that Louvain and sampled betweenness give the same result for the same graph and filter.

/** Mulberry32: hand-written because the libraries want an `rng` function and no seeded one is a runtime dependency. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
