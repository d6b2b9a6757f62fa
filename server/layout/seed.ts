// Seeded start positions for the server's layout: the client's rule (client/render/seed.ts), so both draw alike; a test checks they agree.

/** 32-bit FNV-1a hash of a string (as client/render/seed.ts: the server build does not compile client/). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A point in the disc of the given radius, a pure function of the id (uniform over the disc). */
export function seededPosition(id: string, radius = 100): { x: number; y: number } {
  const h1 = hashString(id);
  const h2 = hashString(`${id}\u0000y`);
  const angle = (h1 / 0x100000000) * 2 * Math.PI;
  const r = radius * Math.sqrt(h2 / 0x100000000);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** The disc the client seeds a graph of `order` actors in (client/render/display-graph.ts). */
export function seedRadius(order: number): number {
  return 10 * Math.sqrt(Math.max(1, order));
}
