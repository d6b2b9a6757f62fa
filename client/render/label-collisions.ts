// Label collisions: which actors' labels to leave out so that no two drawn labels overlap, the most important first.

/** A label's box on screen, in pixels, with its priority (higher is kept first). */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  priority: number;
}

/**
 * The ids whose labels overlap a label of higher priority. Greedy, in priority order: sigma's label grid
 * only keeps one label per grid cell, so two labels in neighbouring cells (a firm beside its state) can
 * still be drawn over each other; this pass removes the lesser one.
 */
export function overlappingLabels(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const kept: LabelBox[] = [];
  const dropped = new Set<string>();
  for (const box of ordered) {
    const hit = kept.some(
      (other) =>
        box.x < other.x + other.width + gap &&
        other.x < box.x + box.width + gap &&
        box.y < other.y + other.height + gap &&
        other.y < box.y + box.height + gap,
    );
    if (hit) dropped.add(box.id);
    else kept.push(box);
  }
  return dropped;
}
