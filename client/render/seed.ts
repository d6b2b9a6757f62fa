// Seeded initial positions: each actor's start point comes from a hash of its id, so the layout is the same on every load.

/** 32-bit FNV-1a hash of a string. */
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
