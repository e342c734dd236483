import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { escapeRegExp } from '../src/corpus/pipeline/text-patterns.ts';
import type { Corpus } from '../src/corpus/schema.ts';
import { claimSources } from '../src/views/claim-matrix/claim-sources.ts';
import { expect, test } from './fixtures.ts';

/**
 * The shipped corpus, no interception: how each claim is sourced (independent sources per claim,
 * its grade by the legend's rule), every stance an article takes, the matrix at a glance, and the
 * keyboard's ways in and out. Expected values are read from the corpus the page is served, so the
 * test checks the page against the rule, not against a copy of today's numbers.
 */

const grid = (page: Page) => page.getByRole('grid', { name: /^Claim matrix/ });
const rowHeader = (page: Page, claim: RegExp | string) =>
  grid(page).getByRole('rowheader', { name: claim });
const cell = (page: Page, claim: string, article: string) =>
  grid(page).getByRole('gridcell', {
    name: new RegExp(`^${claim}.* — [^—]*\\(article ${article}\\):`),
  });

/** A claim's row header, scrolling the grid down until its row is drawn (rows are virtualized). */
async function findRow(page: Page, statement: string) {
  const header = rowHeader(page, statement);
  await grid(page).evaluate((element) => element.scrollTo({ top: 0 }));
  for (let step = 0; step < 40 && (await header.count()) === 0; step++) {
    await grid(page).evaluate((element) => element.scrollBy({ top: element.clientHeight / 2 }));
  }
  return header;
}

/** The names of every cell of the grid, scrolling it from top to bottom to draw each row. */
async function allCellNames(page: Page): Promise<Set<string>> {
  const names = new Set<string>();
  await grid(page).evaluate((element) => element.scrollTo({ top: 0 }));
  for (let step = 0; step < 40; step++) {
    for (const name of await grid(page)
      .getByRole('gridcell')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''))) {
      names.add(name);
    }
    const atEnd = await grid(page).evaluate((element) => {
      const before = element.scrollTop;
      element.scrollBy({ top: element.clientHeight / 2 });
      return element.scrollTop === before;
    });
    if (atEnd) break;
  }
  return names;
}

/** Reads CSV back with an independent parser (RFC 4180, byte order mark allowed). */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true });
}

async function servedCorpus(page: Page): Promise<Corpus> {
  const response = await page.request.get('/corpus.json');
  return (await response.json()) as Corpus;
}

/** The legend's rule, restated: a reported denial makes it contested (or denied, if none carries it). */
function expectedGrade(corpus: Corpus, claimId: string) {
  const evidence = corpus.evidence.filter((e) => e.claimId === claimId);
  const carried = evidence.filter((e) => e.stance === 'asserts' || e.stance === 'attributes');
  const sources = claimSources(carried, corpus.reuse).length;
  const disputes = evidence.filter((e) => e.stance === 'disputes').length;
  const grade =
    disputes > 0
      ? sources > 0
        ? 'contested'
        : 'denied'
      : sources >= 2
        ? 'corroborated'
        : sources === 1
          ? 'single source'
          : 'no source';
  return { grade, sources };
}

/** The rows fully in view once the matrix is scrolled to the top of the window. */
async function rowsInView(page: Page): Promise<number> {
  await grid(page).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  return grid(page).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const header = element.querySelector('[role="rowgroup"]')?.getBoundingClientRect();
    const top = Math.max(box.top, header?.bottom ?? box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    return Array.from(element.querySelectorAll('[role="rowheader"]'))
      .map((row) => row.getBoundingClientRect())
      .filter((row) => row.top >= top - 0.5 && row.bottom <= bottom + 0.5).length;
  });
}

test('stances=disputes shows every claim an article disputes, and marks each disputing cell', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/');
  const corpus = await servedCorpus(page);
  const disputed = corpus.claims.filter((claim) =>
    corpus.evidence.some((e) => e.claimId === claim.id && e.stance === 'disputes'),
  );
  // More than the one claim whose main mark is a denial: the others hide behind stronger marks.
  expect(disputed.length).toBeGreaterThan(1);

  await page.goto('/?stances=disputes');
  await expect(grid(page).getByRole('rowheader')).toHaveCount(disputed.length);
  for (const claim of disputed) await expect(await findRow(page, claim.statement)).toBeVisible();
  const disputing = new Set(
    corpus.evidence
      .filter((e) => e.stance === 'disputes')
      .map((e) => `${e.claimId}~${e.articleId}`),
  );
  const matching = [...(await allCellNames(page))].filter((name) =>
    name.endsWith('matches the stance filter'),
  );
  expect(matching).toHaveLength(disputing.size);
  await grid(page).evaluate((element) => element.scrollTo({ top: 0 }));
  // A cell that carries the claim and also reports its denial shows both, and says both.
  const both = [...disputing].find((key) => {
    const [claimId, articleId] = key.split('~');
    return corpus.evidence.some(
      (e) => e.claimId === claimId && e.articleId === articleId && e.stance !== 'disputes',
    );
  });
  expect(both).toBeDefined();
  const [claimId, articleId] = (both ?? '~').split('~');
  const statement = corpus.claims.find((c) => c.id === claimId)?.statement ?? '';
  await expect(
    cell(page, escapeRegExp(statement.slice(0, 30)), articleId ?? ''),
  ).toHaveAccessibleName(/also reports a denial.*matches the stance filter$/);
  await expectAccessible();
});

test('the al-Ghantu claim counts 2 independent sources: its two articles share no wording of it', async ({
  page,
}) => {
  await page.goto('/');
  const alGhantu = rowHeader(page, /al-Ghantu/);
  await expect(alGhantu).toContainText('2 of 5 outlets · 2 sources');
  await expect(alGhantu).toContainText('Grade: corroborated');
  // Three outlets carry the dozen fighters in the copy they share: one source, one grade.
  await expect(rowHeader(page, /around a dozen fighters/)).toContainText(
    '3 of 5 outlets · 1 source',
  );
  await expect(rowHeader(page, /around a dozen fighters/)).toContainText('Grade: single source');
});

test('each claim’s grade is its rule’s, on the page, in its legend and in the CSV export', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/');
  const corpus = await servedCorpus(page);
  const expected = new Map(corpus.claims.map((c) => [c.id, expectedGrade(corpus, c.id)]));
  expect(new Set([...expected.values()].map((e) => e.grade)).size).toBeGreaterThan(2);
  for (const claim of corpus.claims) {
    const { grade, sources } = expected.get(claim.id) ?? { grade: '', sources: 0 };
    const header = await findRow(page, claim.statement);
    await expect(header).toContainText(`Grade: ${grade}`);
    await expect(header).toContainText(`· ${sources} ${sources === 1 ? 'source' : 'sources'}`);
  }
  // The rule is stated where the marks are explained.
  const legend = page.getByRole('group').filter({ hasText: 'Legend: what the marks mean' });
  await expect(legend).toContainText(
    'carried by 2 or more independent sources, and no article reports a denial of it',
  );
  await expect(legend).toContainText('some article reports a denial or rebuttal of it');
  await expectAccessible();

  // The exported table carries the same grade and counts on every line of a claim.
  await page.getByText('Export the claim matrix', { exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV table of the claim matrix' }).click();
  const csv = await readFile(await (await downloading).path(), 'utf8');
  const [head, ...rows] = parseCsv(csv);
  const at = (name: string) => head?.indexOf(name) ?? -1;
  expect(at('Grade')).toBeGreaterThan(-1);
  for (const row of rows) {
    const want = expected.get(row[at('Claim')] ?? '');
    expect(row[at('Grade')]).toBe(want?.grade);
    expect(row[at('Independent sources (all articles)')]).toBe(String(want?.sources));
  }
  const withDiscrepancies = corpus.discrepancies.filter((d) => d.claimId !== null);
  for (const d of withDiscrepancies) {
    const line = rows.find((r) => r[at('Claim')] === d.claimId);
    expect(Number(line?.[at('Discrepancies')])).toBeGreaterThan(0);
  }
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the matrix shows 8 claims at once, tells unidentified outlets apart, and sums itself up', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    const corpus = await servedCorpus(page);
    await expect(grid(page).getByRole('rowheader').first()).toBeVisible();
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(8);

    // Each outlet header names its outlet; two unidentified ones differ by their article.
    const unidentified = grid(page).getByRole('columnheader', { name: /^Unidentified outlet/ });
    const names = await unidentified.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(new Set(names).size).toBe(names.length);

    const reviewed = corpus.evidence.filter((e) => e.origin === 'reviewed').length;
    const summary = page.getByText(/^\d+ articles \(\d+ share copy\) · /);
    await expect(summary).toContainText(`${corpus.articles.length} articles`);
    await expect(summary).toContainText(`${corpus.claims.length} claims: `);
    await expect(summary).toContainText(`${corpus.discrepancies.length} discrepanc`);
    await expect(summary).toContainText(`${corpus.evidence.length} links, ${reviewed} reviewed`);
    // The machine's proposals are said once, with how it was measured, not framed cell by cell.
    await expect(page.getByText('Links without a tick are the machine’s proposals.')).toBeVisible();
    await expectAccessible();
  });
});

test.describe('the keyboard', () => {
  test('a skip link goes to the matrix, from any view', async ({ page, expectAccessible }) => {
    await page.goto('/');
    // The prerendered page is inert until the app takes it over; a key pressed before is lost.
    const root = page.locator('#root');
    await expect(root).not.toHaveAttribute('inert');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the matrix' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expectAccessible();
    await page.keyboard.press('Enter');
    await expect(grid(page).getByRole('gridcell').first()).toBeFocused();

    await page.goto('/?view=timeline');
    await expect(page.getByRole('link', { name: 'Timeline' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/view=timeline/);
    await expect(grid(page).locator('[role="gridcell"][tabindex="0"]')).toBeFocused();
  });

  test('a filter menu and the export menu close when the focus leaves them', async ({ page }) => {
    await page.goto('/');
    const outlets = page.getByRole('button', { name: /^Outlets/ });
    await outlets.click();
    const boxes = page.getByRole('checkbox');
    await expect(boxes).not.toHaveCount(0);
    await boxes.last().focus();
    await page.keyboard.press('Tab');
    await expect(boxes).toHaveCount(0);
    await expect(outlets).toHaveAttribute('aria-expanded', 'false');

    const exportMenu = page.getByText('Export the claim matrix', { exact: true });
    await exportMenu.click();
    const json = page.getByRole('button', { name: 'Download JSON data of the claim matrix' });
    await expect(json).toBeVisible();
    await json.focus();
    await page.keyboard.press('Tab');
    await expect(json).toBeHidden();
  });

  test('after a PNG export the focus stays on its button, and Escape closes the menu', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    const exportMenu = page.getByText('Export the claim matrix', { exact: true });
    await exportMenu.focus();
    await page.keyboard.press('Enter');
    const png = page.getByRole('button', { name: 'Download PNG image of the claim matrix' });
    await expect(png).toBeVisible();
    await png.focus();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await downloading;
    await expect(page.getByRole('status').filter({ hasText: 'Saved claim-matrix' })).toBeVisible();
    await expect(png).toBeFocused();
    await expectAccessible();
    await page.keyboard.press('Escape');
    await expect(png).toBeHidden();
    await expect(page.locator('summary').filter({ hasText: 'Export' })).toBeFocused();
  });
});
