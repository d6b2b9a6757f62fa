// Label collisions, scheduled once per frame after camera moves: labels that would overlap a more important label or disc are left out.
import type Sigma from 'sigma';
import type { Relation } from '../../graph/model/schema.js';
import type { DisplayGraph, DisplayNode } from './display-graph.js';
import { overlappingLabels, type LabelBox } from './label-collisions.js';
import { LARGE_NODE_SCALE } from './large-style.js';
import { nodeStyle } from './styles.js';
import type { ViewModel } from './view-model.js';

/** Up to this many actors, labels that would overlap a more important one are left out (above it, sigma's grid alone). */
export const LABEL_COLLISION_MAX_NODES = 2000;

/** The labels left out now, and how to ask for a new pass (at most one per animation frame). */
export interface LabelScheduler {
  hidden(): ReadonlySet<string>;
  schedule(): void;
  stop(): void;
}

/** Creates the scheduler; forced labels (the strongest states) win, then the strength of the actor's ties. */
export function createLabelScheduler(
  sigma: Sigma<DisplayNode, Relation>,
  graph: DisplayGraph,
  view: () => ViewModel,
  large: boolean,
): LabelScheduler {
  const measure = document.createElement('canvas').getContext('2d');
  let hidden = new Set<string>();
  let frame = 0;
  let stopped = false;

  const labelBoxes = (context: CanvasRenderingContext2D): LabelBox[] => {
    const size = sigma.getSetting('labelSize');
    context.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
    const current = view();
    const boxes: LabelBox[] = [];
    graph.forEachNode((node, actor) => {
      const style = nodeStyle(node, actor, current, null);
      if (style.hidden || !style.label) return;
      const at = sigma.graphToViewport(actor);
      const radius = sigma.scaleSize((style.size ?? 1) * (large ? LARGE_NODE_SCALE : 1));
      // Where sigma's drawDiscNodeLabel writes: from x + size + 3, centred a third of the font size above y.
      boxes.push({
        id: node,
        x: at.x + radius + 3,
        y: at.y - (2 * size) / 3,
        width: context.measureText(style.label).width,
        height: size,
        priority: (current.labelled.has(node) ? 1e6 : 0) + (current.strength.get(node) ?? 0),
        disc: { x: at.x, y: at.y, r: radius },
      });
    });
    return boxes;
  };

  return {
    hidden: () => hidden,
    schedule() {
      if (graph.order > LABEL_COLLISION_MAX_NODES || !measure || frame || stopped) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (stopped) return;
        const next = overlappingLabels(labelBoxes(measure));
        if (next.size === hidden.size && [...next].every((id) => hidden.has(id))) return;
        hidden = next;
        sigma.refresh({ skipIndexation: true });
      });
    },
    stop() {
      stopped = true;
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
