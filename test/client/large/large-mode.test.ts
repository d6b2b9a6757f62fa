// Tests of the large-mode controller without a browser: expansions, focus outside the drawing, filter refetches and merged paths, over a stubbed API.
import t from 'tap';
import type { Subgraph } from '../../../client/api/contracts.js';
import { createLargeMode, type LargeMode } from '../../../client/large/large-mode.js';
import { toDisplayGraph, type DisplayGraph } from '../../../client/render/display-graph.js';
import type { Renderer } from '../../../client/render/renderer.js';
import { createStore, type Store } from '../../../client/state/store.js';
import { openTie, setFilters, setResult } from '../../../client/state/transitions.js';
import { INITIAL_STATE } from '../../../client/state/types.js';
import type { GraphView } from '../../../graph/query/graph-view.js';
import type { TieCard } from '../../../graph/query/results.js';
import { fixtureView, relation } from '../render/fixture.js';

const meta = (mode: 'overview' | 'focus', view: GraphView): Subgraph['meta'] => ({
  mode,
  actors: view.nodes.length,
  relations: view.edges.length,
  totalActors: 5,
  totalRelations: 5,
  truncated: false,
  layout: 'none',
});

/** The overview: the fixture without Iran and its rivalry. */
function overview(): GraphView {
  const view = fixtureView();
  return {
    ...view,
    nodes: view.nodes.filter((n) => n.key !== 'iran'),
    edges: view.edges.filter((e) => e.key !== 'rival-1'),
  };
}

interface Harness {
  large: LargeMode;
  graph: DisplayGraph;
  store: Store;
  urls: string[];
  reports: string[];
  redraws: () => number;
  /** The actor lists the camera was asked to frame. */
  framed: string[][];
}

/** A controller over the overview, its API answered by the fixture: any focus but "atlantis" gets the whole fixture. */
function harness(t: { teardown(fn: () => void): void }, usePositions = false, initial = INITIAL_STATE): Harness {
  const urls: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    urls.push(url);
    const query = new URL(url, 'http://x').searchParams;
    const focus = query.get('focus');
    if (focus && query.get('depth') === '0') {
      // Just the actors asked for, at positions made up from their names' lengths.
      const ids = focus.split(',');
      const nodes = ids.map((id) => ({ key: id, attributes: { id, name: id, kind: 'firm' as const, aliases: [] } }));
      const positions = Object.fromEntries(ids.map((id) => [id, { x: id.length * 100, y: -id.length }]));
      return new Response(
        JSON.stringify({
          ...fixtureView(),
          nodes,
          edges: [],
          positions,
          meta: meta('focus', { ...fixtureView(), nodes, edges: [] }),
        }),
        { status: 200 },
      );
    }
    if (focus?.includes('atlantis'))
      return new Response(
        JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'unknown actor "atlantis" in `focus[0]`' }),
        { status: 404 },
      );
    const view = focus ? fixtureView() : overview();
    // Under a valence filter fewer relations pass: the total the server reports says so.
    const totals = {
      ...meta(focus ? 'focus' : 'overview', view),
      ...(url.includes('valence=') ? { totalRelations: 3 } : {}),
    };
    return new Response(JSON.stringify({ ...view, positions: {}, meta: totals }), { status: 200 });
  }) as typeof fetch;
  t.teardown(() => void (globalThis.fetch = original));
  const store = createStore(initial);
  const graph = toDisplayGraph(overview());
  const reports: string[] = [];
  const large = createLargeMode({
    store,
    graph,
    meta: meta('overview', overview()),
    usePositions,
    report: (m) => reports.push(m),
  });
  let redraws = 0;
  const framed: string[][] = [];
  const renderer = {
    layout: Promise.resolve({ iterations: 0, reason: 'settled', ran: 'worker' }),
    graphChanged: () => redraws++,
    centreOn: () => {},
    frameOn: (ids: readonly string[]) => framed.push([...ids]),
  } as unknown as Renderer;
  large.attach(renderer);
  return { large, graph, store, urls, reports, redraws: () => redraws, framed };
}

t.test('expanding an actor the server does not know reports it and changes nothing', async (t) => {
  const h = harness(t);
  await h.large.expand('atlantis');
  t.match(h.reports, [/unknown actor "atlantis"/]);
  t.equal(h.large.expanded().size, 0);
  t.same(h.store.get().expanded, [], 'the expansion is taken back out of the state (and the URL)');
  t.equal(h.graph.order, 4);
  t.equal(h.redraws(), 0);
});

t.test('expand asks for the neighbourhood and merges it', async (t) => {
  const h = harness(t);
  let changes = 0;
  const busy: boolean[] = [];
  h.large.onChange(() => {
    changes++;
    busy.push(h.large.busy());
  });
  await h.large.expand('israel');
  t.equal(busy[0], true, 'busy while loading');
  t.equal(busy.at(-1), false, 'and not once done');
  t.equal(h.large.busy(), false);
  t.match(
    h.urls.at(-1),
    /^\/api\/subgraph\?focus=israel&depth=1&limit=500&kinds=/,
    'a depth-1 focus request under the view filter',
  );
  t.ok(h.graph.hasNode('iran') && h.graph.hasEdge('rival-1'), 'Iran and its rivalry are drawn');
  t.same([...h.large.expanded()], ['israel']);
  t.same(h.store.get().expanded, ['israel'], 'recorded in the state, so the URL carries it');
  t.equal(h.redraws(), 1, 'the renderer was told once');
  t.ok(changes >= 1, 'listeners heard of it');
  t.same(h.reports, []);
});

t.test('focusing an actor not drawn loads it', async (t) => {
  const h = harness(t);
  h.store.dispatch((s) => ({ ...s, focus: 'iran', panel: 'actor' }));
  await h.large.idle();
  t.ok(h.graph.hasNode('iran'));
  t.match(h.urls.at(-1), /focus=iran/);
  h.store.dispatch((s) => ({ ...s, focus: 'israel' }));
  await h.large.idle();
  t.equal(h.urls.filter((u) => u.includes('focus=israel')).length, 0, 'a drawn actor is not fetched again');
});

t.test('a filter change asks for the overview and the expanded neighbourhoods again, once', async (t) => {
  const h = harness(t);
  await h.large.expand('israel');
  const before = h.urls.length;
  t.equal(h.large.total.relations, 5, 'the total of the first overview');
  h.store.dispatch((s) => setFilters(s, { valences: ['hostile', 'mixed', 'neutral'] }));
  h.store.dispatch((s) => setFilters(s, { minStrength: 0.2 }));
  await h.large.idle();
  const asked = h.urls.slice(before);
  t.equal(asked.length, 2, 'two requests for two quick changes: the overview and the focus');
  t.ok(
    asked.every((u) => u.includes('valence=hostile,mixed,neutral') && u.includes('minStrength=0.2')),
    'both under the latest filter',
  );
  t.ok(asked.some((u) => !u.includes('focus=')) && asked.some((u) => u.includes('focus=israel')));
  t.equal(h.large.total.relations, 3, 'the total under the new filter, as the overview reported it');
});

t.test('a path through actors not drawn is merged into the drawing', async (t) => {
  const h = harness(t);
  const newcomer = { id: 'newcomer', name: 'Newcomer', kind: 'firm' as const, aliases: [] };
  const israel = h.graph.getNodeAttributes('israel');
  const step = relation('new-1', 'arms-transfer', 'israel', 'newcomer');
  const path = {
    actors: [israel, newcomer],
    relations: [step],
    steps: [
      {
        from: 'israel',
        to: 'newcomer',
        relation: 'new-1',
        traversal: 'forward' as const,
        weight: 0.5,
        structural: false,
      },
    ],
    hops: 1,
    score: 1,
  };
  h.store.dispatch((s) => setResult(s, 'paths', { status: 'ok', key: 'k', data: { outcome: 'found', paths: [path] } }));
  await h.large.idle();
  t.ok(h.graph.hasNode('newcomer') && h.graph.hasEdge('new-1'));
  t.ok(h.graph.isDirected('new-1'), 'an arms transfer has a direction');
  t.same(h.framed, [['israel', 'newcomer']], 'the camera goes to the path');
});

t.test('a tie card with an actor not drawn brings the pair and its relations in', async (t) => {
  const h = harness(t);
  const newcomer = { id: 'newcomer', name: 'Newcomer', kind: 'state' as const, aliases: [] };
  const tie = relation('tie-1', 'strategic-partnership', 'newcomer', 'israel');
  const card = {
    a: newcomer,
    b: h.graph.getNodeAttributes('israel'),
    total: 1,
    hidden: 0,
    byKind: [{ relations: [{ direction: 'undirected', relation: tie }] }],
  } as unknown as TieCard;
  h.store.dispatch((s) => setResult(openTie(s, 'newcomer', 'israel'), 'tie', { status: 'ok', key: 'k', data: card }));
  await h.large.idle();
  t.ok(h.graph.hasNode('newcomer') && h.graph.hasEdge('tie-1'));
  t.ok(h.graph.isUndirected('tie-1'), 'a partnership has no direction');
});

t.test('with the server layout, the missing actors of a path are placed where the server put them', async (t) => {
  const h = harness(t, true);
  const newcomer = { id: 'newcomer', name: 'Newcomer', kind: 'firm' as const, aliases: [] };
  const step = relation('new-1', 'arms-transfer', 'israel', 'newcomer');
  const path = {
    actors: [h.graph.getNodeAttributes('israel'), newcomer],
    relations: [step],
    steps: [],
    hops: 1,
    score: 1,
  };
  h.store.dispatch((s) => setResult(s, 'paths', { status: 'ok', key: 'k', data: { outcome: 'found', paths: [path] } }));
  await h.large.idle();
  t.match(h.urls.at(-1), /focus=newcomer&depth=0&limit=1/, 'only the missing actor is asked for');
  t.same(
    [h.graph.getNodeAttribute('newcomer', 'x'), h.graph.getNodeAttribute('newcomer', 'y')],
    [800, -8],
    'at the server position',
  );
  t.ok(h.graph.hasEdge('new-1'), 'and the path relation is drawn');
});

t.test('expansions a link names are loaded in one request; an unknown one among them is dropped alone', async (t) => {
  const h = harness(t, false, { ...INITIAL_STATE, expanded: ['israel', 'atlantis'] });
  await h.large.idle();
  t.match(h.urls[0], /focus=israel,atlantis&depth=1/, 'one request for both');
  t.same([...h.large.expanded()], ['israel'], 'the known one is loaded');
  t.ok(h.graph.hasNode('iran'));
  t.same(h.store.get().expanded, ['israel'], 'the unknown one leaves the state');
  t.match(h.reports, [/atlantis/]);
});
