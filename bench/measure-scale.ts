import type { Browser, Locator, Page } from '@playwright/test';
import { generateCorpus } from '../src/test-support/generate-corpus.ts';
import { openReady, timeInteraction, type ReadyTarget } from './browser-session.ts';
import { summarize, type Summary } from './stats.ts';

/** The seed corpus's size: five articles from five outlets, a dozen claims. */
const SEED = { articles: 5, outlets: 5, claims: 12 };

/** What one scale's generated corpus holds. */
export interface ScaleCorpus {
  factor: number;
  outlets: number;
  articles: number;
  claims: number;
  evidence: number;
  figures: number;
  bytes: number;
}

/** Ready time and interaction times of the dashboard on one generated corpus. */
export interface ScaleResult {
  corpus: ScaleCorpus;
  readyMs: Summary;
  /** Toggling one outlet in the filter bar, to the next painted frame after the matrix changes. */
  toggleOutletMs: Summary | null;
  /** Opening a matrix cell, to the frame painted with the source reader open. */
  openCellMs: Summary | null;
  /** Why an interaction was not measured. */
  notes: string[];
  problems: string[];
}

export interface ScaleOptions {
  url: string;
  target: ReadyTarget;
  factor: number;
  loads: number;
  toggles: number;
  cellOpens: number;
}

/** The generated corpus for a multiple of the seed corpus: 100× is 500 articles, 100 outlets, 1,200 claims. */
export function scaleCorpus(factor: number): { json: string; corpus: ScaleCorpus } {
  const generated = generateCorpus({
    seed: 2015,
    articles: SEED.articles * factor,
    outlets: Math.max(SEED.outlets, factor),
    claims: SEED.claims * factor,
    // The seed articles each carry several figures, dates and quotes; so do the generated ones,
    // which gives the "thousands of figures" the issue asks for at 100×.
    figuresPerArticle: 6,
    datesPerArticle: 3,
    quotesPerArticle: 2,
  });
  const json = JSON.stringify(generated);
  return {
    json,
    corpus: {
      factor,
      outlets: generated.outlets.length,
      articles: generated.articles.length,
      claims: generated.claims.length,
      evidence: generated.evidence.length,
      figures: generated.figures.length,
      bytes: Buffer.byteLength(json),
    },
  };
}

/**
 * Ticks and unticks the first outlet in the filter bar's Outlets menu, as a user does: the matrix
 * narrows to that outlet's articles, then widens to all of them again.
 */
async function timeToggles(page: Page, count: number): Promise<number[]> {
  await page.getByRole('button', { name: /^Outlets/ }).click();
  const option = page
    .getByRole('group', { name: 'Outlets', exact: true })
    .getByRole('checkbox')
    .first();
  await option.waitFor({ timeout: 5000 });
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await timeInteraction(page, () => option.click()));
  await page.keyboard.press('Escape');
  return times;
}

/**
 * Opens matrix cells on screen, closing the reader with Escape each time: cells that carry the
 * claim where some are on screen (the reader then highlights the evidence), else any cells (in a
 * large matrix most cells say "not reported").
 */
async function timeCellOpens(page: Page, count: number): Promise<number[]> {
  const all: Locator = page.getByRole('grid').first().getByRole('gridcell');
  await all.first().waitFor({ timeout: 5000 });
  const reported = all.filter({ hasNotText: 'not reported' });
  const cells = (await reported.count()) > 0 ? reported : all;
  const available = Math.min(await cells.count(), 40);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const cell = cells.nth((i * 7) % available);
    times.push(await timeInteraction(page, () => cell.click()));
    await page.keyboard.press('Escape');
    await page.getByRole('complementary').waitFor({ state: 'detached', timeout: 5000 });
  }
  return times;
}

/** Loads the dashboard on a generated corpus `loads` times, then toggles an outlet and opens cells. */
export async function measureScale(browser: Browser, options: ScaleOptions): Promise<ScaleResult> {
  const { json, corpus } = scaleCorpus(options.factor);
  const problems = new Set<string>();
  const notes: string[] = [];
  const ready: number[] = [];
  let toggleOutletMs: Summary | null = null;
  let openCellMs: Summary | null = null;
  for (let i = 0; i < options.loads; i++) {
    const loaded = await openReady(browser, {
      url: options.url,
      target: options.target,
      corpus: json,
    });
    ready.push(loaded.readyMs);
    if (i === options.loads - 1) {
      // Interactions on the last load only: the page is warm, as a user's would be.
      const { page } = loaded;
      try {
        toggleOutletMs = summarize(await timeToggles(page, options.toggles));
      } catch (error) {
        notes.push(`outlet toggle not measured: ${(error as Error).message.split('\n')[0]}`);
      }
      try {
        openCellMs = summarize(await timeCellOpens(page, options.cellOpens));
      } catch (error) {
        notes.push(`cell opening not measured: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    loaded.problems.forEach((problem) => problems.add(problem));
    await loaded.context.close();
  }
  return {
    corpus,
    readyMs: summarize(ready),
    toggleOutletMs,
    openCellMs,
    notes,
    problems: [...problems],
  };
}
