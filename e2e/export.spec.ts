import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { strikeFixture } from '../src/test-support/strike-fixture.ts';
import { expect, test } from './fixtures.ts';

test.beforeEach(async ({ page }) => {
  await page.route('**/corpus.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(strikeFixture) }),
  );
});

type Format = 'PNG image' | 'SVG image' | 'CSV table' | 'JSON data';

/** Opens the export menu for `label`, clicks a format, and returns the file's name and bytes. */
async function exportFile(page: Page, label: string, format: Format) {
  const menu = page.getByText(`Export ${label}`, { exact: true });
  const button = page.getByRole('button', { name: `Download ${format} of ${label}` });
  if (!(await button.isVisible())) await menu.click();
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the page and counts its colours and its non-white pixels. */
async function pngPixels(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    let inked = 0;
    let transparent = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = pixels.subarray(i, i + 4);
      colours.add((r << 16) | (g << 8) | b);
      if (r < 200 || g < 200 || b < 200) inked++;
      if (a < 255) transparent++;
    }
    return { colours: colours.size, inked, transparent, total: pixels.length / 4 };
  }, bytes.toString('base64'));
}

/** Parses an SVG in the page; returns its size, its texts and whether it parsed. */
async function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? ''),
      title: doc.querySelector('title')?.textContent ?? null,
    };
  }, text);
}

/** Reads CSV back with an independent, well-kept parser (RFC 4180, byte order mark allowed). */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true });
}

/** Checks a PNG and an SVG export of the same image against each other and against what they must say. */
async function checkImages(page: Page, label: string, fileStem: string, mustSay: string[]) {
  const svg = await exportFile(page, label, 'SVG image');
  expect(svg.name).toBe(`${fileStem}.svg`);
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.errors).toBe(0);
  expect(parsed.root).toBe('svg');
  const words = parsed.texts.join('\n');
  for (const text of mustSay) expect(words).toContain(text);
  expect(words).toMatch(/^Source: .*Corpus: Fixture: Amberly report/m);
  // Self-contained: no reference to anything outside the file, no colour older readers cannot draw.
  expect(svg.bytes.toString('utf8')).not.toMatch(/href="(?!#)|oklch|<foreignObject|<image/);

  const png = await exportFile(page, label, 'PNG image');
  expect(png.name).toBe(`${fileStem}.png`);
  const size = pngSize(png.bytes);
  expect(size).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
  const pixels = await pngPixels(page, png.bytes);
  expect(pixels.transparent).toBe(0);
  expect(pixels.colours).toBeGreaterThan(20);
  expect(pixels.inked).toBeGreaterThan(pixels.total * 0.01);
  return { svg: parsed, png: size };
}

test('a casualty chart exports as PNG, SVG, CSV and JSON that match what it shows', async ({
  page,
}) => {
  await page.goto('/?view=charts&event=al-gharlo');
  const label = 'al-Gharlo residential strike: children killed';
  await checkImages(page, label, 'casualties-al-gharlo-children-killed-2015-10', [
    label,
    'Event: al-Gharlo residential strike',
    'Wire Desk',
    'Daily Reprint',
    'at least 32',
    'dozens (vague)',
    'not reported',
    '“hundreds”, “dozens”: vague, set apart, no number',
  ]);

  const figure = page
    .getByRole('region', { name: 'Casualty figures' })
    .getByRole('figure', { name: 'children killed' });
  await figure.getByRole('button', { name: /data table/ }).click();
  const shown = await figure.getByRole('table').getByRole('row').allTextContents();

  const csv = await exportFile(page, label, 'CSV table');
  expect(csv.name).toBe('casualties-al-gharlo-children-killed-2015-10.csv');
  const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
  expect(header).toContain('Figure as cited');
  expect(rows).toHaveLength(shown.length - 1);
  const at = (name: string) => header?.indexOf(name) ?? -1;
  expect(rows.map((r) => [r[at('Article')], r[at('Figure as cited')], r[at('Quote')]])).toEqual([
    ['a1', 'not reported', ''],
    ['a2', 'at least 32', 'at least 32 children'],
    ['a3', 'dozens (vague)', 'dozens of children'],
  ]);
  // A vague figure has no number in the data either.
  expect(rows[2]?.[at('Low')]).toBe('');

  const json = await exportFile(page, label, 'JSON data');
  const data = JSON.parse(json.bytes.toString('utf8')) as { title: string; rows: unknown[] };
  expect(data.title).toBe(label);
  expect(data.rows).toHaveLength(rows.length);
});

test('the strike timeline exports as PNG, SVG, CSV and JSON', async ({ page }) => {
  await page.goto('/?view=timeline');
  const label = 'the strike timeline';
  await checkImages(page, label, 'strike-timeline-2015-09-30-to-2015-12-23', [
    'Strike timeline',
    'No filters: every article and claim in the corpus',
    'al-Gharlo (Hovt governorate)',
    'Alvina',
    'Arvel (Idmar governorate)',
    'Amberly International report published, 23 Dec 2015',
    'report published',
    'article from Wire Desk',
  ]);

  const csv = await exportFile(page, label, 'CSV table');
  const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
  await expect(
    page
      .getByRole('region', { name: 'Strike timeline' })
      .getByRole('listitem', { name: /strike$/ }),
  ).toHaveCount(rows.length);
  expect(rows.map((r) => r[header?.indexOf('Strike') ?? -1])).toEqual([
    'al-Gharlo residential strike',
    'Alvina strike',
    'Arvel market strike',
  ]);
  const json = await exportFile(page, label, 'JSON data');
  expect((JSON.parse(json.bytes.toString('utf8')) as { rows: unknown[] }).rows).toHaveLength(3);
});

test('the discrepancies export the sides they show as CSV and JSON', async ({ page }) => {
  await page.goto('/?view=discrepancies&event=arvel-market');
  const label = 'the discrepancies in view';
  const csv = await exportFile(page, label, 'CSV table');
  expect(csv.name).toBe('discrepancies-arvel.csv');
  const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
  await expect(page.getByRole('region', { name: 'Discrepancies' }).locator('mark')).toHaveCount(
    rows.length,
  );
  expect(rows.map((r) => r[header?.indexOf('Quote') ?? -1])).toEqual(['49 civilians', '46 people']);
  const json = await exportFile(page, label, 'JSON data');
  const data = JSON.parse(json.bytes.toString('utf8')) as { filters: string[]; rows: unknown[] };
  expect(data.filters).toEqual(['Event: Arvel market strike']);
  expect(data.rows).toHaveLength(2);
});

test('the export menus pass an accessibility scan when open', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/?view=charts&event=arvel-market');
  await page.getByText('Export all casualty figures in view', { exact: true }).click();
  await page.getByText('Export Arvel market strike: civilians killed', { exact: true }).click();
  await expect(
    page.getByRole('button', {
      name: 'Download PNG image of Arvel market strike: civilians killed',
    }),
  ).toBeVisible();
  await expectAccessible();
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('button', {
      name: 'Download PNG image of Arvel market strike: civilians killed',
    }),
  ).toBeHidden();
});

test('the claim matrix exports as PNG, SVG, CSV and JSON in the order the page sorts it', async ({
  page,
}) => {
  await page.goto('/?view=matrix&sort=coverage&outlets=wire-desk,daily-reprint');
  const label = 'the claim matrix';
  const { svg } = await checkImages(page, label, 'claim-matrix-2015-12-23', [
    'Outlets: Wire Desk, Daily Reprint',
    'Wire Desk',
    'Daily Reprint',
    'asserts',
    'attributes',
    'disputes',
    'not reported',
    'Amberly International',
    '49 civilians',
  ]);
  expect(svg.texts.join(' ')).not.toContain('Unidentified outlet');

  const csv = await exportFile(page, label, 'CSV table');
  const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
  const visibleClaims = strikeFixture.claims.length;
  expect(rows).toHaveLength(visibleClaims * 2);
  const at = (name: string) => header?.indexOf(name) ?? -1;
  // Sorted by coverage, as the page shows it: the two claims both outlets carry lead (by category,
  // the Arvel casualty claim would come second).
  const claimOrder = [...new Set(rows.map((r) => r[at('Claim')]))];
  expect(claimOrder.slice(0, 2)).toEqual(['toll-200-civilians', 'may-be-war-crimes']);
  expect(new Set(rows.map((r) => r[at('Article')]))).toEqual(new Set(['a1', 'a2']));
  const json = await exportFile(page, label, 'JSON data');
  expect((JSON.parse(json.bytes.toString('utf8')) as { rows: unknown[] }).rows).toHaveLength(
    rows.length,
  );
});
