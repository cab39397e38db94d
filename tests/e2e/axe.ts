import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** The WCAG levels every scan checks: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Axe on the page, or on `include` only, as readable lines (empty when clean). An empty or
 * hidden selection would pass too, so it also checks that axe found at least `minPasses` rules
 * that passed.
 */
export async function axeViolations(page: Page, include?: string, minPasses = 10): Promise<string[]> {
  // Only violations are listed node by node; passes are still counted, one node each, which
  // keeps a scan of a busy page to a fraction of the time.
  // (options() replaces every option, so it comes before withTags.)
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS)
  if (include) builder.include(include)
  const results = await builder.analyze()
  expect(results.passes.length, `axe checked ${include ?? 'the page'}`).toBeGreaterThan(minPasses)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}
