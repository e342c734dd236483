import type { Browser, Page } from '@playwright/test';
import { NAME_SHIM } from './page-probes.ts';
import { summarize, type Summary } from './stats.ts';
import { syntheticDataFiles, type CatalogueTemplate } from './synthetic-data-files.ts';

/** Pasted articles are cut to whole paragraphs near this size, as the issue asks ("about 4 KB"). */
const ARTICLE_CHARS = { min: 3600, max: 4400 };

/** The line `splitPastedText` parts two pasted articles at. */
export const PASTE_SEPARATOR = '\n===\n';

/** The names the workbench's screens give their controls (by role and label, as a person sees). */
const CONTROLS = {
  link: 'Your own story',
  paste: 'Paste articles',
  add: 'Add pasted articles',
  build: 'Build dashboard',
  progress: 'Build progress',
} as const;

/** The page's own account of one build, all times performance.now() in the page. */
interface BuildProbeState {
  /** The click on "Build dashboard" (its event time). */
  start: number | null;
  /** The frame painted after the matrix's first cell appeared; -1 while that frame is awaited. */
  ready: number | null;
  /** Whether the progress bar was ever on screen between the two. */
  progressSeen: boolean;
  longTasks: { start: number; duration: number }[];
  /** The last alert's text, to say why a build never reached the matrix. */
  alert: string | null;
}

declare global {
  interface Window {
    __benchBuild?: BuildProbeState;
  }
}

/**
 * Runs in the page: records the click on the build button, every main-thread long task after it,
 * and the first frame painted with the matrix's cells. Serialised by Playwright: uses nothing from
 * this module's scope.
 */
function installBuildProbe(names: { build: string; progress: string }): void {
  const state: BuildProbeState = {
    start: null,
    ready: null,
    progressSeen: false,
    longTasks: [],
    alert: null,
  };
  window.__benchBuild = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (state.start === null && button?.textContent?.trim() === names.build)
        state.start = event.timeStamp;
    },
    { capture: true },
  );
  const check = () => {
    if (state.start === null || state.ready !== null) return;
    if (document.querySelector(`[aria-label="${names.progress}"]`) !== null)
      state.progressSeen = true;
    const alert = document.querySelector('[role="alert"]');
    if (alert !== null) state.alert = alert.textContent;
    if (document.querySelector('[role="grid"] [role="gridcell"]') === null) return;
    state.ready = -1;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        state.ready = performance.now();
      }),
    );
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
}

/** What the import section measured: pasting articles, building them in the page, the matrix. */
export interface ImportBuildResult {
  articles: number;
  /** Characters pasted, separators included. */
  pastedChars: number;
  /** From the click on "Build dashboard" to the first frame painted with the matrix's cells. */
  buildMs: Summary;
  /** The longest main-thread long task in that time, per run; 0 when there was none (> 50 ms). */
  longestTaskMs: Summary;
  /** How many long tasks in that time, per run. */
  longTasks: Summary;
  notes: string[];
  problems: string[];
}

export interface ImportOptions {
  url: string;
  articles: number;
  repetitions: number;
  catalogue: CatalogueTemplate;
}

/** The subject does not exist yet (the workbench's screens): say so instead of failing. */
export class ImportUnavailable {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** The text cut at the last paragraph break that keeps it within `max` characters. */
function cutToParagraphs(body: string, max: number): string {
  if (body.length <= max) return body;
  const cut = body.lastIndexOf('\n\n', max);
  return cut > 0 ? body.slice(0, cut + 1) : body.slice(0, max);
}

/**
 * `count` article bodies of about 4 KB, as a person would paste them: the generated articles'
 * texts without their front matter, cut to whole paragraphs. Deterministic.
 */
export function pastedArticles(count: number, catalogue: CatalogueTemplate): string[] {
  // Generated bodies run from about 2 KB to 7 KB: make enough to keep those near 4 KB.
  const files = syntheticDataFiles({ articles: count * 4, seed: 13, catalogue });
  const bodies = Object.entries(files)
    .filter(([path]) => path.startsWith('articles/'))
    .map(([, text]) => text.slice(text.indexOf('\n---\n') + 5))
    .map((body) => cutToParagraphs(body, ARTICLE_CHARS.max))
    .filter((body) => body.length >= ARTICLE_CHARS.min);
  if (bodies.length < count)
    throw new Error(`the generator gave ${bodies.length} articles of about 4 KB, not ${count}`);
  return bodies.slice(0, count);
}

/** Whether `waiting` (a locator's wait) ends with the element there, rather than timing out. */
async function appears(waiting: Promise<void>): Promise<boolean> {
  return waiting.then(
    () => true,
    () => false,
  );
}

/** Opens the workbench from the dashboard, as a person does; falls back to its address. */
async function openWorkbench(page: Page, url: string, notes: Set<string>): Promise<void> {
  await page.goto(url);
  const link = page.getByRole('link', { name: CONTROLS.link });
  if (await appears(link.first().waitFor({ timeout: 10_000 }))) {
    await link.first().click();
  } else {
    notes.add(`the dashboard has no "${CONTROLS.link}" link yet: opened ?workbench instead`);
    await page.goto(`${url.replace(/\/$/, '')}/?workbench`);
  }
}

/** One paste and build in a fresh browser context (an empty IndexedDB): its page-side account. */
async function buildOnce(
  browser: Browser,
  options: ImportOptions,
  text: string,
  notes: Set<string>,
  problems: Set<string>,
): Promise<BuildProbeState | ImportUnavailable> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.add(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.add(`page error: ${error.message}`));
    await openWorkbench(page, options.url, notes);

    const paste = page.getByRole('textbox', { name: CONTROLS.paste });
    if (!(await appears(paste.waitFor({ timeout: 15_000 }))))
      return new ImportUnavailable(`the workbench has no "${CONTROLS.paste}" textbox yet`);
    await paste.fill(text);
    await page.getByRole('button', { name: CONTROLS.add }).click();
    // The drafts are in once the paste box has been emptied and the build can start.
    const box = await paste.elementHandle();
    await page.waitForFunction((element) => (element as HTMLTextAreaElement).value === '', box, {
      timeout: 30_000,
    });
    const build = page.getByRole('button', { name: CONTROLS.build });
    if (!(await appears(build.waitFor({ timeout: 10_000 }))))
      return new ImportUnavailable(`the workbench has no "${CONTROLS.build}" button yet`);

    await page.evaluate(installBuildProbe, { build: CONTROLS.build, progress: CONTROLS.progress });
    await build.click();
    await page
      .waitForFunction(
        () => {
          const ready = window.__benchBuild?.ready;
          return ready !== undefined && ready !== null && ready >= 0;
        },
        null,
        { timeout: 120_000, polling: 50 },
      )
      .catch(async (error: unknown) => {
        const state = await page.evaluate(() => window.__benchBuild ?? null);
        const said = state?.alert ? `; the page said: ${state.alert}` : '';
        throw new Error(`the build never showed the matrix${said}`, { cause: error });
      });
    // Long-task entries are delivered after the task: give the last ones a moment to land.
    await page.waitForTimeout(200);
    const state = await page.evaluate(() => window.__benchBuild ?? null);
    if (state === null) throw new Error('the page lost its build probe (did it reload?)');
    if (!state.progressSeen) notes.add(`the "${CONTROLS.progress}" bar was never seen`);
    return state;
  } finally {
    await context.close();
  }
}

/**
 * Pastes `articles` generated articles into the workbench, adds them, presses "Build dashboard"
 * and waits for the matrix, `repetitions` times: the time from the click to the painted matrix,
 * measured in the page, and the main thread's longest task meanwhile.
 */
export async function measureImport(
  browser: Browser,
  options: ImportOptions,
): Promise<ImportBuildResult | ImportUnavailable> {
  const text = pastedArticles(options.articles, options.catalogue).join(PASTE_SEPARATOR);
  const notes = new Set<string>();
  const problems = new Set<string>();
  const buildMs: number[] = [];
  const longestTaskMs: number[] = [];
  const longTasks: number[] = [];
  for (let i = 0; i < options.repetitions; i++) {
    const state = await buildOnce(browser, options, text, notes, problems);
    if (state instanceof ImportUnavailable) return state;
    const { start, ready } = state;
    if (start === null || ready === null) throw new Error('the build was not timed');
    const during = state.longTasks.filter((t) => t.start + t.duration >= start && t.start <= ready);
    buildMs.push(ready - start);
    longestTaskMs.push(Math.max(0, ...during.map((t) => t.duration)));
    longTasks.push(during.length);
  }
  return {
    articles: options.articles,
    pastedChars: text.length,
    buildMs: summarize(buildMs),
    longestTaskMs: summarize(longestTaskMs),
    longTasks: summarize(longTasks),
    notes: [...notes],
    problems: [...problems],
  };
}
