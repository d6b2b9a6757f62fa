// Benchmark sizes and command-line options: `npm run bench -- --sizes=1k,100k --pairs=200 --seed=1723`.

/** One benchmark size: actors and relations, and how many pairs the slow graphology baseline gets. */
export interface BenchSize {
  label: string;
  actors: number;
  relations: number;
  baselinePairs: number;
  /** Pairs cross-checked against the exact hop-layered Bellman-Ford (each pass can touch every relation 8 times). */
  checkPairs: number;
}

export const SIZES: Record<string, BenchSize> = {
  '1k': { label: '1k/5k', actors: 1_000, relations: 5_000, baselinePairs: 200, checkPairs: 20 },
  '100k': { label: '100k/1M', actors: 100_000, relations: 1_000_000, baselinePairs: 200, checkPairs: 20 },
  // The baselines take seconds per query here and the graph alone needs several GB: fewer baseline pairs.
  '1m': { label: '1M/5M', actors: 1_000_000, relations: 5_000_000, baselinePairs: 20, checkPairs: 3 },
};

/** Parsed command line. */
export interface BenchOptions {
  sizes: BenchSize[];
  pairs: number;
  seed: number;
  write: boolean;
}

/** Reads `--sizes=`, `--pairs=`, `--seed=` and `--no-write`; unknown sizes or flags stop with a message. */
export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = { sizes: Object.values(SIZES), pairs: 200, seed: 1723, write: true };
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=', 2);
    if (flag === '--sizes') {
      options.sizes = value.split(',').map((name) => {
        const size = SIZES[name.trim().toLowerCase()];
        if (!size) throw new Error(`--sizes: unknown size "${name}" (expected ${Object.keys(SIZES).join(', ')})`);
        return size;
      });
    } else if (flag === '--pairs' || flag === '--seed') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: expected a positive integer`);
      if (flag === '--pairs') options.pairs = n;
      else options.seed = n;
    } else if (flag === '--no-write') {
      options.write = false;
    } else {
      throw new Error(`unknown option ${arg} (expected --sizes=1k,100k,1m --pairs=N --seed=N --no-write)`);
    }
  }
  return options;
}
