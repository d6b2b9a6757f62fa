// Exact strongest path within a hop limit: A* over (node, hops) states, guided by the backward half of the unbounded search.
import type { SearchProblem } from './search-problem.js';
import type { SearchScratch } from './scratch.js';
import type { Traversal } from './traversal.js';

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
    this.node[i] = node; this.hops[i] = hops; this.cost[i] = cost; this.parent[i] = parent;
    return i;
  }

  private grow(): void {
    const n = this.node.length * 2;
    const node = new Int32Array(n); node.set(this.node); this.node = node;
    const hops = new Int32Array(n); hops.set(this.hops); this.hops = hops;
    const cost = new Float64Array(n); cost.set(this.cost); this.cost = cost;
    const parent = new Int32Array(n); parent.set(this.parent); this.parent = parent;
  }
}

const pool = new LabelPool();

/**
 * Plain Dijkstra with a maxHops cut is not exact: the cheapest way to reach a node may use too many hops while
 * a dearer, shorter one would have fitted. Here a label is (cost, hops) with cost = Σ −log(w); a node is
 * expanded again only with strictly fewer hops than at its last expansion (anything else is dominated), so
 * each node is expanded at most hopLimit + 1 times and the first label of the target popped is the best path
 * within the limit (with the fewest hops among equals).
 *
 * It must run right after strongestUnbounded on the same problem: the backward half of that search gives an
 * A* heuristic h(v) = exact cost to the target for nodes it settled, and its heap's top key (a lower bound
 * of every unsettled node's cost) for the rest. That h is consistent (a settled node's unsettled neighbour
 * sits in the heap with a key ≤ d(v) + c), so labels pop in order of cost + h and the dominance rule stays exact.
 */
export function hopBoundedStrongest(tr: Traversal, sc: SearchScratch, p: SearchProblem): number[] | null {
  const backward = sc.generation;
  const topB = sc.heapB.size > 0 ? sc.heapB.topKey() : Infinity;
  const { doneB, distB } = sc;
  const gen = sc.nextGeneration(); // fresh forward labels; the backward stamps of `backward` stay readable
  const { offsets, neighbour, slotRelation } = tr.index;
  // doneF/parentF: expanded, with the fewest hops of any expansion; stampF/distF/scoreF: best waiting label (cost, hops).
  const { banned, bannedNext, stampF, distF, scoreF, doneF, parentF, heapF } = sc;
  const bans = p.bans;
  pool.size = 0;
  heapF.push(pool.add(p.source, 0, 0, -1), 0, 0);

  while (heapF.size > 0) {
    const label = heapF.pop();
    const u = pool.node[label]!;
    const h = pool.hops[label]!;
    if (doneF[u] === gen && h >= parentF[u]!) continue;
    doneF[u] = gen;
    parentF[u] = h;
    if (u === p.target) return unwind(label);
    if (h >= p.hopLimit) continue;
    const cu = pool.cost[label]!;
    const nh = h + 1;
    for (let slot = offsets[u]!, last = offsets[u + 1]!; slot < last; slot++) {
      const v = neighbour[slot]!;
      if (banned[v] === bans || !tr.open(slot, true)) continue;
      if (u === p.source && bannedNext[v] === bans) continue;
      if (nh === p.hopLimit && v !== p.target) continue; // a label with no hops left is useful only at the target
      if (doneF[v] === gen && nh >= parentF[v]!) continue;
      const w = tr.weight(slotRelation[slot]!);
      if (w <= 0) continue;
      const cv = cu - Math.log(w);
      if (stampF[v] === gen && distF[v]! <= cv && scoreF[v]! <= nh) continue; // dominated by a waiting label
      const rest = doneB[v] === backward ? distB[v]! : topB;
      if (rest === Infinity) continue; // the backward search proved the target unreachable from v
      if (stampF[v] !== gen || cv < distF[v]! || (cv === distF[v] && nh < scoreF[v]!)) {
        stampF[v] = gen; distF[v] = cv; scoreF[v] = nh;
      }
      heapF.push(pool.add(v, nh, cv, label), cv + rest, nh);
    }
  }
  return null;
}

function unwind(label: number): number[] {
  const path: number[] = [];
  for (let l = label; l !== -1; l = pool.parent[l]!) path.push(pool.node[l]!);
  return path.reverse();
}
