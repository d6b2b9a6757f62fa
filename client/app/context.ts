// What every panel needs: the store, the drawn graph (for names), the dataset's sources, and the renderer once it exists.
import type { Source } from '../../graph/model/schema.js';
import type { LargeMode } from '../large/large-mode.js';
import type { DisplayGraph } from '../render/display-graph.js';
import type { Renderer } from '../render/renderer.js';
import type { Store } from '../state/store.js';

/** Shared by the panels; built once the graph has loaded. */
export interface AppContext {
  store: Store;
  graph: DisplayGraph;
  sources: ReadonlyMap<string, Source>;
  renderer: Renderer;
  /** Present in large mode: the drawing is part of the dataset, expanded on demand. */
  large?: LargeMode;
  /** True when the drawing keeps the positions of the file the dataset was imported from (no layout ran). */
  filePositions?: boolean;
}

/** The display name of an actor id (the id itself if the graph does not hold it). */
export function actorName(context: Pick<AppContext, 'graph'>, id: string): string {
  return context.graph.hasNode(id) ? context.graph.getNodeAttribute(id, 'name') : id;
}
