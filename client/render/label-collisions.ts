// Label collisions: which actors' labels to leave out so that no two drawn labels overlap, nor a label cover a more important actor's disc.

/** A label's box on screen, in pixels, with its priority (higher is kept first). */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  priority: number;
  /** The actor's own disc on screen (centre and radius, pixels): a lesser label must not cover it. */
  disc?: { x: number; y: number; r: number };
}

/**
 * The ids whose labels overlap a label of higher priority, or cover the disc of a more important actor. Greedy, in
 * priority order: sigma's label grid only keeps one label per grid cell, so two labels in neighbouring cells (a firm
 * beside its state) can still be drawn over each other; this pass removes the lesser one. A disc under a label is an
 * actor the reader cannot see or point at (on a phone, a firm's long name across a state), so a lesser label gives
 * way to it too; a dropped label's own disc still counts.
 */
export function overlappingLabels(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const kept: LabelBox[] = [];
  const discs: Array<{ x: number; y: number; r: number }> = [];
  const dropped = new Set<string>();
  for (const box of ordered) {
    const hit =
      kept.some(
        (other) =>
          box.x < other.x + other.width + gap &&
          other.x < box.x + box.width + gap &&
          box.y < other.y + other.height + gap &&
          other.y < box.y + box.height + gap,
      ) || discs.some((disc) => coversDisc(box, disc));
    if (hit) dropped.add(box.id);
    else kept.push(box);
    if (box.disc) discs.push(box.disc);
  }
  return dropped;
}

/** True when the label's box reaches into the disc (the disc's nearest point to its centre lies inside the box). */
function coversDisc(box: LabelBox, disc: { x: number; y: number; r: number }): boolean {
  const nearestX = Math.min(Math.max(disc.x, box.x), box.x + box.width);
  const nearestY = Math.min(Math.max(disc.y, box.y), box.y + box.height);
  return (disc.x - nearestX) ** 2 + (disc.y - nearestY) ** 2 < disc.r ** 2;
}
