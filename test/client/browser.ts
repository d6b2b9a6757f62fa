// Browser-test helper: the real server (buildApp on 127.0.0.1, port 0, serving dist/client) and Debian's headless Chromium via playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import type { Settings } from '../../server/config.js';

/** Debian's Chromium; `npx playwright install` cannot download browsers here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that work headless in a container with SwiftShader WebGL (see stack.md; never disable the 3D APIs). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

/** Where screenshots go (gitignored). */
export const SCREENSHOTS = resolve(process.cwd(), 'test-output/screenshots');

/** A running server and its own browser context; `close` stops both (and lets go of the shared Chromium). */
export interface BrowserSession {
  app: FastifyInstance;
  context: BrowserContext;
  baseUrl: string;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

let launched: Promise<Browser> | undefined;
let holders = 0;
const sessions = new Set<BrowserSession>();

/** A hold on the process's one Chromium: `release` closes it once no session or other holder needs it. */
export interface BrowserHold {
  browser: Browser;
  release(): Promise<void>;
}

/**
 * The process's one Chromium, launched on first use. Launching costs ~1 s of CPU and a context ~0.1 s, so the
 * sessions of a process (a browser group runs many files: test/groups/) share one browser, each with its own context
 * (own cookies and storage, as a fresh profile gave). It closes when the last hold is released.
 */
export async function holdBrowser(): Promise<BrowserHold> {
  holders++;
  launched ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  let browser: Browser;
  try {
    browser = await launched;
  } catch (error) {
    holders--;
    launched = undefined;
    throw error;
  }
  let released = false;
  return {
    browser,
    async release() {
      if (released) return;
      released = true;
      if (--holders > 0) return;
      launched = undefined;
      await browser.close().catch(() => {});
    },
  };
}

/** Closes every session still open (a browser group calls it after each file's tests; `close` is idempotent). */
export async function closeOpenSessions(): Promise<void> {
  for (const session of [...sessions]) await session.close();
}

/** Minimal view of a tap Test, so this helper does not depend on tap's types. */
interface TestLike {
  plan(count: number, comment?: string): void;
  fail(message: string): unknown;
}

/**
 * Starts the server and Chromium, or returns null after skipping the test (no Chromium outside CI) or
 * failing it (no Chromium under CI=true, or no built client).
 */
export async function startBrowserSession(
  t: TestLike,
  overrides: Partial<Settings> = {},
): Promise<BrowserSession | null> {
  if (!existsSync(CHROMIUM)) {
    const message = `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;
    if (process.env.CI === 'true') {
      t.fail(`${message}; under CI=true the browser tests must run`);
      return null;
    }
    console.error(`\n!!!!!!!!!! BROWSER TESTS SKIPPED: ${message} !!!!!!!!!!\n`);
    t.plan(0, `skip: ${message}`); // a plan of 0 with a reason is how tap marks a whole file skipped
    return null;
  }
  const clientDir = resolve(process.cwd(), 'dist/client');
  if (!existsSync(join(clientDir, 'index.html'))) {
    t.fail('dist/client is not built: run `npm run build` (npm test builds it first)');
    return null;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const app = await buildApp({
    host: '127.0.0.1',
    port: 0,
    clientDir,
    logLevel: 'silent',
    rateLimitMax: 0,
    ...overrides,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const hold = await holdBrowser().catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  let context: BrowserContext;
  try {
    // Less motion, as a reader may ask: the layout draws only its settled picture. Each drawn
    // layout step is a full software-WebGL render, so a page took 2–4 s to settle instead of ~0.7 s; the positions are
    // the same (test/client/explorer.test.ts loads with motion too and compares).
    context = await hold.browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
      reducedMotion: 'reduce',
    });
  } catch (error) {
    await hold.release();
    await app.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const session: BrowserSession = {
    app,
    context,
    baseUrl: `http://127.0.0.1:${port}`,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    close() {
      closing ??= (async () => {
        sessions.delete(session);
        await context.close().catch(() => {});
        await app.close();
        await hold.release();
      })();
      return closing;
    },
  };
  sessions.add(session);
  return session;
}

const PAGE_ERRORS = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown since openExplorer opened it. */
export function pageErrors(page: Page): readonly string[] {
  return PAGE_ERRORS.get(page) ?? [];
}

/** Opens a page at `path` and waits until the explorer is mounted and its layout has stopped (`motion`: the reader's wish, 'reduce' by default). */
export async function openExplorer(
  session: BrowserSession,
  path = '/',
  viewport?: { width: number; height: number },
  motion: 'reduce' | 'no-preference' = 'reduce',
): Promise<Page> {
  const page = await session.newPage(viewport);
  if (motion !== 'reduce') await page.emulateMedia({ reducedMotion: motion });
  const errors: string[] = [];
  PAGE_ERRORS.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${session.baseUrl}${path}`);
  // Polled every 50 ms, not on every animation frame (Playwright's default): each rAF poll makes Chromium produce a
  // frame, ~0.06 of a core for as long as the wait lasts against ~0.01 (measured on an idle explorer page, 10 s each).
  await page
    .waitForFunction(() => window.__explorer?.layoutDone === true, undefined, { timeout: 20_000, polling: 50 })
    .catch((error: unknown) => {
      throw new Error(
        `the explorer did not finish loading: ${String(error)}; page errors: ${errors.join(' | ') || 'none'}`,
      );
    });
  return page;
}

/**
 * Pixels of the graph area that are not background: a screenshot of the area, decoded in the page through a
 * 2D canvas (no PNG decoder needed in Node). The background is the most common colour; "ink" is any pixel far from it.
 */
export async function inkPixels(
  page: Page,
  selector = '#graph',
): Promise<{ ink: number; total: number; colours: number }> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const [r0, g0, b0] = [background >> 16, (background >> 8) & 255, background & 255];
    let ink = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!,
        g = data[i + 1]!,
        b = data[i + 2]!;
      if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) > 60) {
        ink++;
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      }
    }
    return { ink, total: data.length / 4, colours: colours.size };
  }, png.toString('base64'));
}

/** Saves a screenshot of the page under test-output/screenshots/<name>.png and returns its path. */
export async function snap(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Viewport position of an actor, from sigma's graphToViewport (for mouse clicks). */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const inGraph = await page.evaluate((node) => {
    const explorer = window.__explorer;
    if (!explorer) throw new Error('the explorer is not mounted');
    const { sigma } = explorer.renderer;
    const data = sigma.getGraph().getNodeAttributes(node);
    const point = sigma.graphToViewport({ x: data.x, y: data.y });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: point.x + box.left, y: point.y + box.top };
  }, id);
  return inGraph;
}

/**
 * A lone straight edge whose drawn midpoint no other shown edge or actor comes near, and that point in page
 * coordinates: where a click can only mean that edge (crossing lines make a midpoint ambiguous).
 */
export async function clearEdgeMidpoint(
  page: Page,
  minTies = 1,
): Promise<{ edge: string; pair: string[]; x: number; y: number } | null> {
  return page.evaluate((minTies) => {
    const { renderer, graph } = window.__explorer!;
    const { sigma } = renderer;
    const view = renderer.view();
    const box = sigma.getContainer().getBoundingClientRect();
    const at = (node: string) => sigma.graphToViewport(graph.getNodeAttributes(node));
    const edges = [...view.visibleEdges];
    // Distance from p to the segment ab, in viewport pixels.
    const toSegment = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
      const dx = b.x - a.x,
        dy = b.y - a.y;
      const u = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(a.x + u * dx - p.x, a.y + u * dy - p.y);
    };
    for (const edge of edges) {
      if (view.curvature.get(edge) !== 0) continue;
      const [s, t] = graph.extremities(edge);
      if (graph.edges(s, t).length + graph.edges(t, s).length < minTies) continue;
      const a = at(s),
        b = at(t);
      if (Math.hypot(a.x - b.x, a.y - b.y) < 80) continue;
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const crowded = edges.some((other) => {
        if (other === edge) return false;
        const [os, ot] = graph.extremities(other);
        const oa = at(os),
          ob = at(ot);
        // A curve bows off its chord by at most |curvature| × its length: keep that much more room.
        const room = 10 + Math.abs(view.curvature.get(other) ?? 0) * Math.hypot(oa.x - ob.x, oa.y - ob.y);
        return toSegment(mid, oa, ob) < room;
      });
      if (crowded || graph.someNode((node) => Math.hypot(at(node).x - mid.x, at(node).y - mid.y) < 20)) continue;
      return { edge, pair: [s, t].sort(), x: box.left + mid.x, y: box.top + mid.y };
    }
    return null;
  }, minTies);
}
