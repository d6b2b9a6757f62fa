// What "nothing executed" means in a page: no `window.__xss`, no dialog, no parsed hostile element, no live `javascript:` link, and a page that still answers.
import type { Page } from 'playwright-core';
import type { Test } from 'tap';

const DIALOGS = new WeakMap<Page, string[]>();

/** Starts recording the page's dialogs (alert, confirm, prompt); an unexpected one is dismissed. */
export function watchDialogs(page: Page, expected: () => boolean = () => false): void {
  const seen: string[] = [];
  DIALOGS.set(page, seen);
  page.on('dialog', (dialog) => {
    if (!expected()) seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
}

/** Asserts that nothing hostile ran or became live in `page`, and that it answers a frame within 2 s. */
export async function checkSafe(t: Test, page: Page, where: string): Promise<void> {
  const started = Date.now();
  const found = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const w = window as unknown as { __xss?: unknown };
    return {
      xss: w.__xss ?? null,
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((script) => script.textContent?.includes('__xss')).length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      liveLinks: [...document.querySelectorAll('a[href], area[href], iframe[src], form[action]')].filter((element) =>
        /^\s*javascript:/i.test(
          element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '',
        ),
      ).length,
    };
  });
  t.equal(found.xss, null, `${where}: no hostile string ran (window.__xss unset)`);
  t.equal(found.images + found.scripts + found.handlers, 0, `${where}: no hostile element or handler in the DOM`);
  t.equal(found.liveLinks, 0, `${where}: no live javascript: link`);
  t.equal((DIALOGS.get(page) ?? []).join(' | '), '', `${where}: no dialog opened`);
  t.ok(Date.now() - started < 2_000, `${where}: the page answered in ${Date.now() - started} ms`);
}
