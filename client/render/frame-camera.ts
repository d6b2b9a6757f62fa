// Frames the camera on what is drawn, labels included, with a margin to every edge of the canvas; turns small graphs to fit best.
import type Sigma from 'sigma';
import type { Relation } from '../../graph/model/schema.js';
import type { DisplayGraph, DisplayNode } from './display-graph.js';
import { fitCamera, type Fit, type FitItem, type Margins } from './camera-fit.js';

/** Room kept free around the drawing; more at the bottom, where the caption sits over the canvas. */
export const FRAME_MARGINS: Margins = { top: 16, right: 16, bottom: 36, left: 16 };

/** Past this many drawn actors labels are not measured (sigma shows few of them anyway): only discs are framed. */
const MEASURED_LABELS = 2000;

/** Turns tried on small graphs: every 15°, since a force layout has no natural orientation. */
const ANGLES = Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12);

type ExplorerSigma = Sigma<DisplayNode, Relation>;

/**
 * The turn (radians, counter-clockwise in graph coordinates) at which the drawn actors and their level labels
 * fit the canvas largest: a wide layout on a tall canvas would otherwise leave half of it empty. 0 for big graphs.
 */
export function bestTurn(sigma: ExplorerSigma, margins: Margins = FRAME_MARGINS): number {
  const drawn = drawnActors(sigma);
  if (!drawn || drawn.shown.length > MEASURED_LABELS) return 0;
  let best = { angle: 0, ratio: Infinity };
  for (const angle of ANGLES) {
    const { fit } = fitAt(sigma, drawn, angle, margins);
    // A clearly better fit only (1%), so near-ties keep the smaller turn and the picture does not turn for nothing.
    if (fit.ratio < best.ratio * 0.99) best = { angle, ratio: fit.ratio };
  }
  return best.angle;
}

/**
 * Turns every actor's position about the origin. The graph turns rather than sigma's camera (its angle setting)
 * because sigma 3 misses clicks on edges under a turned camera.
 */
export function turnGraph(graph: DisplayGraph, angle: number): void {
  if (!Number.isFinite(angle)) throw new RangeError(`turnGraph: the angle must be a finite number (got ${angle})`);
  if (angle === 0) return;
  const cos = Math.cos(angle),
    sin = Math.sin(angle);
  graph.updateEachNodeAttributes((_node, actor) => ({
    ...actor,
    x: actor.x * cos + actor.y * sin,
    y: actor.y * cos - actor.x * sin,
  }));
}

/**
 * Moves the camera (without animation) so every drawn actor and its label fit inside the canvas margins. In a
 * large drawing sigma shows few labels, so `labelled` says whose labels count (the forced ones); by default all do.
 */
export function frameDrawing(
  sigma: ExplorerSigma,
  margins: Margins = FRAME_MARGINS,
  labelled: (node: string) => boolean = () => true,
): void {
  const drawn = drawnActors(sigma, labelled);
  if (!drawn) return;
  const { fit, target } = fitAt(sigma, drawn, 0, margins);
  sigma.getCamera().setState({ x: target.x, y: target.y, ratio: fit.ratio, angle: 0 });
}

interface Drawn {
  width: number;
  height: number;
  shown: string[];
  labels: Map<string, number>;
}

function drawnActors(sigma: ExplorerSigma, labelled: (node: string) => boolean = () => true): Drawn | null {
  const { width, height } = sigma.getDimensions();
  if (!(width > 0) || !(height > 0)) return null;
  const shown = sigma.getGraph().filterNodes((node) => !sigma.getNodeDisplayData(node)?.hidden);
  const measure = shown.length <= MEASURED_LABELS ? labelMeasurer(sigma) : null;
  const labels = new Map<string, number>();
  for (const node of shown) {
    const label = sigma.getNodeDisplayData(node)?.label;
    labels.set(node, label && measure && labelled(node) ? measure(label) : 0);
  }
  return { width, height, shown, labels };
}

/** The fit with the camera turned by `angle` at ratio 1, and the framed-graph point the camera must then look at. */
function fitAt(
  sigma: ExplorerSigma,
  { width, height, shown, labels }: Drawn,
  angle: number,
  margins: Margins,
): { fit: Fit; target: { x: number; y: number } } {
  // An override rather than camera.setState: sigma's own matrix only follows the camera at its next render.
  const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle };
  const items: FitItem[] = [];
  for (const node of shown) {
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    const at = sigma.framedGraphToViewport(data, { cameraState });
    items.push({ x: at.x - width / 2, y: at.y - height / 2, size: data.size, labelWidth: labels.get(node) ?? 0 });
  }
  const fit = fitCamera(items, width, height, margins);
  return {
    fit,
    target: sigma.viewportToFramedGraph({ x: width / 2 + fit.offset.x, y: height / 2 + fit.offset.y }, { cameraState }),
  };
}

/** Label widths in pixels, measured with the font sigma draws labels in. */
function labelMeasurer(sigma: ExplorerSigma): ((label: string) => number) | null {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = `${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`;
  return (label) => context.measureText(label).width;
}
