import type { Page } from '@playwright/test';
import { fixtureCorpus } from '../src/test-support/fixture-corpus.ts';
import { expect, test } from './fixtures.ts';

// The highlight is a <mark> (ARIA 1.3 role "mark"): Playwright finds it, but its types lag behind.
const MARK = 'mark' as Parameters<Page['getByRole']>[0];

async function serveFixture(page: Page) {
  await page.route('**/corpus.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(fixtureCorpus) }),
  );
}

const grid = (page: Page) => page.getByRole('grid', { name: /^Claim matrix/ });
const articleHeaders = (page: Page) =>
  grid(page).getByRole('columnheader', { name: /^Article a\d/ });
const reader = (page: Page) => page.getByRole('complementary');
/** A cell by the start of its claim and of its column, as a screen reader hears it. */
const cell = (page: Page, claim: string, column: string) =>
  grid(page).getByRole('gridcell', { name: new RegExp(`^${claim}.* — ${column}[^:]*:`) });

test.beforeEach(async ({ page }) => {
  await serveFixture(page);
});

test('the matrix shows every claim against every article and passes an accessibility scan', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '6');
  await expect(grid(page)).toHaveAttribute('aria-colcount', '4');
  await expect(articleHeaders(page)).toHaveCount(3);
  await expect(grid(page).getByRole('rowheader')).toHaveCount(4);
  await expect(cell(page, 'Rulvian strikes killed', 'Wire Desk')).toHaveAccessibleName(
    'Rulvian strikes killed at least 200 civilians (30 Sep to 29 Nov 2015) — Wire Desk (article a1): attributes to Amberly International, cites at least 200 civilians, reviewed',
  );
  await expect(cell(page, 'Rulvian strikes killed', 'Unidentified outlet')).toContainText(
    'not reported',
  );
  await expect(page.getByText('Legend: what the marks mean')).toBeVisible();
  await expectAccessible();
});

test('picking an outlet narrows the matrix and the URL; reload keeps it; Back undoes it', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/');
  await expect(articleHeaders(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Outlets' }).click();
  await page.getByRole('checkbox', { name: /^Wire Desk/ }).check();
  await expect(page).toHaveURL(/[?&]outlets=wire-desk(&|$)/);
  await expect(articleHeaders(page)).toHaveCount(1);
  await expect(articleHeaders(page)).toHaveText([/Article a1/]);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    'Showing 4 of 4 claims, 1 of 3 articles',
  );
  await expectAccessible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: /^Wire Desk/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Outlets/ })).toBeFocused();
  await expectAccessible();

  await page.reload();
  await expect(articleHeaders(page)).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Outlets 1 chosen/ })).toBeVisible();

  await page.goBack();
  await expect(page).not.toHaveURL(/outlets=/);
  await expect(articleHeaders(page)).toHaveCount(3);

  await page.goForward();
  await expect(articleHeaders(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(articleHeaders(page)).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
});

test('a category and a stance narrow the claims, and the counts say what is hidden', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Categories' }).click();
  await page.getByRole('checkbox', { name: /^casualties/ }).check();
  await expect(grid(page).getByRole('rowheader')).toHaveCount(2);
  await page.getByRole('button', { name: /^Stances/ }).click();
  await page.getByRole('checkbox', { name: /^asserts/ }).check();
  await expect(page).toHaveURL(/categories=casualties/);
  await expect(page).toHaveURL(/stances=asserts/);
  await expect(grid(page).getByRole('rowheader')).toHaveCount(1);
  await expect(grid(page).getByRole('rowheader')).toContainText('The strike on Arvel market');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    'Showing 1 of 4 claims, 3 of 3 articles',
  );
  // The row stays whole; the cells that assert it are the ones said to match.
  await expect(grid(page).getByRole('gridcell')).toHaveCount(3);
  const matching = grid(page).getByRole('gridcell', { name: /matches the stance filter$/ });
  await expect(matching).not.toHaveCount(0);
  for (const cell of await matching.all()) {
    await expect(cell).toHaveAccessibleName(/: asserts\b/);
  }
  await expect(
    page.getByText('one of its stances is one the stance filter asks for'),
  ).toBeVisible();
});

test('typing a search narrows as you type and adds one history entry, not one per letter', async ({
  page,
}) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search claims and evidence' });
  await search.pressSequentially('market');
  await expect(page).toHaveURL(/[?&]q=market(&|$)/);
  await expect(grid(page).getByRole('rowheader')).toHaveCount(1);
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(search).toHaveValue('');
  await expect(grid(page).getByRole('rowheader')).toHaveCount(4);
});

test('sorting is part of the URL', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Sort claims by' }).selectOption('coverage');
  await expect(page).toHaveURL(/[?&]sort=coverage(&|$)/);
  await expect(grid(page).getByRole('rowheader').first()).toContainText(
    'The strikes may amount to war crimes',
  );
  await page.getByRole('combobox', { name: 'Sort claims by' }).selectOption('disagreement');
  await expect(grid(page).getByRole('rowheader').first()).toContainText(
    'The strike on Arvel market',
  );
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Sort claims by' })).toHaveValue('disagreement');
});

test('the keyboard walks the grid, Enter opens the quote, Escape returns to the cell', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/');
  const first = cell(page, 'Rulvian strikes killed', 'Wire Desk');
  // One tab stop: only the first cell is in the tab order.
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(grid(page).locator('[tabindex="0"]')).toHaveCount(1);
  await first.focus();

  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'The strike on Arvel', 'Wire Desk')).toBeFocused();
  await page.keyboard.press('End');
  await expect(cell(page, 'The strike on Arvel', 'Unidentified outlet')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cell(page, 'The strike on Arvel', 'Daily Reprint')).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(cell(page, 'Rulvia denies', 'Unidentified outlet')).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  const arvel = cell(page, 'The strike on Arvel', 'Wire Desk');
  await expect(arvel).toBeFocused();
  await expect(arvel).toHaveAttribute('tabindex', '0');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/cell=arvel-market-49-killed(~|%7E)a1/);
  await expect(page).toHaveURL(/article=a1/);
  const open = reader(page);
  await expect(open.getByRole('heading', { level: 2 })).toHaveText(
    'Amberly: Rulvian strikes in Sylva may be war crimes',
  );
  const quote = open.getByRole(MARK);
  await expect(quote).toHaveText(
    'A strike on a market in Arvel on Nov. 29 killed 49 civilians, it said.',
  );
  await expect(quote).toBeInViewport();
  await expect(open).toContainText('attributes to Amberly International, reviewed');
  await expect(open).toContainText(
    'Shares 55% of its text with article a2 (Daily Reprint, wire copy)',
  );
  await expect(arvel).toHaveAttribute('aria-selected', 'true');
  await expectAccessible();

  // Boilerplate is set aside with its reason and opens on demand.
  const menu = open.getByText('Removed: site menu (23 characters)');
  await expect(open.getByText('Menu | World | Business')).toBeHidden();
  await menu.click();
  await expect(open.getByText('Menu | World | Business')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(reader(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/cell=|article=/);
  await expect(arvel).toBeFocused();
});

test('a click opens a cell; a link with a highlight opens the reader on that span', async ({
  page,
}) => {
  await page.goto('/');
  await cell(page, 'The strikes may amount', 'Unidentified outlet').click();
  await expect(reader(page).getByRole('heading', { level: 2 })).toHaveText('Untitled article a3');
  await expect(reader(page).getByRole(MARK)).toHaveText(
    'Rulvia committed war crimes in Sylva, Amberly International says.',
  );
  await reader(page).getByRole('button', { name: /Close/ }).click();
  await expect(reader(page)).toHaveCount(0);
  await expect(cell(page, 'The strikes may amount', 'Unidentified outlet')).toBeFocused();

  await page.goto('/?view=matrix&article=a3&hl=37-43');
  await expect(reader(page).getByRole(MARK)).toHaveText('Rulvia');
  await page.goto('/?article=a3&hl=5-9999');
  await expect(reader(page)).toContainText('asks to highlight characters 5–9999');
});

test('a link with an unknown claim shows a notice and keeps the rest of the view', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/?claims=no-such-claim,toll-200-civilians&cell=ghost~a1');
  const notice = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(notice).toContainText('unknown claim "no-such-claim"');
  await expect(notice).toContainText('unknown cell "ghost~a1"');
  await expect(grid(page).getByRole('rowheader')).toHaveCount(1);
  await expect(grid(page).getByRole('rowheader')).toContainText('Rulvian strikes killed');
  await expect(reader(page)).toHaveCount(0);
  await expectAccessible();
});

/** The roles in Chromium's accessibility tree that assistive technology is given (not ignored). */
async function exposedRoles(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value?: string } }[];
    };
    return nodes.filter((node) => !node.ignored).map((node) => node.role?.value ?? '');
  } finally {
    await cdp.detach();
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the grid scrolls inside itself with the claims kept in view, and the reader fills the screen', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    const box = await grid(page).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);

    // The last column scrolls into view inside the grid; its claim stays beside it.
    const farRight = cell(page, 'Rulvia denies', 'Unidentified outlet');
    await farRight.scrollIntoViewIfNeeded();
    await expect(farRight).toBeInViewport();
    const header = grid(page).getByRole('rowheader').filter({ hasText: 'Rulvia denies' });
    await expect(header).toBeInViewport();
    expect(await grid(page).evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

    await cell(page, 'Rulvia denies', 'Wire Desk').click();
    const panel = reader(page);
    await expect(panel.getByRole(MARK)).toHaveText('Rulvia denies targeting civilians.');
    const panelBox = await panel.boundingBox();
    const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
    expect(panelBox?.width).toBe(pageWidth);
    // It covers the page, so Tab and Shift+Tab stay inside it, like a dialog.
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await panel.evaluate((element) => element.contains(document.activeElement))).toBe(
        true,
      );
    }
    // And what it covers is out of reach for a screen reader too: Chromium's accessibility tree,
    // as assistive technology gets it, holds the reader and not the matrix or the filters.
    expect(await exposedRoles(page)).toEqual(expect.arrayContaining(['complementary']));
    expect(await exposedRoles(page)).not.toEqual(expect.arrayContaining(['grid']));
    expect(await exposedRoles(page)).not.toEqual(expect.arrayContaining(['searchbox']));
    await expectAccessible();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    // Closed, the page is within reach again.
    await expect(grid(page)).toBeVisible();
    expect(await exposedRoles(page)).toEqual(expect.arrayContaining(['grid', 'searchbox']));
  });
});
