// The edge programs: curved lines for undirected kinds, curved arrows for directed ones; a lone tie has curvature 0 and is straight.
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import type { EdgeProgramType } from 'sigma/rendering';
import type { Relation } from '../../graph/model/schema.js';
import type { DisplayNode } from './display-graph.js';

// The curve program reads `curvature || defaultCurvature`, so the default must be 0 for curvature 0 to mean straight.
const curved = createEdgeCurveProgram<DisplayNode, Relation>({ defaultCurvature: 0 });
const curvedArrow = createEdgeCurveProgram<DisplayNode, Relation>({
  defaultCurvature: 0,
  arrowHead: { extremity: 'target', lengthToThicknessRatio: 2.5, widenessToThicknessRatio: 2 },
});

/** Edge program per edge `type` (see styles.ts). */
export const EDGE_PROGRAMS: Record<string, EdgeProgramType<DisplayNode, Relation>> = { curved, curvedArrow };
