import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '..');
const SEEDS = resolve(REPO, '../shared/seeds');

const seedFiles = async () =>
  (await readdir(SEEDS))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SEEDS, name));

const grid = (page: Page) => page.getByRole('grid', { name: /^Claim matrix/ });
const reader = (page: Page) => page.getByRole('complementary');
const curate = (page: Page) => reader(page).getByRole('region', { name: 'Curate' });
const decisions = (page: Page) => page.getByRole('region', { name: /^Your decisions/ });
const proposedCells = (page: Page) =>
  grid(page).getByRole('gridcell', { name: /machine-proposed$/ });
const reviewedCells = (page: Page) => grid(page).getByRole('gridcell', { name: /, reviewed$/ });
const rows = (page: Page) => grid(page).getByRole('rowheader');

/** A project of the five seed texts, built, on its dashboard. */
async function builtProject(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Your own story' }).click();
  await page.getByLabel('Add articles').setInputFiles(await seedFiles());
  await expect(
    page.getByRole('list', { name: 'Articles to build' }).getByRole('article'),
  ).toHaveCount(5);
  await page.getByRole('button', { name: 'Build dashboard' }).click();
  await expect(grid(page)).toBeVisible({ timeout: 60_000 });
}

/** Waits until the corpus on screen is the one built with every decision. */
async function settled(page: Page) {
  await expect(page.getByText('Updating the corpus with your decisions…')).toHaveCount(0, {
    timeout: 60_000,
  });
  await expect(decisions(page).getByRole('alert')).toHaveCount(0);
}

/** Opens the first cell the machine proposed, and returns the words of its first passage. */
async function openProposedCell(page: Page) {
  await proposedCells(page).first().click();
  await expect(curate(page)).toBeVisible();
  const passage = curate(page)
    .getByRole('listitem', { name: /^Passage / })
    .first();
  const name = (await passage.getAttribute('aria-label')) ?? '';
  return { passage, name };
}

/** The bytes of the download a click starts. */
async function downloaded(page: Page, name: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/**
 * Selects six words of plain text (no mark, no set-aside block) in `container` by dragging the
 * mouse from the first letter to the last, and returns them.
 */
async function dragOverWords(page: Page, container: Locator): Promise<string> {
  const at = await container.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (text.length < 80 || node.parentElement?.closest('mark, details') !== null) continue;
      const found = /[A-Za-z]+(?: [A-Za-z,]+){5}/u.exec(text);
      if (found === null) continue;
      // Scrolled to the middle of each scrolling box around them, and of the window.
      const whole = document.createRange();
      whole.setStart(node, found.index);
      whole.setEnd(node, found.index + found[0].length);
      for (
        let box: HTMLElement | null = node.parentElement;
        box !== null;
        box = box.parentElement
      ) {
        if (box.scrollHeight <= box.clientHeight) continue;
        if (!/auto|scroll/u.test(getComputedStyle(box).overflowY)) continue;
        const frame = box.getBoundingClientRect();
        box.scrollTop += whole.getBoundingClientRect().top - (frame.top + frame.height / 2);
      }
      window.scrollBy({
        top: whole.getBoundingClientRect().top - window.innerHeight / 2,
        behavior: 'instant',
      });
      const rectOf = (from: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const first = rectOf(found.index);
      const last = rectOf(found.index + found[0].length - 1);
      return {
        words: found[0],
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    return null;
  });
  if (at === null) throw new Error('no plain run of six words in the article text');
  await page.mouse.move(at.from.x, at.from.y);
  await page.mouse.down();
  await page.mouse.move(at.to.x, at.to.y, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(at.words);
  return at.words;
}

test.describe.configure({ timeout: 240_000 });

test('a curator confirms, rejects, corrects, merges, undoes, reloads, and the CLI builds the same corpus', async ({
  page,
  expectAccessible,
}) => {
  await builtProject(page);
  await expect(decisions(page)).toContainText('Your decisions (0)');
  const proposedAtFirst = await proposedCells(page).count();
  expect(proposedAtFirst).toBeGreaterThan(3);

  // Confirm: the passage and its cell are shown as reviewed once the corpus is rebuilt.
  const first = await openProposedCell(page);
  await expectAccessible();
  await first.passage.getByRole('button', { name: 'Confirm' }).click();
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (1)');
  await expect(curate(page).getByRole('listitem', { name: first.name })).toContainText(
    '(reviewed)',
  );
  await expect(reviewedCells(page)).toHaveCount(1);

  // Reject: the passage leaves the claim.
  const second = await openProposedCell(page);
  expect(second.name).not.toBe(first.name);
  await second.passage.getByRole('button', { name: 'Reject' }).click();
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (2)');
  await expect(decisions(page)).toContainText('Rejected');

  // Correct a stance: another one, with the keyboard.
  const third = await openProposedCell(page);
  const stance = third.passage.getByLabel('Stance');
  const was = await stance.inputValue();
  const next = was === 'disputes' ? 'asserts' : 'disputes';
  await stance.selectOption(next);
  await third.passage.getByRole('button', { name: 'Save correction' }).focus();
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (3)');
  await expect(decisions(page)).toContainText(`stance ${next}`);
  const corrected = curate(page).getByRole('listitem', { name: third.name });
  await expect(corrected).toContainText('(reviewed)');
  await expect(corrected.getByLabel('Stance')).toHaveValue(next);
  await expectAccessible();

  // Merge the open cell's claim into another: its row is gone.
  const merged = await curate(page).getByLabel('Wording').inputValue();
  const mergedRow = rows(page).filter({ hasText: merged });
  await expect(mergedRow).toHaveCount(1);
  await curate(page).getByRole('button', { name: 'Merge' }).click();
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (4)');
  await expect(mergedRow).toHaveCount(0);
  await expect(decisions(page)).toContainText('Merged claim');

  // Undo takes the merge back.
  await decisions(page).getByRole('button', { name: 'Undo the last decision' }).click();
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (3)');
  await expect(mergedRow).toHaveCount(1);

  // A reload keeps the decisions and the corpus built with them.
  await page.reload();
  await expect(grid(page)).toBeVisible({ timeout: 60_000 });
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (3)');
  await expect(
    grid(page)
      .getByRole('gridcell', { name: /, reviewed$/ })
      .first(),
  ).toBeVisible();
  await decisions(page).getByText('Your decisions (3)').click();
  await expect(decisions(page).getByRole('listitem')).toHaveCount(3);
  await expectAccessible();

  // The project downloaded builds on the command line to the corpus the page shows.
  const project = await downloaded(page, 'Download project');
  const corpus = await downloaded(page, 'Download corpus');
  const dir = await mkdtemp(join(tmpdir(), 'curation-zip-'));
  const files = unzipSync(new Uint8Array(project.bytes));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
  }
  expect(Object.keys(files).some((name) => name.endsWith('reviews.yaml'))).toBe(true);
  const out = join(dir, 'corpus.json');
  await run('npx', ['tsx', 'src/cli/corpus.ts', '--data', join(dir, 'data'), '--out', out], {
    cwd: REPO,
  });
  const cli = await readFile(out);
  expect(cli.length).toBe(corpus.bytes.length);
  expect(cli.equals(corpus.bytes)).toBe(true);
});

test('a curator confirms a proposed claim from its cell, splits one, and adds words the machine missed', async ({
  page,
  expectAccessible,
}) => {
  await builtProject(page);

  // Confirm a whole claim: the cell stays open on it, now curated under its own id.
  await openProposedCell(page);
  const wording = await curate(page).getByLabel('Wording').inputValue();
  await curate(page).getByRole('button', { name: 'Confirm the claim' }).click();
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (1)');
  await expect(curate(page)).toContainText(/Claim [a-z0-9-]+, curated\./);
  await expect(curate(page).getByLabel('Wording')).toHaveValue(wording);
  expect(new URL(page.url()).searchParams.get('cell')).not.toMatch(/^auto-/);

  // Undone, the cell follows it back to the proposal; confirmed again, to the curated claim.
  await decisions(page).getByRole('button', { name: 'Undo the last decision' }).click();
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (0)');
  await expect(curate(page)).toContainText('proposed by the machine');
  expect(new URL(page.url()).searchParams.get('cell')).toMatch(/^auto-/);
  await expect(page.getByText(/unknown cell/)).toHaveCount(0);
  await curate(page).getByRole('button', { name: 'Confirm the claim' }).click();
  await settled(page);
  await expect(curate(page)).toContainText(/Claim [a-z0-9-]+, curated\./);

  // Split: a cell whose claim other articles carry too; its passages become a new claim.
  const splitWords = 'Words a curator chose for the split-off passages';
  const splitField = curate(page).getByLabel(/off as a new claim, worded$/);
  for (let i = 0; (await splitField.count()) === 0; i += 1) {
    expect(i, 'a proposed cell whose claim can be split').toBeLessThan(10);
    await proposedCells(page).nth(i).click();
    await expect(curate(page)).toBeVisible();
  }
  await splitField.fill(splitWords);
  await curate(page).getByRole('button', { name: 'Split' }).click();
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (2)');
  await expect(rows(page).filter({ hasText: splitWords })).toHaveCount(1);

  // Add by selection: six words of the article's text, selected with the mouse as a person does.
  await openProposedCell(page);
  const before = await curate(page)
    .getByRole('listitem', { name: /^Passage / })
    .count();
  const words = await dragOverWords(
    page,
    reader(page).getByRole('region', { name: 'Article text' }),
  );
  await curate(page).getByLabel('Its stance').selectOption('disputes');
  await curate(page).getByRole('button', { name: 'Add the selected words' }).click();
  await settled(page);
  await expect(decisions(page)).toContainText('Your decisions (3)');
  await expect(curate(page).getByRole('listitem', { name: /^Passage / })).toHaveCount(before + 1);
  await expect(curate(page).getByRole('listitem', { name: `Passage “${words}”` })).toContainText(
    '(reviewed)',
  );
  await expectAccessible();
});
