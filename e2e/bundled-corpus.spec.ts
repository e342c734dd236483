import { readFile } from 'node:fs/promises';
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

  // All five carry the 200-civilians toll, from three independent sources: 000, 001 and 004 carry
  // it in the wire copy they share; 002 and 003 each in words of their own.
  await expect(grid(page).getByRole('rowheader', { name: /at least 200 civilians/ })).toContainText(
    '5 of 5 outlets · 3 sources',
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
  // al-Ghantu: 002 gives the total of 46 (with 32 children as part of it); 001 only "at least 32
  // children and 11 women".
  await expect(timeline).toContainText('at least 46 in Unidentified outlet (article 002)');
  await expect(timeline).toContainText('at least 32 in VICE News (article 001, inferred)');
  await expect(timeline).toContainText(
    '32 in Unidentified outlet (article 002), part of its total “at least 46 civilians”',
  );
  // Ariha: the witness's counts in 001 are his account, listed apart, never the strike's toll.
  const ariha = timeline.getByRole('listitem', { name: 'Strike on the market in Ariha' });
  await expect(ariha).toContainText(
    "“three children”: a witness's account, per Mohammed Qurabi al-Ghazal, in VICE News (article 001, inferred)",
  );
  await expect(ariha).not.toContainText('3 in VICE News (article 001, inferred), per');
  await expect(ariha).not.toContainText('people killed');
  // Aleppo (Mashhad) is named only in 003's photo caption: the timeline says so.
  const aleppo = timeline.getByRole('listitem', { name: /Mashhad/ });
  await expect(aleppo).toContainText('named only in a photo caption of article 003');
  await expect(timeline).not.toContainText('no article mentions it');
});

test('the discrepancies compare totals only, credit each quote as its article does, and tell timing from contradiction', async ({
  page,
}) => {
  await page.goto('/?view=discrepancies');
  const panel = page.getByRole('region', { name: 'Discrepancies' });
  // "25 suspected Russian air strikes" analysed and "six attacks" documented are two measures.
  await expect(panel).toContainText('committed war crimes');
  await expect(panel).not.toContainText('25 suspected Russian air strikes');
  await expect(panel).not.toContainText('Different totals');
  // 001 gives the "directly attacked civilians" words to Amnesty's report, 000 to Philip Luther.
  await expect(panel).toContainText('credited to Amnesty International (in a report)');
  await expect(panel).toContainText('credited to Philip Luther (in a statement)');
  // 002's spun copy swapped "international" for "worldwide" and "global" in Peskov's words.
  await expect(panel).toContainText('A quotation of Dmitry Peskov altered in article 002');
  await expect(panel).toContainText('a difference in timing, not a contradiction');
  await expect(panel).not.toContainText(/contradictory/i);
});

test("the Ariha charts compare the totals only; the witness's counts are listed apart as his", async ({
  page,
}) => {
  await page.goto('/?view=charts&event=ariha-market-2015-11-29');
  const charts = page.getByRole('region', { name: 'Casualty figures' });
  // One toll for the strike: 49 civilians, in 001 and 003. No chart of "40 bodies" or "three
  // children" (one witness's account), nor of "three missiles".
  await expect(charts.getByRole('figure')).toHaveCount(1);
  await expect(
    charts.getByRole('figure', { name: 'civilians killed' }).getByRole('img'),
  ).toHaveAccessibleName(
    'civilians killed VICE News and Infossible agree: 49. Not reported in the other 3.',
  );
  await expect(charts.getByRole('figure', { name: /people killed|children killed/ })).toHaveCount(
    0,
  );
  const others = charts.getByRole('region', { name: 'Other numbers in the articles' });
  await expect(others).toContainText(
    "“40 bodies” — a witness's account, per Mohammed Qurabi al-Ghazal · in VICE News (article 001, inferred)",
  );
  await expect(others).toContainText("“three children” — a witness's account");
  await expect(others).toContainText('“three missiles” — a count of missiles, not of people');
});

test('the Casualty page leads with totals, draws "hundreds" as a word, and lists the war’s 300,000 apart', async ({
  page,
}) => {
  await page.goto('/?view=charts');
  const charts = page.getByRole('region', { name: 'Casualty figures' });
  const first = charts.getByRole('figure').first();
  await expect(first).toHaveAccessibleName('civilians killed');
  await expect(first.getByRole('img')).toHaveAccessibleName(
    'civilians killed All 5 articles give figures that can all be true: at least 200; hundreds (vague).',
  );
  // "Hundreds" sits in its own lane under the axis, as words, with no bar.
  const drawing = first.getByRole('img');
  await expect(drawing.locator('[data-mark="vague"]')).toHaveCount(5);
  await expect(drawing.locator('[data-mark="bar"]')).toHaveCount(5);
  await expect(drawing).toContainText('Without a number');
  // "Around 300,000 people" is a spokesman's count of the whole war: never a chart, never first.
  await expect(charts.getByRole('figure', { name: /victims/ })).toHaveCount(0);
  await expect(charts.getByRole('heading', { level: 3 }).nth(2)).toHaveText(
    /^Russian air campaign in Syria/,
  );
  await expect(charts.getByRole('region', { name: 'Other numbers in the articles' })).toContainText(
    '“Around 300,000 people” — a wider count, per Igor Konashenkov · in The Forward (article 004)',
  );
});

test('with the VICE News filter on, the Ariha finding stays true, on the page and in the exported image', async ({
  page,
}) => {
  await page.goto('/?view=charts&event=ariha-market-2015-11-29&outlets=vice-news');
  const figure = page
    .getByRole('region', { name: 'Casualty figures' })
    .getByRole('figure', { name: 'civilians killed' });
  const finding =
    'In the whole corpus, VICE News and Infossible agree: 49. Not reported in the other 3. Shown: 1 outlet; 4 hidden by the filter.';
  await expect(figure.getByRole('img')).toHaveAccessibleName(`civilians killed ${finding}`);
  await expect(figure).not.toContainText('Only VICE News');

  const label = 'Strike on the market in Ariha: civilians killed';
  await page.getByText(`Export ${label}`, { exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download SVG image of ${label}` }).click();
  const svg = await readFile(await (await downloading).path(), 'utf8');
  const texts = await page.evaluate(
    (source) =>
      Array.from(
        new DOMParser().parseFromString(source, 'image/svg+xml').querySelectorAll('text'),
        (t) => t.textContent ?? '',
      ),
    svg,
  );
  // The finding is wrapped over lines in the image: read it as one run of words.
  const words = texts.join(' ');
  expect(words).toContain(finding);
  expect(words).not.toContain('Only VICE News');
  expect(words).toContain('Outlets: VICE News');

  // The PNG is drawn from that same SVG.
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download PNG image of ${label}` }).click();
  const png = await readFile(await (await pngDownload).path());
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
});
