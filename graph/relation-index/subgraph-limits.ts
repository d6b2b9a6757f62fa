// The limits of a subgraph request, alone in a module with no imports so the client can share them without the engine.

/** Most actors a subgraph holds: sigma stays fluid to about this many on an ordinary laptop. */
export const SUBGRAPH_MAX_LIMIT = 5000;
export const SUBGRAPH_DEFAULT_LIMIT = 2000;
export const SUBGRAPH_MAX_DEPTH = 4;
/** Most focus actors in one request (a comma list in a query string). */
export const SUBGRAPH_MAX_FOCUS = 64;
/** Relations returned per allowed actor (as the neighbourhood query): 5000 hubs could otherwise bring a million relations. */
export const SUBGRAPH_RELATIONS_PER_ACTOR = 10;
/** Parallel relations returned per pair of actors: the strongest; the rest show on the pair's tie card. */
export const SUBGRAPH_RELATIONS_PER_PAIR = 25;
