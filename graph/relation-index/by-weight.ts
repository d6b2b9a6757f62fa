// Strongest first, lazily: items ordered by a weight in 0..1 (ties by id), sorting one weight bucket at a time as the caller reads on.

/** Buckets over 0..1: a million candidates spread over them leave about a thousand to sort in each. */
const BUCKETS = 1024;

/**
 * Yields `items` by descending `weight[item]`, ties by `ids[item]` (code-unit order). A subgraph keeps the top few
 * thousand of up to a million candidate relations or actors: a full comparison sort of all of them took seconds at
 * 100k/1M, while a counting pass into buckets and a sort of only the buckets read costs a few milliseconds.
 * Weights outside 0..1 fall into the end buckets, which are sorted exactly, so the order stays right.
 */
export function* byWeightDescending(
  items: ArrayLike<number>,
  weight: ArrayLike<number>,
  ids: ArrayLike<string>,
): Generator<number> {
  const bucketOf = (item: number) =>
    BUCKETS - 1 - Math.min(BUCKETS - 1, Math.max(0, Math.floor(weight[item]! * BUCKETS)));
  const start = new Int32Array(BUCKETS + 1); // bucket 0 holds the greatest weights
  for (let i = 0; i < items.length; i++) start[bucketOf(items[i]!) + 1]!++;
  for (let b = 0; b < BUCKETS; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, BUCKETS);
  const placed = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) placed[fill[bucketOf(items[i]!)]!++] = items[i]!;
  const order = (a: number, b: number) =>
    weight[b]! - weight[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  for (let b = 0; b < BUCKETS; b++) {
    if (start[b] === start[b + 1]) continue;
    yield* placed.subarray(start[b]!, start[b + 1]!).sort(order);
  }
}
