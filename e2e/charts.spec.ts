import type { Page } from '@playwright/test';
import { strikeFixture } from '../src/test-support/strike-fixture.ts';
import { expect, test } from './fixtures.ts';

async function serveFixture(page: Page) {
  await page.route('**/corpus.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(strikeFixture) }),
  );
}

const views = [
  { view: 'timeline', heading: 'Strike timeline' },
  { view: 'charts', heading: 'Casualty figures' },
  { view: 'discrepancies', heading: 'Discrepancies' },
] as const;

test.beforeEach(async ({ page }) => {
  await serveFixture(page);
});

test('selecting a strike on the timeline narrows every view, in the URL, and again clears it', async ({
  page,
}) => {
  await page.goto('/?view=timeline');
  const select = page.getByRole('button', { name: 'Select strike (Arvel market strike)' });
  await expect(select).toHaveAttribute('aria-pressed', 'false');
  // Keyboard: reach the button and press Enter.
  await select.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]event=arvel-market(&|$)/);
  await expect(select).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Every view is narrowed to Arvel market strike.')).toBeVisible();

  await page.getByRole('link', { name: 'Claim matrix' }).click();
  const matrixRows = page.getByRole('region', { name: 'Claim matrix' }).getByRole('rowheader');
  await expect(matrixRows).toHaveCount(1);
  await expect(matrixRows).toContainText('Arvel market');

  await page.getByRole('link', { name: 'Casualty figures' }).click();
  await expect(page).toHaveURL(/view=charts/);
  await expect(page).toHaveURL(/event=arvel-market/);
  const charts = page.getByRole('region', { name: 'Casualty figures' });
  const eventHeadings = charts
    .getByRole('heading', { level: 3 })
    .filter({ hasNotText: /^(How|Outlets)/ });
  await expect(eventHeadings).toHaveText([/^Arvel market strike/]);
  await expect(charts.getByRole('figure')).toHaveCount(2);

  await page.getByRole('link', { name: 'Discrepancies' }).click();
  const discrepancies = page.getByRole('region', { name: 'Discrepancies' });
  await expect(discrepancies.getByRole('heading', { level: 4 })).toHaveText([
    'Arvel market strike: killed',
  ]);

  // Back to the timeline; selecting the strike again shows everything.
  await page.getByRole('link', { name: 'Strike timeline' }).click();
  await page.getByRole('button', { name: 'Select strike (Arvel market strike)' }).click();
  await expect(page).not.toHaveURL(/event=/);
  await page.getByRole('link', { name: 'Discrepancies' }).click();
  await expect(discrepancies.getByRole('heading', { level: 4 })).toHaveCount(3);
});

test('clicking a strike in the drawing selects it too, and Back undoes it', async ({ page }) => {
  await page.goto('/?view=timeline');
  await page
    .getByRole('region', { name: 'Strike timeline' })
    .getByRole('img')
    .getByText('Alvina', { exact: true })
    .click();
  await expect(page).toHaveURL(/event=alvina-strike/);
  await expect(page.getByRole('button', { name: 'Select strike (Alvina strike)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
});

test('a chart says what it shows, draws qualifiers, and its data table links to the source', async ({
  page,
}) => {
  await page.goto('/?view=charts&event=al-gharlo');
  const children = page
    .getByRole('region', { name: 'Casualty figures' })
    .getByRole('figure', { name: 'children killed' });
  const drawing = children.getByRole('img');
  await expect(drawing).toHaveAccessibleName(
    /^children killed Daily Reprint and Unidentified outlet \(article a3\) give figures that can both be true: at least 32; dozens \(vague\)\. Not reported in Wire Desk\.$/,
  );
  await expect(drawing).toContainText('at least 32');
  await expect(drawing).toContainText('dozens (vague)');
  await expect(drawing).toContainText('not reported');
  // A vague figure never shows its conventional number.
  await expect(drawing).not.toContainText('24');

  const toggle = children.getByRole('button', { name: /data table/ });
  await expect(toggle).toHaveText(/^Show data table/);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveText(/^Hide data table/);
  const table = children.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText('Wire Desk (article a1)');
  await expect(table.getByRole('row').nth(1)).toContainText('not reported');

  const figure = strikeFixture.figures.find((f) => f.id === 'a2-f3');
  if (!figure) throw new Error('fixture figure a2-f3 missing');
  await table.getByRole('link', { name: '“at least 32 children” in article a2' }).click();
  await expect(page).toHaveURL(new RegExp(`article=a2&hl=${figure.start}-${figure.end}`));
  // The view and the event filter stay, and the source reader shows the words.
  await expect(page).toHaveURL(/view=charts&event=al-gharlo/);
  const reader = page.getByRole('complementary', {
    name: 'Rulvian strikes may be war crimes: Amberly',
  });
  await expect(reader.locator('mark', { hasText: 'at least 32 children' })).toBeVisible();
});

test('discrepancies set the articles side by side, each linked to its source', async ({ page }) => {
  await page.goto('/?view=discrepancies');
  const arvel = page
    .getByRole('region', { name: 'Discrepancies' })
    .getByRole('listitem', { name: 'Arvel market strike: killed' });
  await expect(arvel.locator('mark')).toHaveText(['49 civilians', '46 people']);
  await arvel
    .getByRole('link', {
      name: 'Open in the source — Unidentified outlet (article a3): “46 people”',
    })
    .click();
  const figure = strikeFixture.figures.find((f) => f.id === 'a3-f1');
  await expect(page).toHaveURL(new RegExp(`article=a3&hl=${figure?.start}-${figure?.end}`));
});

for (const { view, heading } of views) {
  test(`${heading}: no accessibility violations, with a filter applied and tables open`, async ({
    page,
    expectAccessible,
  }) => {
    await page.goto(`/?view=${view}&event=al-gharlo`);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    // Each toggle becomes "Hide data table" once open.
    const closed = page.getByRole('button', { name: /Show data table/ });
    for (let left = await closed.count(); left > 0; left--) await closed.first().click();
    await expect(closed).toHaveCount(0);
    await expectAccessible();
    await page.goto(`/?view=${view}&outlets=wire-desk,unidentified-a3`);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expectAccessible();
  });

  for (const width of [1280, 390]) {
    test(`${heading} fits a ${width} px wide window`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/?view=${view}`);
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}
