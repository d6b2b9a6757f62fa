// The layout's rules, defined once for the explorer's ForceAtlas2 and the server's: seeded starts, settings, budget, settling, tie pull.
// Pure numbers and functions, no graph: the client imports them at run time (client/README.md), so both draw alike.

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A point in the disc of the given radius, a pure function of the id (uniform over the disc): the same start on every load. */
export function seededPosition(id: string, radius = 100): { x: number; y: number } {
  const h1 = hashString(id);
  const h2 = hashString(`${id}\u0000y`);
  const angle = (h1 / 0x100000000) * 2 * Math.PI;
  const r = radius * Math.sqrt(h2 / 0x100000000);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** The disc a graph of `order` actors is seeded in: its area grows with the number of actors. */
export function seedRadius(order: number): number {
  return 10 * Math.sqrt(Math.max(1, order));
}

/**
 * Over ForceAtlas2's inferSettings: more repulsion (scalingRatio) so labels in the dense centre have room. The
 * attraction of a pair already grows only with the log of its ties (one tie per pair), so weights count in full.
 */
export const LAYOUT_SETTINGS = { edgeWeightInfluence: 1, scalingRatio: 40, linLogMode: false } as const;

/**
 * Iteration budget: generous for small graphs, smaller for big ones where each iteration costs more. A budget in
 * iterations rather than seconds keeps the result independent of the machine's speed.
 */
export function iterationBudget(order: number): number {
  return Math.round(Math.min(800, Math.max(120, 400_000 / Math.max(1, order))));
}

/** After SETTLE_AFTER iterations, a layout whose actors moved on average less than SETTLED_SHIFT of its extent has settled. */
export const SETTLE_AFTER = 30;
export const SETTLED_SHIFT = 2e-4;

/** How hard one tie pulls its pair together: by strength; structural ties (a firm based in its state) less, so firms sit near, not on, their state. */
export function tiePull(structural: boolean, strength: number): number {
  return structural ? 0.3 : 0.2 + strength;
}
