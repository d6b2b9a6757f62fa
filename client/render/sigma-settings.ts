// sigma's settings for the explorer in one place: programs, labels, camera limits and motion, and the large-drawing tuning.
import { DEFAULT_SETTINGS, type Settings } from 'sigma/settings';
import type { Relation } from '../../graph/model/schema.js';
import type { DisplayNode } from './display-graph.js';
import { LARGE_LABELS } from './large-style.js';
import { EDGE_PROGRAMS } from './programs.js';

/** Above this many relations, edges and labels are hidden while the camera moves. */
export const LARGE_GRAPH_EDGES = 5000;

/** The settings of the explorer's sigma, without its reducers (the renderer adds those); `large` tunes it for many items. */
export function sigmaSettings(edges: number, large: boolean): Partial<Settings<DisplayNode, Relation>> {
  return {
    edgeProgramClasses: EDGE_PROGRAMS,
    defaultEdgeType: 'curved',
    enableEdgeEvents: true,
    zIndex: true,
    renderEdgeLabels: true,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#444' },
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelDensity: 0.5,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 4,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    stagePadding: 40,
    // Big graphs: drop edges and labels while the camera moves, so panning stays responsive (sigma's own advice).
    hideEdgesOnMove: large || edges > LARGE_GRAPH_EDGES,
    hideLabelsOnMove: large || edges > LARGE_GRAPH_EDGES,
    ...(large ? LARGE_LABELS : {}),
  };
}

/** The settings of sigma's own camera motion: the wheel's and a double-click's zoom, the glide after a drag. */
export type MotionSettings = Pick<
  Settings,
  'zoomDuration' | 'doubleClickZoomingDuration' | 'inertiaDuration' | 'inertiaRatio'
>;

/**
 * sigma's own camera motion as the reader asked (the explorer's moves jump too: camera-moves.ts): for less motion a
 * zoom lands on the next frame and a drag stops where it is let go. 1 ms rather than 0: sigma divides the time
 * elapsed by the duration, and 0 / 0 would put the camera at NaN.
 */
export function motionSettings(reduced: boolean): MotionSettings {
  if (reduced) return { zoomDuration: 1, doubleClickZoomingDuration: 1, inertiaDuration: 1, inertiaRatio: 0 };
  const { zoomDuration, doubleClickZoomingDuration, inertiaDuration, inertiaRatio } = DEFAULT_SETTINGS;
  return { zoomDuration, doubleClickZoomingDuration, inertiaDuration, inertiaRatio };
}
