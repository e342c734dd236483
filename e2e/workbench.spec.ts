import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '..');
const SEEDS = resolve(REPO, '../shared/seeds');
const HTML_PAGES = resolve(REPO, 'src/import/fixtures');

const seedFiles = async () =>
  (await readdir(SEEDS))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SEEDS, name));

const htmlFiles = async () =>
  (await readdir(HTML_PAGES))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(HTML_PAGES, name));

const drafts = (page: Page) =>
  page.getByRole('list', { name: 'Articles to build' }).getByRole('article');
const problems = (page: Page) => page.getByRole('alert', { name: 'Problems with the last import' });

async function openWorkbench(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Your own story' }).click();
  await expect(page.getByRole('heading', { name: 'Your own story', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\?workbench&project=p-[0-9a-f]+$/);
}

async function addFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
  await page.getByLabel('Add articles').setInputFiles(files);
}

/** Builds, and waits for the project's dashboard. */
async function build(page: Page) {
  await page.getByRole('button', { name: 'Build dashboard' }).click();
  await expect(page.getByRole('region', { name: 'Claim matrix' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('button', { name: 'Download corpus' })).toBeVisible();
}

test.describe.configure({ timeout: 120_000 });

/** The bytes of the download a click starts. */
async function downloaded(page: Page, name: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('the five seed texts, added through the chooser, build to a matrix of their five articles', async ({
  page,
  expectAccessible,
}) => {
  await openWorkbench(page);
  await expectAccessible();
  await addFiles(page, await seedFiles());
  await expect(drafts(page)).toHaveCount(5);
  await expectAccessible();
  await build(page);
  const grid = page.getByRole('grid', { name: /^Claim matrix/ });
  await expect(grid.getByRole('columnheader', { name: /^Article / })).toHaveCount(5);
  await expect(page).toHaveURL(/\?project=p-[0-9a-f]+$/);
  await expect(page.getByText('Kept in this browser only')).toBeVisible();
  await expectAccessible();

  // The views keep the project in the address, and its link draws this story, not the bundled one
  // the page was prerendered with.
  await page.getByRole('link', { name: 'Strike timeline' }).click();
  await expect(page).toHaveURL(/\?project=p-[0-9a-f]+&view=timeline$/);
  await page.getByRole('link', { name: 'Claim matrix' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled story');
  await expect(grid.getByRole('columnheader', { name: /^Article / })).toHaveCount(5);
});

test('saved web pages come in as text alone, with their own metadata proposed', async ({
  page,
}) => {
  await openWorkbench(page);
  const files = await htmlFiles();
  expect(files).toHaveLength(2);
  await addFiles(page, files);
  await expect(drafts(page)).toHaveCount(2);
  for (const card of await drafts(page).all()) {
    await card.getByText(/^Text as it will be built/).click();
    const text = (await card.locator('pre').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(200);
    expect(text).not.toMatch(/<script|<iframe|javascript:|onerror|window\.__/i);
  }
  await expect(page.getByText(/^from og:site_name/).first()).toBeVisible();
  await expect(page.getByLabel(/^Outlet of article 1/)).not.toHaveValue('');
  // Nothing in the pages ran: no handler, no link, no script set its mark.
  const ran = await page.evaluate(() =>
    Object.keys(window).filter((key) => key.startsWith('__') && /Ran|Analytics|Consent/.test(key)),
  );
  expect(ran).toEqual([]);
  await build(page);
  // Two stories about different events share no claim, so the matrix has rows for none.
  await expect(page.getByRole('definition').filter({ hasText: /^2 articles$/ })).toBeVisible();
});

test('the downloaded project builds on the command line to the page’s corpus, byte for byte', async ({
  page,
}) => {
  await openWorkbench(page);
  await addFiles(page, [...(await seedFiles()).slice(0, 3), ...(await htmlFiles())]);
  await expect(drafts(page)).toHaveCount(5);
  await page.getByLabel(/^Outlet of article 1/).fill('Typed Outlet Weekly');
  await page.getByLabel(/^Published of article 1/).fill('2015-12-24');
  await build(page);

  const project = await downloaded(page, 'Download project');
  expect(project.name).toMatch(/\.zip$/);
  const corpus = await downloaded(page, 'Download corpus');
  expect(corpus.name).toBe('corpus.json');

  const dir = await mkdtemp(join(tmpdir(), 'workbench-zip-'));
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(project.bytes)))) {
    if (name.endsWith('/')) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
  }
  const out = join(dir, 'corpus.json');
  await run('npx', ['tsx', 'src/cli/corpus.ts', '--data', join(dir, 'data'), '--out', out], {
    cwd: REPO,
  });
  const cli = await readFile(out);
  expect(cli.length).toBe(corpus.bytes.length);
  expect(cli.equals(corpus.bytes)).toBe(true);

  // The same zip opens again as a new project, with what was typed into it.
  await page.getByRole('button', { name: 'Back to the workbench' }).click();
  const before = page.url();
  await page.getByLabel('Open a project (.zip)').setInputFiles({
    name: project.name,
    mimeType: 'application/zip',
    buffer: project.bytes,
  });
  await expect(page).not.toHaveURL(before);
  await expect(drafts(page)).toHaveCount(5);
  await expect(page.getByLabel(/^Outlet of article 1/)).toHaveValue('Typed Outlet Weekly');
  await expect(page.getByLabel(/^Published of article 1/)).toHaveValue('2015-12-24');
});

test('each bad input is named with its problem, and the articles already in stay', async ({
  page,
}) => {
  await openWorkbench(page);
  const [firstSeed = ''] = await seedFiles();
  await addFiles(page, firstSeed);
  await expect(drafts(page)).toHaveCount(1);

  const bad: { name: string; mimeType: string; buffer: Buffer }[] = [
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    },
    { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n') },
    {
      name: 'huge.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
    },
  ];
  for (const file of bad) {
    await addFiles(page, file);
    await expect(problems(page)).toContainText(file.name);
    await expect(problems(page)).toContainText('Error (not imported)');
    await expect(drafts(page)).toHaveCount(1);
  }
  await expect(problems(page)).toContainText('5 MB');

  // Windows-1252: curly quotes and an accent that are not UTF-8.
  const cp1252 = Buffer.concat([
    Buffer.from('Harbour closed\n\nThe mayor said '),
    Buffer.from([0x93]),
    Buffer.from('the pier is unsafe'),
    Buffer.from([0x94]),
    Buffer.from(' after the storm in Gen'),
    Buffer.from([0xe8]),
    Buffer.from('ve on Monday.\n'),
  ]);
  await addFiles(page, { name: 'old-desk.txt', mimeType: 'text/plain', buffer: cp1252 });
  await expect(problems(page)).toContainText('old-desk.txt');
  await expect(drafts(page)).toHaveCount(2);
  const card = drafts(page).nth(1);
  await card.getByText(/^Text as it will be built/).click();
  await expect(card.locator('pre')).toContainText('“the pier is unsafe” after the storm in Genève');

  // The same article again.
  await addFiles(page, firstSeed);
  await expect(problems(page)).toContainText(firstSeed.split('/').pop() ?? '');
  await expect(drafts(page)).toHaveCount(2);

  // A zip that is not a project.
  const notProject = Buffer.from(zipSync({ 'notes/todo.txt': strToU8('buy milk') }));
  await page.getByLabel('Open a project (.zip)').setInputFiles({
    name: 'holiday.zip',
    mimeType: 'application/zip',
    buffer: notProject,
  });
  await expect(problems(page)).toContainText(/holiday\.zip.*not a project/);
  await expect(drafts(page)).toHaveCount(2);
});

test('a reload keeps the project; it can be renamed and deleted', async ({
  page,
  expectAccessible,
}) => {
  await openWorkbench(page);
  await page
    .getByLabel('Paste articles')
    .fill('Dam repaired\n\nThe dam was repaired by Friday, the council said.');
  await page.getByRole('button', { name: 'Add pasted articles' }).click();
  await expect(drafts(page)).toHaveCount(1);
  const url = page.url();
  await page.reload();
  await expect(drafts(page)).toHaveCount(1);
  expect(page.url()).toBe(url);

  const projects = page.getByRole('region', { name: 'Your projects' });
  const item = projects.getByRole('listitem', { name: 'Untitled story' });
  await item.getByRole('button', { name: /^Rename/ }).click();
  await item.getByLabel(/^New name for/).fill('Dam repairs');
  await item.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { name: 'Project: Dam repairs' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Project: Dam repairs' })).toBeVisible();
  await expectAccessible();

  const renamed = projects.getByRole('listitem', { name: 'Dam repairs' });
  await renamed.getByRole('button', { name: /^Delete/ }).click();
  await expect(renamed.getByText(/cannot be undone/)).toBeVisible();
  await renamed.getByRole('button', { name: /^Delete for good/ }).click();
  await expect(page.getByRole('heading', { name: 'Project: Untitled story' })).toBeVisible();
  await expect(projects.getByText('Dam repairs')).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByText(/This browser keeps no project under this link/)).toBeVisible();
});

test('a copy of the example story opens as a project and builds to the corpus the page opens with', async ({
  page,
  request,
}) => {
  await openWorkbench(page);
  await page.getByRole('button', { name: 'Copy the example story into a project' }).click();
  await expect(drafts(page)).toHaveCount(5);
  await build(page);
  const corpus = await downloaded(page, 'Download corpus');
  // Its articles keep their ids and outlets, so its claims and reviews still hold: the same bytes.
  const bundled = await (await request.get('/corpus.json')).body();
  expect(corpus.bytes.length).toBe(bundled.length);
  expect(corpus.bytes.equals(bundled)).toBe(true);
});
