import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Shared copy shown, on the shipped corpus: a reuse link opens both passages side by side with
 * the words that differ marked, the reader marks every shared passage, and the credits in the
 * text ("Reuters contributed to this report") link to the copy they cover.
 */

// The highlight is a <mark> (ARIA 1.3 role "mark"): Playwright finds it, but its types lag behind.
const MARK = 'mark' as Parameters<Page['getByRole']>[0];

const reader = (page: Page) => page.getByRole('complementary');
const grid = (page: Page) => page.getByRole('grid', { name: /^Claim matrix/ });
const cell = (page: Page, claim: string, article: string) =>
  grid(page).getByRole('gridcell', {
    name: new RegExp(`^${claim}.* — [^—]*\\(article ${article}\\):`),
  });

test('a reuse link shows the shared text side by side, the words that differ marked', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/?article=001');
  const open = reader(page);
  const shared = open.getByRole('region', { name: 'Shared with other articles' });
  await expect(shared).toContainText(
    'Shares 13% of its text with article 000 (Unidentified outlet (article 000), wire copy): 5 passages, marked in the text.',
  );
  await expect(shared).toContainText(
    'Likely original: Reuters — this article credits it: “Reuters contributed to this report”',
  );
  // Every passage 001 shares is marked, with whom it is shared.
  await expect(open.getByTitle(/shared with Unidentified outlet \(article 000\)/)).not.toHaveCount(
    0,
  );
  await expect(open.getByTitle(/shared with The Forward \(article 004\)/)).not.toHaveCount(0);
  await expectAccessible();

  const compare = shared.getByRole('button', { name: 'Compare side by side with article 000' });
  await compare.click();
  const dialog = page.getByRole('dialog', {
    name: 'VICE News (article 001, inferred) and Unidentified outlet (article 000)',
  });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(dialog.getByRole('heading', { level: 2 })).toBeInViewport();
  // Sentence by sentence: the background paragraph, with the words each outlet changed marked.
  const background = dialog
    .getByRole('listitem')
    .filter({ hasText: 'Russia started its campaign' });
  await expect(background.getByRole(MARK)).toHaveText([
    'airstrikes',
    'September',
    'Eastern',
    'the',
    'air strikes',
    'Sept',
    'East',
    'of Iraq and Syria (ISIS)',
  ]);
  await expect(background).toContainText(
    'Differs: article 001 “airstrikes”, article 000 “air strikes”; article 001 “September”, article 000 “Sept”',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: 'It has repeatedly' })).toContainText(
    'Word for word the same.',
  );
  await expect(dialog).toContainText('Likely original: Reuters — this article credits it');
  await expectAccessible();

  // Escape closes the comparison only, and gives the focus back.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeVisible();
  await expect(compare).toBeFocused();
});

test('opening the other article starts at the first passage the two share, and marks all it shares', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/?article=001');
  const open = reader(page);
  const shared = open.getByRole('region', { name: 'Shared with other articles' });
  await shared.getByRole('button', { name: 'Open article 000' }).click();
  await expect(open.getByRole('heading', { level: 2 })).toHaveText(
    'Amnesty: Russian bombing of Syria may be a war crime',
  );
  await expect(open.getByRole(MARK)).toHaveText(
    '30, saying it wanted to help the Kremlin’s main Middle',
  );
  await expect(open.getByRole(MARK)).toBeInViewport();
  await expect(open.getByTitle(/shared with VICE News \(article 001, inferred\)/)).not.toHaveCount(
    0,
  );
  await expect(open.getByTitle(/shared with The Forward \(article 004\)/)).not.toHaveCount(0);
  // 000 credits no one; what it shares with 004 is Reuters copy where 001 carries the words too.
  await expect(
    open.getByRole('region', { name: 'Shared with other articles' }).getByRole('listitem').filter({
      hasText: 'article 004',
    }),
  ).toContainText(
    'Reuters — VICE News (article 001, inferred), which carries these words too, credits it: “Reuters contributed to this report” (4 sentences)',
  );
  await expectAccessible();
});

test('spun copy: the swapped words are the evidence, and the original is not guessed', async ({
  page,
}) => {
  await page.goto('/?article=000');
  await reader(page).getByRole('button', { name: 'Compare side by side with article 002' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
    'Unidentified outlet (article 000) and Unidentified outlet (article 002)',
  );
  await expect(dialog).toContainText('Spun copy: the same sentences with words swapped.');
  await expect(dialog).toContainText('article 000 “amount”, article 002 “quantity”');
  await expect(dialog).toContainText('article 000 “evidence”, article 002 “proof”');
  await expect(dialog).toContainText(
    'Likely original: not known: no article that carries these words is from a wire agency or credits one, and none of them is dated',
  );
  await dialog.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(dialog).toHaveCount(0);
});

test('001’s Reuters credit is recognised, shown in the text and linked to the Reuters copy in 000 and 004', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/?article=001');
  const credits = reader(page).getByRole('region', { name: 'Credits to news agencies' });
  const reuters = credits.getByRole('listitem').filter({ hasText: 'Reuters contributed' });
  await expect(reuters).toContainText(
    '“Reuters contributed to this report” — a contributor line crediting Reuters with copy in this article.',
  );
  await expect(reuters).toContainText(
    'Likely Reuters copy: the text this article shares with Unidentified outlet (article 000) and The Forward (article 004)',
  );
  // A sentence sourced to an agency, and a photo credit, are told apart from a credit of the copy.
  await expect(credits).toContainText(
    '“asked by Reuters” — one sentence sourced to Reuters, not the whole article.',
  );
  await expect(credits).toContainText(
    '“Photo by Mohammed Badra/EPA” — a photo credit to European Pressphoto Agency: where a picture came from, not the words.',
  );

  // The credit line is boilerplate, set aside; following the credit opens it there, highlighted.
  await reuters.getByRole('link', { name: /Reuters contributed to this report/ }).click();
  await expect(reader(page).getByRole(MARK)).toHaveText('Reuters contributed to this report');
  await expect(reader(page).getByRole(MARK)).toBeInViewport();
  await expect(
    reader(page).getByTitle('credit to Reuters: a contributor line').first(),
  ).toBeVisible();
  await expectAccessible();

  await reuters
    .getByRole('button', { name: 'Compare side by side with The Forward (article 004)' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'VICE News (article 001, inferred) and The Forward (article 004)',
  });
  await expect(dialog).toContainText(
    'Likely original: Reuters — this article credits it: “Reuters contributed to this report”',
  );
});

test('002’s Sputnik credit covers one sentence, which no other article carries', async ({
  page,
}) => {
  await page.goto('/?article=002');
  const credits = reader(page).getByRole('region', { name: 'Credits to news agencies' });
  await expect(credits).toContainText(
    '“according to the Sputnik state-run news agency” — one sentence sourced to Sputnik, not the whole article.',
  );
  await expect(credits).toContainText('No other article in the corpus carries that sentence.');
});

test('opened from the keyboard, the reader shows the element it focuses', async ({ page }) => {
  await page.goto('/');
  // 001's evidence for the toll sits near the end of a long article: the reader scrolls to it.
  const target = cell(page, 'Russian air strikes killed at least 200', '001');
  await target.focus();
  await page.keyboard.press('Enter');
  const heading = reader(page).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(reader(page).getByRole(MARK)).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the comparison stacks the two passages and passes an accessibility scan', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await cell(page, 'Russian air strikes killed at least 200', '001').click();
    const heading = reader(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(reader(page).getByRole(MARK)).toBeInViewport();

    await reader(page)
      .getByRole('button', { name: 'Compare side by side with article 004' })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toBeInViewport();
    const row = dialog.getByRole('listitem').first();
    const [mine, other] = await row.getByRole('blockquote').all();
    const a = await mine?.boundingBox();
    const b = await other?.boundingBox();
    expect(a && b && b.y >= a.y + a.height).toBe(true);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect((await dialog.boundingBox())?.width).toBeLessThanOrEqual(width);
    await expectAccessible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(reader(page)).toBeVisible();
  });
});
