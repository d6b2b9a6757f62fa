// Render benchmark (a measurement, not a test): a generated 10k-actor / 50k-relation graph in headless Chromium; first render and pan frame times.
// Run: npm run build && npx tsx test/bench/client-render.ts [--actors 10000 --relations 50000]
import { generateActorGraph } from '../../graph/generate/scale-free.js';
import { graphView } from '../../graph/query/graph-view.js';
import { startBrowserSession } from '../client/browser.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const actors = arg('actors', 10_000);
const relations = arg('relations', 50_000);

const started = Date.now();
const body = JSON.stringify(graphView(generateActorGraph({ actors, relations, seed: 1723 })));
console.log(
  `generated ${actors} actors / ${relations} relations (${(body.length / 1e6).toFixed(1)} MB JSON) in ${Date.now() - started} ms`,
);

const session = await startBrowserSession({
  plan: (_n, reason) => console.error(reason),
  fail: (message) => console.error(message),
});
if (!session) process.exit(1);
try {
  const page = await session.newPage();
  // The generated graph stands in for GET /api/graph; everything else is the real server.
  await page.route('**/api/graph*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(session.baseUrl);
  await page.waitForFunction(() => performance.getEntriesByName('explorer:first-render').length > 0, undefined, {
    timeout: 60_000,
  });
  const firstRender = await page.evaluate(() => ({
    loaded: performance.getEntriesByName('explorer:graph-loaded')[0]!.startTime,
    rendered: performance.getEntriesByName('explorer:first-render')[0]!.startTime,
  }));
  console.log(`graph fetched and parsed: ${Math.round(firstRender.loaded)} ms after navigation`);
  console.log(`first render:             ${Math.round(firstRender.rendered)} ms after navigation`);
  await page.waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 120_000 });
  const layout = await page.evaluate(() => ({
    at: performance.getEntriesByName('explorer:layout-done')[0]!.startTime,
    outcome: window.__explorer!.layoutOutcome,
  }));

  // Pan: drag across the canvas for about two seconds while the page records every animation frame.
  const box = (await page.locator('#graph').boundingBox())!;
  const drawnBefore = await page.evaluate(() => window.__explorer!.renderer.renderTimes.length);
  // Page code as strings: tsx would wrap named functions in a helper (__name) that the page does not have.
  await page.evaluate(`(() => {
    const frames = [];
    window.__frames = frames;
    requestAnimationFrame(function tick(time) {
      frames.push(time);
      if (frames.length < 100000) requestAnimationFrame(tick);
    });
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const steps = 40;
  for (let step = 0; step < steps; step++) {
    const angle = (step / steps) * 2 * Math.PI;
    await page.mouse.move(cx + 150 * Math.cos(angle), cy + 100 * Math.sin(angle));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const pan = (await page.evaluate(`(() => {
    const frames = window.__frames;
    const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
    const draws = window.__explorer.renderer.renderTimes.slice(${drawnBefore}).sort((a, b) => a - b);
    function q(xs, p) { return xs.length ? xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] : NaN; }
    return { frames: frames.length, gapMedian: q(gaps, 0.5), gapP95: q(gaps, 0.95), gapMax: q(gaps, 1), draws: draws.length, drawMedian: q(draws, 0.5), drawP95: q(draws, 0.95) };
  })()`)) as {
    frames: number;
    gapMedian: number;
    gapP95: number;
    gapMax: number;
    draws: number;
    drawMedian: number;
    drawP95: number;
  };

  const ms = (x: number) => `${Math.round(x)} ms`;
  console.log(
    `layout stopped:           ${ms(layout.at)} (${layout.outcome?.iterations} iterations, ${layout.outcome?.reason}, ${layout.outcome?.ran})`,
  );
  console.log(
    `panning: ${pan.frames} frames, frame interval median ${pan.gapMedian.toFixed(1)} ms, p95 ${pan.gapP95.toFixed(1)} ms, max ${pan.gapMax.toFixed(1)} ms`,
  );
  console.log(
    `         sigma drew ${pan.draws} frames, drawing time median ${pan.drawMedian.toFixed(1)} ms, p95 ${pan.drawP95.toFixed(1)} ms`,
  );
  console.log('(headless Chromium, SwiftShader software WebGL, on a 2-core machine shared with other work)');
} finally {
  await session.close();
}
