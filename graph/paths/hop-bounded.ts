// Exact best path within a hop limit for strongest and widest: a label-setting search over (node, hops) states.
import type { SearchProblem } from './search-problem.js';
import type { SearchScratch } from './scratch.js';
import type { Traversal } from './traversal.js';

/** Growable typed-array pool of search labels (node, hops, key, parent label), reused across queries. */
class LabelPool {
  node = new Int32Array(4096);
  hops = new Int32Array(4096);
  key = new Float64Array(4096);
  parent = new Int32Array(4096);
  size = 0;

  add(node: number, hops: number, key: number, parent: number): number {
    if (this.size === this.node.length) this.grow();
    const i = this.size++;
    this.node[i] = node; this.hops[i] = hops; this.key[i] = key; this.parent[i] = parent;
    return i;
  }

  private grow(): void {
    const n = this.node.length * 2;
    const node = new Int32Array(n); node.set(this.node); this.node = node;
    const hops = new Int32Array(n); hops.set(this.hops); this.hops = hops;
    const key = new Float64Array(n); key.set(this.key); this.key = key;
    const parent = new Int32Array(n); parent.set(this.parent); this.parent = parent;
  }
}

const pool = new LabelPool();

/**
 * Plain Dijkstra with a maxHops cut is not exact for strongest: the cheapest way to reach a node may use too
 * many hops while a dearer, shorter one would have fitted. Here a label is (key, hops) with key = Σ −log(w)
 * (strongest) or −bottleneck (widest); labels pop in (key, hops) order and a node is expanded again only with
 * strictly fewer hops than at its last expansion (anything else is dominated), so each node is expanded at
 * most hopLimit + 1 times and the first label of the target is the best path within the limit, with the fewest
 * hops among equals. Unidirectional and slower than the bidirectional searches: used only when the bound binds.
 */
export function hopBoundedBest(tr: Traversal, sc: SearchScratch, p: SearchProblem): number[] | null {
  const gen = sc.nextGeneration();
  const widest = tr.mode === 'widest';
  const { offsets, neighbour, slotRelation } = tr.index;
  // doneF/parentF: expanded in this search, with the fewest hops of any expansion; stampF/distF/scoreF: best tentative label.
  const { banned, bannedNext, stampF, distF, scoreF, doneF, parentF, heapF } = sc;
  const bans = p.bans;
  pool.size = 0;
  const startKey = widest ? -p.cap : 0;
  heapF.push(pool.add(p.source, 0, startKey, -1), startKey, 0);

  while (heapF.size > 0) {
    const label = heapF.pop();
    const u = pool.node[label]!;
    const h = pool.hops[label]!;
    if (doneF[u] === gen && h >= parentF[u]!) continue;
    doneF[u] = gen;
    parentF[u] = h;
    if (u === p.target) return unwind(label);
    if (h >= p.hopLimit) continue;
    const ku = pool.key[label]!;
    const nh = h + 1;
    for (let slot = offsets[u]!, last = offsets[u + 1]!; slot < last; slot++) {
      const v = neighbour[slot]!;
      if (banned[v] === bans || !tr.open(slot, true)) continue;
      if (u === p.source && bannedNext[v] === bans) continue;
      if (nh === p.hopLimit && v !== p.target) continue; // a label with no hops left is useful only at the target
      if (doneF[v] === gen && nh >= parentF[v]!) continue;
      const w = tr.weight(slotRelation[slot]!);
      if (w <= 0) continue;
      const kv = widest ? (ku > -w ? ku : -w) : ku - Math.log(w);
      if (stampF[v] === gen && distF[v]! <= kv && scoreF[v]! <= nh) continue; // dominated by a waiting label
      if (stampF[v] !== gen || kv < distF[v]! || (kv === distF[v] && nh < scoreF[v]!)) {
        stampF[v] = gen; distF[v] = kv; scoreF[v] = nh;
      }
      heapF.push(pool.add(v, nh, kv, label), kv, nh);
    }
  }
  return null;
}

function unwind(label: number): number[] {
  const path: number[] = [];
  for (let l = label; l !== -1; l = pool.parent[l]!) path.push(pool.node[l]!);
  return path.reverse();
}
