// Exact strongest path within a hop limit: bidirectional Dijkstra over (node, hops) labels, meeting where the hops add up.
import type { SearchProblem } from './search-problem.js';
import { STAIR_WIDTH, type SearchScratch } from './scratch.js';
import type { Traversal } from '../traversal.js';
import { PATH_LIMITS } from '../path-query.js';
import { hopBall } from './hop-ball.js';
import { slotCosts } from './slot-costs.js';

/** Slots a hop ball may scan: a bounded ball prunes most of a search, a larger one costs more to build than it prunes (`npm run bench` shows where). */
const BALL_BUDGET = 10_000;

/** Growable typed-array pool of search labels (node, hops, cost, parent label), reused across queries. */
class LabelPool {
  node = new Int32Array(4096);
  hops = new Int32Array(4096);
  cost = new Float64Array(4096);
  parent = new Int32Array(4096);
  size = 0;

  add(node: number, hops: number, cost: number, parent: number): number {
    if (this.size === this.node.length) this.grow();
    const i = this.size++;
    this.node[i] = node;
    this.hops[i] = hops;
    this.cost[i] = cost;
    this.parent[i] = parent;
    return i;
  }

  /** Node ints from the root to this label's node. */
  chain(label: number): number[] {
    const path: number[] = [];
    for (let l = label; l !== -1; l = this.parent[l]!) path.push(this.node[l]!);
    return path.reverse();
  }

  private grow(): void {
    const n = this.node.length * 2;
    const node = new Int32Array(n);
    node.set(this.node);
    this.node = node;
    const hops = new Int32Array(n);
    hops.set(this.hops);
    this.hops = hops;
    const cost = new Float64Array(n);
    cost.set(this.cost);
    this.cost = cost;
    const parent = new Int32Array(n);
    parent.set(this.parent);
    this.parent = parent;
  }
}

const pools = [new LabelPool(), new LabelPool()] as const;

/**
 * Hand-written over the CSR typed arrays rather than graphology-shortest-path: its dijkstra.bidirectional walks
 * graphology's objects, far slower per edge than the typed arrays (README, Speed), and it has no hop limit.
 *
 * Plain Dijkstra with a maxHops cut is not exact: the cheapest way to reach a node may use too many hops while
 * a dearer, shorter one would have fitted. Here each side (forward from the source, backward from the target)
 * runs Dijkstra over labels (node, hops ≤ limit, cost = Σ −log w). A popped label is dominated, and dropped,
 * unless it has strictly fewer hops than every label already settled at its node, so a node settles at most
 * limit + 1 labels: its "staircase" (costs rising, hops falling). Each settled label scans its relations and
 * meets the other side's staircase at the neighbour: the cheapest entry whose hops fit the limit. Labels and
 * the best meeting compare by (cost, hops), an order Dijkstra handles exactly (pairs add), so ties in strength
 * go to the path with fewer hops.
 *
 * Stop when topF + topB ≥ best: on the best path P, every position i has prefix cost < topF (settled forward,
 * or dominated by a settled label) or suffix cost < topB (likewise backward); the first kind forms a prefix of
 * P and the second a suffix, so some relation of P joins a settled forward label to a settled backward one and
 * was checked. Both sides may use the whole hop budget, which that argument needs (a fixed half-and-half split
 * would miss paths whose cheap part is lopsided). Labels are pruned when the other end lies farther than their
 * hops left (known exactly inside a small breadth-first ball around each end), and when the other side has
 * settled a fitting label at their node already.
 *
 * Why not "unbounded Dijkstra first, keep its path if it fits": on 100k-actor scale-free graphs the unbounded
 * strongest path is nearly always longer than 6 hops (long chains of strong ties), so that try is wasted time.
 */
export function hopBoundedStrongest(tr: Traversal, sc: SearchScratch, p: SearchProblem): number[] | null {
  const gen = sc.nextGeneration();
  const { slotStart, slotEnd, neighbour, slotRelation } = tr.index;
  const { banned, bannedNext, heapF, heapB } = sc;
  const costs = slotCosts(tr); // precomputed when the query filters nothing, else worked out per slot below
  const [stairF, stairB] = sc.stairLabels();
  const [poolF, poolB] = pools;
  const bans = p.bans;
  const limit = Math.min(p.hopLimit, PATH_LIMITS.maxHops, STAIR_WIDTH - 1);
  poolF.size = 0;
  poolB.size = 0;
  const rootF = poolF.add(p.source, 0, 0, -1);
  const rootB = poolB.add(p.target, 0, 0, -1);
  // Exact hop distances near each end: a label with r hops left must sit within r hops of the other end.
  const balls = sc.hopBalls();
  const radiusT = hopBall(tr, sc, p.target, false, balls.stampT, balls.hopsT, gen, limit, BALL_BUDGET, costs);
  const radiusS = hopBall(tr, sc, p.source, true, balls.stampS, balls.hopsS, gen, limit, BALL_BUDGET, costs);
  heapF.push(rootF, 0, 0);
  heapB.push(rootB, 0, 0);
  // Best meeting so far, ordered by (cost, hops): among equally strong paths the one with fewer hops wins.
  let best = p.costBound ?? Infinity;
  let bestHops = Infinity;
  const beats = (cost: number, hops: number) => cost < best || (cost === best && hops < bestHops);
  let meetF = -1;
  let meetB = -1;

  while (heapF.size > 0 && heapB.size > 0 && beats(heapF.topKey() + heapB.topKey(), heapF.topTie() + heapB.topTie())) {
    const forward = heapF.size <= heapB.size;
    const heap = forward ? heapF : heapB;
    const otherHeap = forward ? heapB : heapF;
    const pool = forward ? poolF : poolB;
    const other = forward ? poolB : poolF;
    const stair = forward ? stairF : stairB;
    const otherStair = forward ? stairB : stairF;
    // stamp/count of each node's staircase; stamp/cost/hops of its best waiting label
    const stairStamp = forward ? sc.doneF : sc.doneB;
    const stairCount = forward ? sc.parentF : sc.parentB;
    const otherStamp = forward ? sc.doneB : sc.doneF;
    const otherCount = forward ? sc.parentB : sc.parentF;
    const waitStamp = forward ? sc.stampF : sc.stampB;
    const waitCost = forward ? sc.distF : sc.distB;
    const waitHops = forward ? sc.scoreF : sc.scoreB;
    const root = forward ? p.source : p.target;
    const otherRoot = forward ? p.target : p.source;
    const otherRootLabel = forward ? rootB : rootF;
    const ballStamp = forward ? balls.stampT : balls.stampS;
    const ballHops = forward ? balls.hopsT : balls.hopsS;
    const ballRadius = forward ? radiusT : radiusS;

    const label = heap.pop();
    const u = pool.node[label]!;
    const h = pool.hops[label]!;
    const count = stairStamp[u] === gen ? stairCount[u]! : 0;
    if (count > 0 && pool.hops[stair[u * STAIR_WIDTH + count - 1]!]! <= h) continue; // dominated
    stair[u * STAIR_WIDTH + count] = label;
    stairStamp[u] = gen;
    stairCount[u] = count + 1;
    const cu = pool.cost[label]!;
    const room = limit - h - 1; // hops left for the other side after this step
    if (room < 0) continue;
    for (let slot = slotStart[u]!, last = slotEnd[u]!; slot < last; slot++) {
      const v = neighbour[slot]!;
      if (banned[v] === bans || v === root || !tr.open(slot, forward)) continue;
      if (forward ? u === p.source && bannedNext[v] === bans : v === p.source && bannedNext[u] === bans) continue;
      const step = costs !== undefined ? costs[slot]! : stepCost(tr, slotRelation[slot]!);
      if (step === Infinity) continue;
      const cv = cu + step;
      // Meet the other side at v: its cheapest settled label there whose hops fit in `room`.
      let met = v === otherRoot ? otherRootLabel : -1;
      if (met === -1 && otherStamp[v] === gen) {
        for (let i = 0, n = otherCount[v]!; i < n; i++) {
          const candidate = otherStair[v * STAIR_WIDTH + i]!;
          if (other.hops[candidate]! <= room) {
            met = candidate;
            break;
          }
        }
      }
      if (met !== -1 && beats(cv + other.cost[met]!, h + 1 + other.hops[met]!)) {
        best = cv + other.cost[met]!;
        bestHops = h + 1 + other.hops[met]!;
        meetF = forward ? label : met;
        meetB = forward ? met : label;
      }
      // Walking on from v is useless when the other side has settled a fitting label there (no completion from v
      // beats it: unsettled ones cost ≥ its heap top ≥ any settled one), or when even that top cannot beat best.
      if (met !== -1 || room === 0 || !beats(cv + otherHeap.topKey(), h + 1 + otherHeap.topTie())) continue;
      const nh = h + 1;
      const left = limit - nh;
      if (left <= ballRadius && (ballStamp[v] !== gen || ballHops[v]! > left)) continue; // the other end is too far
      const settled = stairStamp[v] === gen ? stairCount[v]! : 0;
      if (settled > 0 && pool.hops[stair[v * STAIR_WIDTH + settled - 1]!]! <= nh) continue;
      if (waitStamp[v] === gen && waitCost[v]! <= cv && waitHops[v]! <= nh) continue; // dominated by a waiting label
      if (waitStamp[v] !== gen || cv < waitCost[v]! || (cv === waitCost[v] && nh < waitHops[v]!)) {
        waitStamp[v] = gen;
        waitCost[v] = cv;
        waitHops[v] = nh;
      }
      heap.push(pool.add(v, nh, cv, label), cv, nh);
    }
  }
  if (meetF === -1) return null;
  return poolF.chain(meetF).concat(poolB.chain(meetB).reverse());
}

/** −log of the relation's weight under the query, Infinity if it cannot be walked. */
function stepCost(tr: Traversal, relation: number): number {
  const w = tr.weight(relation);
  return w > 0 ? -Math.log(w) : Infinity;
}
