// The edge programs: straight lines and arrows for a lone tie, curves for the parallel ties of a pair (fanned out by curvature).
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeRectangleProgram, type EdgeProgramType } from 'sigma/rendering';
import type { Relation } from '../../graph/model/schema.js';
import type { DisplayNode } from './display-graph.js';

// The curve programs draw nothing for curvature 0 (a degenerate Bézier), so lone ties use sigma's straight programs.
const curved = createEdgeCurveProgram<DisplayNode, Relation>();
const curvedArrow = createEdgeCurveProgram<DisplayNode, Relation>({
  arrowHead: { extremity: 'target', lengthToThicknessRatio: 2.5, widenessToThicknessRatio: 2 },
});

/** Edge program per edge `type` (see styles.ts); sigma's own programs are typed for any attributes, ours are not. */
export const EDGE_PROGRAMS: Record<string, EdgeProgramType<DisplayNode, Relation>> = {
  line: EdgeRectangleProgram as unknown as EdgeProgramType<DisplayNode, Relation>,
  arrow: EdgeArrowProgram as unknown as EdgeProgramType<DisplayNode, Relation>,
  curved,
  curvedArrow,
};
