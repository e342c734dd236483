import { describe, expect, it } from 'vitest';
import { judgeGoals, renderMarkdown, spread, type BenchReport } from './bench-report.ts';
import type { ScaleResult } from './measure-scale.ts';
import { summarize } from './stats.ts';

function scale(factor: number, toggles: number[], cells: number[]): ScaleResult {
  return {
    corpus: {
      factor,
      outlets: 5 * factor,
      articles: 5 * factor,
      claims: 12 * factor,
      evidence: 0,
      figures: 0,
      bytes: 1000,
    },
    readyMs: summarize([200]),
    toggleOutletMs: summarize(toggles),
    openCellMs: summarize(cells),
    notes: [],
    problems: [],
  };
}

const report: BenchReport = {
  mode: 'full',
  label: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  seconds: 10,
  commit: 'abc1234',
  machine: {
    cpus: 2,
    cpuModel: 'test',
    node: 'v20',
    chromium: 'Chromium 1',
    loadAverage: [0, 0, 0],
  },
  bundle: {
    status: 'ok',
    seconds: 1,
    data: { firstView: [], firstViewGzipBytes: 170_000, all: [], allGzipBytes: 250_000 },
  },
  ready: {
    status: 'ok',
    seconds: 1,
    data: {
      appTarget: 'live',
      appMs: summarize([300, 310, 290]),
      appLiveMs: summarize([400, 410, 390]),
      baselineMs: summarize([250, 240, 260]),
      ratio: 1.2,
      pairRatios: summarize([1.2, 1.29, 1.12]),
      liveRatio: 1.6,
      livePairRatios: summarize([1.6, 1.71, 1.5]),
      problems: [],
    },
  },
  scale: {
    status: 'ok',
    seconds: 1,
    data: [scale(1, [20, 30, 40], [10, 12]), scale(100, [50, 70, 90], [30, 200])],
  },
  corpusBuild: { status: 'skipped', seconds: 0, reason: 'no `npm run corpus` yet' },
  lighthouse: { status: 'error', seconds: 1, reason: 'Chromium did not start\nstack line' },
  importBuild: {
    status: 'ok',
    seconds: 1,
    data: {
      articles: 50,
      pastedChars: 200_000,
      buildMs: summarize([2400, 2600, 2500]),
      longestTaskMs: summarize([0, 64, 0]),
      longTasks: summarize([0, 1, 0]),
      notes: [],
      problems: [],
    },
  },
};

describe('judgeGoals', () => {
  const goals = new Map(judgeGoals(report).map((goal) => [goal.name, goal]));

  it('judges each goal against this run, and says so where nothing was measured', () => {
    expect(goals.get('First-view JavaScript (gzip)')).toMatchObject({
      value: '170.0 KB',
      met: false,
    });
    expect(goals.get('Ready time (matrix on screen), app ÷ baseline')?.met).toBe(true);
    expect(goals.get('Ready time (matrix takes input), app ÷ baseline')).toMatchObject({
      value: '1.60 (pairs 1.60 (1.50–1.71, n=3))',
      met: false,
    });
    expect(goals.get('Lighthouse performance')).toMatchObject({ value: 'not measured', met: null });
    expect(goals.get('Corpus build growth, largest ÷ smallest (wall time)')?.met).toBeNull();
  });

  it('judges interactions at 100× by their p95, against 100 ms and twice the 1× p95', () => {
    // Toggle p95: 88 ms at 100× against 39 ms at 1×: under 100 ms but more than twice.
    expect(goals.get('Outlet toggle at 100×, p95')).toMatchObject({ met: false });
    expect(goals.get('Outlet toggle at 100×, p95')?.value).toContain('2.26×');
    expect(goals.get('Open a cell at 100×, p95')?.met).toBe(false);
  });

  it('judges the build of pasted articles by its median, and any long task as a miss', () => {
    expect(goals.get('Pasted articles built in the page, to the matrix')).toMatchObject({
      value: '2500 ms (2400 ms–2600 ms, n=3) for 50 articles',
      met: true,
    });
    const longest = goals.get('Longest main-thread task during that build');
    expect(longest?.met).toBe(false);
    expect(longest?.value).toContain('64 ms');
  });
});

describe('renderMarkdown', () => {
  it('shows medians with their spread, and why a section was skipped or broke', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '| dashboard: matrix on screen | 300 ms (290 ms–310 ms, n=3) | 1.20; 1.20 (1.12–1.29, n=3) |',
    );
    expect(markdown).toContain('**skipped**: no `npm run corpus` yet');
    expect(markdown).toContain('**error**: Chromium did not start stack line');
    expect(markdown).toContain(
      '| First-view JavaScript (gzip) | ≤ 160.0 KB | 170.0 KB | **missed** |',
    );
  });
});

describe('spread', () => {
  it('says when a figure comes from a single run', () => {
    expect(spread(summarize([42]))).toBe('42 ms (1 run)');
    expect(spread(summarize([4.25, 5]))).toBe('4.6 ms (4.3 ms–5.0 ms, n=2)');
  });
});
