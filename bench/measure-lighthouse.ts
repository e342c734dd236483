import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from './chromium-path.ts';
import { summarize, type Summary } from './stats.ts';

/** Lighthouse scores (0–100) over several runs, with the metrics behind the performance score. */
export interface LighthouseScores {
  /** Lighthouse's default: a mid-range phone on a throttled connection (simulated). */
  formFactor: string;
  performance: Summary;
  accessibility: Summary;
  /** Milliseconds (CLS: unitless), by audit id. */
  metrics: Record<string, Summary>;
  /** Accessibility audits that failed in any run, with their titles. */
  failedAccessibilityAudits: string[];
  lighthouseVersion: string;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
];

/** Runs Lighthouse (performance and accessibility only) on `url` `runs` times, each in a fresh Chromium. */
export async function measureLighthouse(url: string, runs: number): Promise<LighthouseScores> {
  const chromePath = chromiumPath();
  const performance: number[] = [];
  const accessibility: number[] = [];
  const metrics = new Map<string, number[]>();
  const failed = new Set<string>();
  let version = '';
  let formFactor = '';
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({
      ...(chromePath ? { chromePath } : {}),
      chromeFlags: ['--headless=new', '--no-sandbox', ...QUIET_CHROMIUM_FLAGS],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      const score = (id: string) => {
        const value = lhr.categories[id]?.score;
        if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} score`);
        return Math.round(value * 100);
      };
      performance.push(score('performance'));
      accessibility.push(score('accessibility'));
      for (const id of METRICS) {
        const value = lhr.audits[id]?.numericValue;
        if (typeof value === 'number') metrics.set(id, [...(metrics.get(id) ?? []), value]);
      }
      for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          failed.add(`${ref.id}: ${audit.title}`);
        }
      }
      version = lhr.lighthouseVersion;
      formFactor = lhr.configSettings.formFactor;
    } finally {
      chrome.kill();
    }
  }
  return {
    formFactor,
    performance: summarize(performance),
    accessibility: summarize(accessibility),
    metrics: Object.fromEntries([...metrics].map(([id, values]) => [id, summarize(values)])),
    failedAccessibilityAudits: [...failed].sort(),
    lighthouseVersion: version,
  };
}
