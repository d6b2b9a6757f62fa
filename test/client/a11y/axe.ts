// Browser-test helper: runs axe-core (WCAG 2.1 A/AA rules) inside a page, evaluated as source because the CSP refuses injected scripts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG tags checked: 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** One axe violation, reduced to what a test message needs. */
export interface Violation {
  id: string;
  impact: string;
  nodes: number;
  targets: string[];
  help: string;
}

/** Runs axe on the whole document and returns every violation (all impacts). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (tags) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: unknown,
            ): Promise<{
              violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => String(n.target)),
        help: v.help,
      }));
    },
    [...WCAG_TAGS],
  );
}

/** Violations whose impact is serious or critical: the ones the explorer must have none of. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A one-line summary of violations for a test message. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}, ${v.nodes}×: ${v.targets.join(' | ')})`).join('; ') || 'none';
}
