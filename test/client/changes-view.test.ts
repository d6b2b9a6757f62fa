// Browser test of the sidebar's "Changes" section: it lists the ties that appeared with their quote, opens a tie card on click, passes axe.
import t from 'tap';
import { openExplorer, startBrowserSession } from './browser.js';
import { axeViolations, describeViolations } from './a11y/axe.js';

const session = await startBrowserSession(t);
if (session) {
  t.teardown(() => session.close());

  t.test('Changes between 2016 and 2020 lists the 2020 drones among the ties that appeared', async (t) => {
    const page = await openExplorer(session);
    t.equal(
      await page.locator('#changes-from').inputValue(),
      await page.locator('#as-of').getAttribute('min'),
      '`from` starts at the first year',
    );
    await page.locator('#changes summary').click();
    await page.getByRole('heading', { name: 'Changes between two years' }).waitFor();
    await page.getByRole('spinbutton', { name: 'From', exact: true }).fill('2016');
    await page.getByRole('spinbutton', { name: 'To', exact: true }).fill('2020');
    await page.getByRole('button', { name: 'Show changes' }).click();
    await page.getByRole('status').filter({ hasText: 'from 2016 to 2020' }).waitFor();
    const appeared = page.locator('.changes-appeared li');
    t.ok((await appeared.count()) > 0, 'some ties appeared');
    const texts = await appeared.allInnerTexts();
    const drones = texts.find((text) => text.includes('azerbaijan – israel') && text.includes('arms-transfer'));
    t.ok(drones, `the Israel–Azerbaijan arms transfer of 2020 appeared: ${texts.slice(0, 3).join(' | ')}`);
    t.notOk(
      texts.some(
        (text) =>
          text.includes('armenia – azerbaijan') && text.includes('armed-conflict') && text.includes('strength 1'),
      ),
      'the 2016 war is not new in 2020',
    );
    t.ok(
      (await page.locator('.changes-ended li').allInnerTexts()).some((text) => text.includes('armed-conflict')),
      'the four-day war ended',
    );
    const quote = await appeared.first().locator('q').innerText();
    t.ok(quote.length > 10, `each item shows its quote: ${quote}`);
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    t.same(
      serious.map((v) => v.id),
      [],
      `axe on the open Changes section: ${describeViolations(serious)}`,
    );
    await appeared.filter({ hasText: 'azerbaijan – israel' }).first().getByRole('button').click();
    await page.locator('.tie-panel .tie-card').first().waitFor({ timeout: 10_000 });
    t.same(
      await page.evaluate(() =>
        window.__explorer!.store.get().tie ? [...window.__explorer!.store.get().tie!].sort() : null,
      ),
      ['azerbaijan', 'israel'],
      "the click opened the pair's tie card",
    );
    await page.close();
  });
}
