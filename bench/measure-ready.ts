import type { Browser } from '@playwright/test';
import { openReady, type ReadyTarget } from './browser-session.ts';
import { summarize, type Summary } from './stats.ts';

/** The app's ready time against the baseline page's, on the same corpus, in one browser. */
export interface ReadyComparison {
  /** What the app was waited for: its live matrix, or the header before the matrix existed. */
  appTarget: ReadyTarget;
  /** Until the matrix was on screen (prerendered or drawn by the app). */
  appMs: Summary;
  /** Until the matrix took input (the app had taken the prerendered page over). */
  appLiveMs: Summary;
  baselineMs: Summary;
  /** Median app time (matrix on screen) over median baseline time. */
  ratio: number;
  /** App over baseline for each pair of loads taken back to back: the ratio's own spread. */
  pairRatios: Summary;
  /** Median app time until the matrix took input over median baseline time. */
  liveRatio: number;
  livePairRatios: Summary;
  problems: string[];
}

export interface ReadyOptions {
  appUrl: string;
  appTarget: ReadyTarget;
  baselineUrl: string;
  repetitions: number;
}

/**
 * Loads the app and the baseline alternately (which goes first alternates too, so drift hits both),
 * each in a fresh context, after one unrecorded warm-up load of each.
 */
export async function measureReady(
  browser: Browser,
  options: ReadyOptions,
): Promise<ReadyComparison> {
  const problems = new Set<string>();
  const load = async (which: 'app' | 'baseline') => {
    const ready = await openReady(
      browser,
      which === 'app'
        ? { url: options.appUrl, target: options.appTarget }
        : { url: options.baselineUrl, target: 'table' },
    );
    ready.problems.forEach((problem) => problems.add(`${which}: ${problem}`));
    await ready.context.close();
    // The live matrix is on screen no later than it takes input; without a grid both are one time.
    return { shown: ready.marks.grid?.painted ?? ready.readyMs, live: ready.readyMs };
  };
  await load('app');
  await load('baseline');
  const app: { shown: number; live: number }[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < options.repetitions; i++) {
    if (i % 2 === 0) {
      app.push(await load('app'));
      baseline.push((await load('baseline')).live);
    } else {
      baseline.push((await load('baseline')).live);
      app.push(await load('app'));
    }
  }
  const appMs = summarize(app.map((times) => times.shown));
  const appLiveMs = summarize(app.map((times) => times.live));
  const baselineMs = summarize(baseline);
  const pairs = (times: number[]) =>
    summarize(times.map((ms, i) => ms / (baseline[i] ?? Number.NaN)));
  return {
    appTarget: options.appTarget,
    appMs,
    appLiveMs,
    baselineMs,
    ratio: appMs.median / baselineMs.median,
    pairRatios: pairs(app.map((times) => times.shown)),
    liveRatio: appLiveMs.median / baselineMs.median,
    livePairRatios: pairs(app.map((times) => times.live)),
    problems: [...problems],
  };
}
