import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The app as shipped: the corpus `npm run build` made from data/, no interception. These are the
 * facts issue 3 says the five seed articles must show, read off the page as a user reads them.
 */

const grid = (page: Page) => page.getByRole('grid', { name: /^Claim matrix/ });
const cell = (page: Page, claim: string, article: string) =>
  grid(page).getByRole('gridcell', {
    name: new RegExp(`^${claim}.* — [^—]*\\(article ${article}\\):`),
  });

test('the matrix carries the seed facts, each cell traceable to its words', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/');
  const loaded = page.getByLabel('What is loaded');
  await expect(loaded).toContainText('5 outlets');
  await expect(loaded).toContainText('5 articles');

  // All five carry the 200-civilians toll, from two independent sources once copy is grouped.
  await expect(grid(page).getByRole('rowheader', { name: /at least 200 civilians/ })).toContainText(
    '5 of 5 outlets · 2 sources',
  );
  for (const article of ['000', '001', '002', '003', '004']) {
    await expect(
      cell(page, 'Russian air strikes killed at least 200', article),
    ).toHaveAccessibleName(/cites at least 200 civilians/);
  }
  // Ariha: 49 in 001 and 003, not reported elsewhere.
  await expect(cell(page, 'On 29 November 2015', '001')).toHaveAccessibleName(/cites 49 civilians/);
  await expect(cell(page, 'On 29 November 2015', '003')).toHaveAccessibleName(/cites 49 civilians/);
  await expect(cell(page, 'On 29 November 2015', '000')).toHaveAccessibleName(/: not reported$/);
  // 003 drops the hedge the others keep ("accuses Russia have committed war crimes").
  await expect(cell(page, 'Russian air strikes in Syria may amount', '003')).toHaveAccessibleName(
    /: attributes to Amnesty International, (?!hedged)/,
  );
  await expect(cell(page, 'Russian air strikes in Syria may amount', '000')).toHaveAccessibleName(
    /hedged/,
  );
  await expectAccessible();

  // Open the toll cell of article 004 and see the sentence behind it.
  await cell(page, 'Russian air strikes killed at least 200', '004').click();
  const reader = page.getByRole('complementary');
  await expect(reader).toContainText('The Forward');
  await expect(reader.locator('mark').first()).toContainText('at least 200 civilians');
});

test('the timeline places the three strikes and the figures outlets cite for them', async ({
  page,
}) => {
  await page.goto('/?view=timeline');
  const timeline = page.getByRole('region', { name: 'Strike timeline' });
  await expect(timeline.getByRole('heading', { level: 4 })).toHaveText([
    /al-Ghantu/,
    /Aleppo/,
    /Ariha/,
  ]);
  await expect(timeline).toContainText('15 Oct 2015');
  await expect(timeline).toContainText('29 Nov 2015');
  // al-Ghantu: 002 gives the total of 46; 001 only "at least 32 children and 11 women".
  await expect(timeline).toContainText('at least 46 in Unidentified outlet (article 002)');
  await expect(timeline).toContainText('at least 32 in VICE News (article 001)');
  // Ariha: the witness's counts in 001 are given as his.
  await expect(timeline).toContainText(
    '3 in VICE News (article 001), per Mohammed Qurabi al-Ghazal',
  );
});

test('the discrepancies name the 25-against-six count and the dropped hedge', async ({ page }) => {
  await page.goto('/?view=discrepancies');
  const panel = page.getByRole('region', { name: 'Discrepancies' });
  await expect(panel).toContainText('25 suspected Russian air strikes');
  await expect(panel).toContainText('six attacks');
  await expect(panel).toContainText('committed war crimes');
});

test("the Ariha charts say the witness's counts are his, not VICE News's own toll", async ({
  page,
}) => {
  await page.goto('/?view=charts&event=ariha-market-2015-11-29');
  const charts = page.getByRole('region', { name: 'Casualty figures' });
  await expect(
    charts.getByRole('figure', { name: 'children killed' }).getByRole('img'),
  ).toHaveAccessibleName(
    /Only VICE News \(article 001, inferred\) reports it: 3\..* VICE News \(article 001, inferred\) attributes 3 to Mohammed Qurabi al-Ghazal\.$/,
  );
  // Amnesty's 49 is stated by both outlets without a source in the sentence: no attribution added.
  await expect(
    charts.getByRole('figure', { name: 'civilians killed' }).getByRole('img'),
  ).toHaveAccessibleName(
    /^civilians killed Outlets agree: 49 in VICE News .*Forward \(article 004\)\.$/,
  );
});
