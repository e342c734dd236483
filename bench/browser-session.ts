import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from './chromium-path.ts';
import {
  installInteractionProbe,
  installReadyProbe,
  NAME_SHIM,
  type InteractionState,
  type Mark,
} from './page-probes.ts';

/** What the ready probe watches for, by name. */
export const READY_SELECTORS = {
  /**
   * The claim matrix with its cells on screen (rows are virtualised: the grid alone could still be
   * empty), drawn by the app or prerendered into the built page.
   */
  grid: '[role="grid"] [role="gridcell"]',
  /**
   * The same, once the app runs it and it takes input: a prerendered page's root is `inert` until
   * the app has taken it over, or drawn its own corpus in its place.
   */
  live: '#root:not([inert]) [role="grid"] [role="gridcell"]',
  /** The dashboard header, shown once the corpus is parsed. */
  banner: 'header',
  /** The baseline page's table with its cells. */
  table: 'table td',
  /** A corpus error or a crashed view. */
  alert: '[role="alert"]',
} as const;
export type ReadyTarget = Exclude<keyof typeof READY_SELECTORS, 'alert'>;

/** Desktop size: the matrix is meant to be read on a wide screen. */
const VIEWPORT = { width: 1280, height: 800 };

/** Starts the system Chromium headless, off the network, as the browser tests do. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: QUIET_CHROMIUM_FLAGS });
}

/** A page that has loaded and shows its target, with how long that took. */
export interface ReadyPage {
  context: BrowserContext;
  page: Page;
  /** From navigation start to the first frame painted with the target on screen, in ms. */
  readyMs: number;
  /** Every target seen by then, with when it was painted. */
  marks: Partial<Record<ReadyTarget, Mark>>;
  /** Console errors and page errors seen so far. */
  problems: string[];
}

export interface OpenOptions {
  url: string;
  target: ReadyTarget;
  /** A corpus JSON body served in place of corpus.json; the built one when absent. */
  corpus?: string;
  timeoutMs?: number;
}

/**
 * Opens `url` in a fresh browser context (cold cache) and waits until the target is painted.
 * Throws, with what the page said, when it shows an alert instead or never gets there.
 */
export async function openReady(browser: Browser, options: OpenOptions): Promise<ReadyPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(installReadyProbe, READY_SELECTORS);
    await context.addInitScript(installInteractionProbe);
    const { corpus } = options;
    if (corpus !== undefined) {
      await context.route('**/corpus.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: corpus }),
      );
    }
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(options.url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (target) => {
        const marks = window.__benchReady;
        return marks?.[target] ?? (marks?.alert ? 'alert' : null);
      },
      options.target,
      { timeout: options.timeoutMs ?? 60_000, polling: 20 },
    );
    const mark = (await handle.jsonValue()) as Mark | 'alert';
    if (mark === 'alert') {
      const text = await page.getByRole('alert').first().innerText();
      throw new Error(`the page showed an alert instead of its ${options.target}: ${text}`);
    }
    const marks = await page.evaluate(() => ({ ...window.__benchReady }));
    return { context, page, readyMs: mark.painted, marks, problems };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Performs `act` (a click or key press, as a user would) and returns the time from that input
 * event to the frame painted after the last DOM change it caused, once the page has been quiet
 * for `quietMs`. Throws when the action changed nothing.
 */
export async function timeInteraction(
  page: Page,
  act: () => Promise<void>,
  quietMs = 250,
  timeoutMs = 15_000,
): Promise<number> {
  await page.evaluate(() => window.__benchInteraction?.arm());
  await act();
  try {
    const handle = await page.waitForFunction(
      (quiet) => {
        const s = window.__benchInteraction?.read();
        if (!s || s.start === null || s.lastMutation === null || s.painted === null) return null;
        return s.painted >= s.lastMutation && s.now - s.lastMutation >= quiet ? s : null;
      },
      quietMs,
      { timeout: timeoutMs, polling: 25 },
    );
    const state = (await handle.jsonValue()) as InteractionState;
    if (state.start === null || state.painted === null) throw new Error('unreachable');
    return state.painted - state.start;
  } catch (error) {
    const state = await page.evaluate(() => window.__benchInteraction?.read() ?? null);
    if (state?.start === null)
      throw new Error('the action sent no click or key press to the page', { cause: error });
    if (state?.mutations === 0)
      throw new Error('the action changed nothing on the page', { cause: error });
    throw error;
  }
}

/**
 * Which target the app shows when ready on a valid `corpus`: the matrix grid once it exists, else
 * the header.
 */
export async function detectAppTarget(
  browser: Browser,
  url: string,
  corpus: string,
): Promise<ReadyTarget> {
  const { context, page } = await openReady(browser, { url, target: 'banner', corpus });
  try {
    await page
      .getByRole('grid')
      .first()
      .waitFor({ timeout: 3000 })
      .catch(() => undefined);
    return (await page.getByRole('grid').count()) > 0 ? 'live' : 'banner';
  } finally {
    await context.close();
  }
}
