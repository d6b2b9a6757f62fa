// Browser test of Export: a PNG at the chosen scale with its caption in the metadata, and an SVG with title, legend, filters and source as text.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextChunks } from '../../../client/export/png-text.js';
import { SCREENSHOTS, openExplorer, startBrowserSession } from '../browser.js';

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());

  t.test(
    'PNG at 2× with title, date, filters and source in its metadata; larger than the 610×757 canvas-only export',
    async (t) => {
      const page = await openExplorer(session, '/?asOf=2016&valence=cooperative,hostile');
      const canvas = await page.evaluate(() => window.__explorer!.renderer.sigma.getDimensions());
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByLabel('Resolution').selectOption('2');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      const bytes = new Uint8Array(readFileSync((await download.path())!));
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      const [width, height] = [view.getUint32(16), view.getUint32(20)];
      t.equal(width, canvas.width * 2, `twice the canvas width (${width} px)`);
      t.ok(height > canvas.height * 2, `taller than the canvas: a header and a legend (${width}×${height})`);
      const text = readTextChunks(bytes);
      t.match(text.Title, /Defying Geography/);
      t.match(text.Description, /As of 2016/);
      t.match(text.Description, /valences: cooperative, hostile/);
      t.match(text.Description, /Source: Emil Avdaliani/);
      const file = join(SCREENSHOTS, 'export.png');
      await download.saveAs(file);
      console.error(`# export: ${width}×${height} px → ${file}`);
      await page.close();
    },
  );

  t.test('SVG with its texts as text', async (t) => {
    const page = await openExplorer(session, '/?minStrength=0.5');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    t.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    t.match(svg, /<title>Defying Geography/);
    t.match(svg, /strength ≥ 50%/);
    t.match(svg, />cooperative tie</, 'the legend');
    t.match(svg, /<image [^>]*href="data:image\/png;base64,/, 'the graph');
    await page.close();
  });
}
