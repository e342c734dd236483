import type { Page } from '@playwright/test';
import { fixtureCorpus } from '../src/test-support/fixture-corpus.ts';
import { expect, test } from './fixtures.ts';

/**
 * The built page carries its first view, drawn from the bundled corpus at build time, so the
 * matrix shows before the JavaScript has run; the app then takes that page over.
 */

const BUNDLED_TITLE =
  "Amnesty International's report on Russian air strikes in Syria, December 2015";
const ARIHA_CLAIM = /^On 29 November 2015 missiles struck a busy market in Ariha/;

/** Holds the app's script back until `release` is called: the page as its HTML alone draws it. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

// The highlight is a <mark> (ARIA 1.3 role "mark"): Playwright finds it, but its types lag behind.
const MARK = 'mark' as Parameters<Page['getByRole']>[0];

const root = (page: Page) => page.locator('#root');
const title = (page: Page) => page.getByRole('heading', { level: 1 });

test('before its script runs, the page shows the bundled claim matrix; then it becomes live in place', async ({
  page,
}) => {
  const release = await holdAppScript(page);
  // Not waiting for the load event: that waits for the script being held.
  await page.goto('/', { waitUntil: 'commit' });

  // Drawn by the HTML alone: the title, and the matrix with its claims and cells.
  await expect(page.getByText(BUNDLED_TITLE)).toBeVisible();
  await expect(page.getByText(ARIHA_CLAIM)).toBeVisible();
  await expect(page.getByText('at least 200 civilians').first()).toBeVisible();
  // Nothing in it can be operated yet: a click would be lost.
  await expect(root(page)).toHaveAttribute('inert', '');
  const gridBefore = await page.locator('[role="grid"]').elementHandle();

  release();
  // Once the app has taken the page over, a cell opens its source, as it always does.
  await expect(root(page)).not.toHaveAttribute('inert');
  const grid = page.getByRole('grid', { name: /^Claim matrix/ });
  await grid.getByRole('gridcell', { name: /^On 29 November 2015.*\(article 001\):/ }).click();
  await expect(page.getByRole('complementary').getByRole(MARK).first()).toBeVisible();
  // The same grid element: taken over (hydrated), not thrown away and drawn again.
  expect(await gridBefore?.evaluate((element) => element.isConnected)).toBe(true);
  expect(await grid.evaluate((element, before) => element === before, gridBefore)).toBe(true);
});

test('a link to another view never shows the prerendered matrix first', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/?view=discrepancies', { waitUntil: 'commit' });

  // The prerendered page is there but hidden: it is the address without a query.
  await expect(page.getByText(BUNDLED_TITLE)).toBeAttached();
  await expect(page.getByText(BUNDLED_TITLE)).toBeHidden();
  await expect(page.getByText(ARIHA_CLAIM)).toBeHidden();

  release();
  await expect(page.getByRole('link', { name: 'Discrepancies' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
  await expect(page.getByRole('grid')).toHaveCount(0);
});

test('a corpus other than the one the page was built with replaces the prerendered page', async ({
  page,
}) => {
  await page.route('**/corpus.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(fixtureCorpus),
    }),
  );
  await page.goto('/');
  await expect(title(page)).toHaveText(fixtureCorpus.title);
  await expect(page.getByText(ARIHA_CLAIM)).toHaveCount(0);
  await expect(root(page)).not.toHaveAttribute('inert');
  await expect(page.getByRole('grid', { name: /^Claim matrix/ })).toHaveAccessibleName(
    `Claim matrix: ${fixtureCorpus.claims.length} claims by ${fixtureCorpus.articles.length} articles`,
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the prerendered page shows what fits a phone; the app draws the matrix for it', async ({
    page,
  }) => {
    const release = await holdAppScript(page);
    await page.goto('/', { waitUntil: 'commit' });

    // The header and filters are laid out by CSS alone and show at once; the matrix and legend,
    // laid out by script for a wide screen, wait for the app instead of jumping when it arrives.
    await expect(page.getByText(BUNDLED_TITLE)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Outlets/ })).toBeVisible();
    await expect(page.locator('[role="grid"]')).toBeAttached();
    await expect(page.locator('[role="grid"]')).toBeHidden();
    await expect(page.getByText('Legend: what the marks mean')).toBeHidden();

    release();
    const grid = page.getByRole('grid', { name: /^Claim matrix/ });
    await expect(grid.getByRole('rowheader', { name: ARIHA_CLAIM })).toBeVisible();
    // The legend starts closed on a phone, as it does without a prerendered page.
    await expect(page.getByText('Legend: what the marks mean')).toBeVisible();
    await expect(page.getByText('the outlet states it in its own voice')).toBeHidden();
  });
});
