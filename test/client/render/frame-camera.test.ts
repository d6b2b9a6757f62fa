// Tests of turnGraph (the browser tests cover framing with sigma): a turn moves actors, never their distances.
import t from 'tap';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import { FRAME_MARGINS, bestTurn, frameDrawing, turnGraph } from '../../../client/render/frame-camera.js';
import { fixtureView } from './fixture.js';

t.test('turnGraph refuses an angle that is not a finite number', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const before = graph.mapNodes((_n, { x, y }) => [x, y]);
  t.throws(() => turnGraph(graph, Number.NaN), RangeError);
  t.throws(() => turnGraph(graph, Infinity), /finite/);
  t.same(
    graph.mapNodes((_n, { x, y }) => [x, y]),
    before,
    'positions untouched',
  );
});

t.test('turnGraph: 0 leaves positions, a half turn mirrors them, any turn keeps distances', async (t) => {
  const graph = toDisplayGraph(fixtureView());
  const start = graph.mapNodes((_n, { x, y }) => [x, y] as const);
  turnGraph(graph, 0);
  t.same(
    graph.mapNodes((_n, { x, y }) => [x, y]),
    start,
  );
  turnGraph(graph, Math.PI);
  graph
    .mapNodes((_n, { x, y }) => [x, y] as const)
    .forEach(([x, y], i) => {
      t.ok(Math.abs(x + start[i]![0]) < 1e-9 && Math.abs(y + start[i]![1]) < 1e-9, 'half turn: (x, y) → (−x, −y)');
    });
  const distance = (g: typeof graph, a: string, b: string) =>
    Math.hypot(
      g.getNodeAttribute(a, 'x') - g.getNodeAttribute(b, 'x'),
      g.getNodeAttribute(a, 'y') - g.getNodeAttribute(b, 'y'),
    );
  const before = distance(graph, 'israel', 'iran');
  turnGraph(graph, 0.7);
  t.ok(Math.abs(distance(graph, 'israel', 'iran') - before) < 1e-9, 'distance kept');
  t.ok(
    Math.abs(graph.getNodeAttribute('israel', 'x') - start[graph.nodes().indexOf('israel')]![0] * -1) > 1e-6,
    'and the actor moved',
  );
  t.equal(graph.getNodeAttribute('israel', 'name'), 'ISRAEL', 'other attributes kept');
});

/**
 * A stand-in for sigma with its camera arithmetic on a unit square: framed (x, y) in [0, 1], 2000px per unit at
 * ratio 1, the camera turning the picture by its angle. Enough for bestTurn and frameDrawing, which only ask these.
 */
function fakeSigma(points: Record<string, [number, number]>, width: number, height: number) {
  type State = { x: number; y: number; ratio: number; angle: number };
  let camera: State = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const scale = 2000;
  const toViewport = (p: { x: number; y: number }, s: State) => {
    const dx = ((p.x - s.x) * scale) / s.ratio,
      dy = ((p.y - s.y) * scale) / s.ratio;
    const cos = Math.cos(s.angle),
      sin = Math.sin(s.angle);
    return { x: width / 2 + dx * cos - dy * sin, y: height / 2 - (dx * sin + dy * cos) };
  };
  const toFramed = (v: { x: number; y: number }, s: State) => {
    const rx = v.x - width / 2,
      ry = -(v.y - height / 2);
    const cos = Math.cos(-s.angle),
      sin = Math.sin(-s.angle);
    return { x: s.x + ((rx * cos - ry * sin) * s.ratio) / scale, y: s.y + ((rx * sin + ry * cos) * s.ratio) / scale };
  };
  const sigma = {
    getDimensions: () => ({ width, height }),
    getGraph: () => ({ filterNodes: (keep: (node: string) => boolean) => Object.keys(points).filter(keep) }),
    getNodeDisplayData: (node: string) =>
      points[node] ? { x: points[node]![0], y: points[node]![1], size: 4, label: null, hidden: false } : undefined,
    framedGraphToViewport: (p: { x: number; y: number }, o?: { cameraState?: State }) =>
      toViewport(p, o?.cameraState ?? camera),
    viewportToFramedGraph: (v: { x: number; y: number }, o?: { cameraState?: State }) =>
      toFramed(v, o?.cameraState ?? camera),
    getCamera: () => ({ setState: (s: State) => (camera = s), getState: () => camera }),
    getSetting: () => 'x',
  };
  return {
    sigma: sigma as unknown as Parameters<typeof bestTurn>[0],
    camera: () => camera,
    toViewport: (p: [number, number]) => toViewport({ x: p[0], y: p[1] }, camera),
  };
}

t.test(
  'bestTurn stands a wide row of actors up on a tall canvas; frameDrawing keeps them inside the margins',
  async (t) => {
    const row: Record<string, [number, number]> = {};
    for (let i = 0; i < 9; i++) row[`a${i}`] = [i / 8, 0.5];
    const tall = fakeSigma(row, 300, 800);
    const turn = bestTurn(tall.sigma);
    // The best turn is steep but not upright: a slanted row also uses some of the canvas's width.
    t.ok(Math.abs(Math.sin(turn)) > 0.9, `a steep turn (${turn})`);
    t.ok(Math.abs(Math.sin(bestTurn(fakeSigma(row, 800, 300).sigma))) <= 0.5, 'little or no turn on a wide canvas');
    t.equal(bestTurn(fakeSigma({}, 300, 800).sigma), 0, 'nothing drawn, no turn');

    const wide = fakeSigma(row, 800, 300);
    frameDrawing(wide.sigma);
    const xs = Object.values(row).map((p) => wide.toViewport(p).x);
    const radius = 4 / Math.sqrt(wide.camera().ratio); // sigma shrinks discs with the square root of the zoom ratio
    t.ok(
      Math.min(...xs) - radius >= FRAME_MARGINS.left - 0.5 &&
        Math.max(...xs) + radius <= 800 - FRAME_MARGINS.right + 0.5,
      'inside the side margins',
    );
    t.ok(Math.min(...xs) - radius - FRAME_MARGINS.left < 1, 'and filling the width');
    t.equal(wide.camera().angle, 0, 'the camera itself never turns');
  },
);
