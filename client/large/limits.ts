// When the explorer switches to large mode, and how much it asks the server for at a time: the one place these numbers live.
import { SUBGRAPH_MAX_FOCUS } from '../../graph/relation-index/subgraph-limits.js';

/** Above this many actors the explorer draws the server's overview instead of downloading the whole graph. */
export const LARGE_ACTORS = 5000;

/** Above this many relations, likewise (a few thousand actors with dense ties are as heavy). */
export const LARGE_RELATIONS = 20_000;

/** Actors in the overview: the strongest, with the relations among them. */
export const OVERVIEW_LIMIT = 2000;

/** Most actors one expansion (an actor's neighbours, a tie's two actors) may add. */
export const EXPAND_LIMIT = 500;

/** Most actors one subgraph request may focus on: the server's limit (its module imports nothing, so no engine comes along). */
export const MAX_FOCUS = SUBGRAPH_MAX_FOCUS;

/** True when a dataset of these counts is drawn in large mode. */
export function isLarge(counts: { actors: number; relations: number }): boolean {
  return counts.actors > LARGE_ACTORS || counts.relations > LARGE_RELATIONS;
}
