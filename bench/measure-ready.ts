import type { Browser } from '@playwright/test';
import { openReady, type ReadyTarget } from './browser-session.ts';
import { summarize, type Summary } from './stats.ts';

/** The app's ready time against the baseline page's, on the same corpus, in one browser. */
export interface ReadyComparison {
  /** What counted as ready in the app: the matrix grid, or the header before the matrix existed. */
  appTarget: ReadyTarget;
  appMs: Summary;
  baselineMs: Summary;
  /** Median app time over median baseline time. */
  ratio: number;
  /** App over baseline for each pair of loads taken back to back: the ratio's own spread. */
  pairRatios: Summary;
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
    return ready.readyMs;
  };
  await load('app');
  await load('baseline');
  const app: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < options.repetitions; i++) {
    if (i % 2 === 0) {
      app.push(await load('app'));
      baseline.push(await load('baseline'));
    } else {
      baseline.push(await load('baseline'));
      app.push(await load('app'));
    }
  }
  const appMs = summarize(app);
  const baselineMs = summarize(baseline);
  return {
    appTarget: options.appTarget,
    appMs,
    baselineMs,
    ratio: appMs.median / baselineMs.median,
    pairRatios: summarize(app.map((ms, i) => ms / (baseline[i] ?? Number.NaN))),
    problems: [...problems],
  };
}
