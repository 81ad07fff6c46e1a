// axe-core (the npm package) run inside an extension page. The pages' CSP allows only their own scripts,
// so axe is not added as a <script>: playwright's evaluate runs it through the DevTools protocol, which a
// page's CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, as a line a failing test can print: rule, impact, where, and axe's own summary. */
export interface AxeProblem {
  rule: string;
  impact: string;
  /** The first few elements, and how many in all. */
  targets: string[];
  count: number;
  summary: string;
}

/** The serious and critical violations axe finds in the page as it is now (WCAG 2.x A and AA rules, best practices). */
export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? '',
        targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
        count: violation.nodes.length,
        summary: violation.nodes[0]?.failureSummary ?? '',
      }));
  });
}
