import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

interface Options {
  /** Console errors a test expects (a 404 it serves on purpose); any other fails the test. */
  allowedConsoleErrors: RegExp[];
}

interface Fixtures {
  /** Scans the page with axe (WCAG 2.1 A and AA) and fails on any violation. */
  expectAccessible: (page?: Page) => Promise<void>;
}

/**
 * Every browser test uses this `test`: it fails on any console error, any uncaught page error, and
 * any request that leaves the app's origin.
 */
export const test = base.extend<Options & Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  page: async ({ page, baseURL, allowedConsoleErrors }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
      problems.push(`console error: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
    });
    // Block such requests too, so a test never depends on the outside world.
    await page.route(
      (url) => url.origin !== origin && url.protocol.startsWith('http'),
      (route) => route.abort('blockedbyclient'),
    );
    await use(page);
    expect(problems, 'console errors, page errors and foreign requests').toEqual([]);
  },

  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, 'accessibility violations').toEqual([]);
    });
  },
});
