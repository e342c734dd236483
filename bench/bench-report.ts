import type { BundleSize } from './bundle-size.ts';
import type { CorpusBuildResult } from './measure-corpus-build.ts';
import type { ImportBuildResult } from './measure-import.ts';
import type { LighthouseScores } from './measure-lighthouse.ts';
import type { ReadyComparison } from './measure-ready.ts';
import type { ScaleResult } from './measure-scale.ts';
import type { Summary } from './stats.ts';

/** One part of the benchmark: measured, skipped because its subject does not exist yet, or broken. */
export type Section<T> =
  | { status: 'ok'; seconds: number; data: T }
  | { status: 'skipped'; seconds: number; reason: string }
  | { status: 'error'; seconds: number; reason: string };

/** Everything one `npm run bench` measured, as written to bench-results/. */
export interface BenchReport {
  mode: 'smoke' | 'full';
  label: string | null;
  startedAt: string;
  seconds: number;
  commit: string;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    chromium: string;
    loadAverage: number[];
  };
  bundle: Section<BundleSize>;
  ready: Section<ReadyComparison>;
  scale: Section<ScaleResult[]>;
  corpusBuild: Section<CorpusBuildResult>;
  lighthouse: Section<LighthouseScores>;
  /** Articles pasted into the workbench and built in the page's worker, to the matrix. */
  importBuild: Section<ImportBuildResult>;
}

/** A goal from the issue, and whether this run met it (null: not measured). */
export interface Goal {
  name: string;
  goal: string;
  value: string;
  met: boolean | null;
}

/** The issue's goals for building pasted articles in the page. */
export const IMPORT_BUILD_BUDGET_MS = 3000;
/** What the browser counts as a long task; the goal is none at all during the build. */
export const LONG_TASK_MS = 50;

/** Sizes in KB of 1,000 bytes, as Vite prints them. */
export const FIRST_VIEW_BUDGET_BYTES = 160_000;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** "120 ms (112–140)": the median, then the minimum and maximum of the samples. */
export function spread(summary: Summary, unit: (value: number) => string = ms): string {
  if (summary.n === 1) return `${unit(summary.median)} (1 run)`;
  return `${unit(summary.median)} (${unit(summary.min)}–${unit(summary.max)}, n=${summary.n})`;
}

const plain = (digits: number) => (value: number) => value.toFixed(digits);

function data<T>(section: Section<T>): T | null {
  return section.status === 'ok' ? section.data : null;
}

/** The issue's goals, each judged against this run's medians (p95 where the goal says so). */
export function judgeGoals(report: BenchReport): Goal[] {
  const goals: Goal[] = [];
  const bundle = data(report.bundle);
  goals.push({
    name: 'First-view JavaScript (gzip)',
    goal: `≤ ${kb(FIRST_VIEW_BUDGET_BYTES)}`,
    value: bundle ? kb(bundle.firstViewGzipBytes) : 'not measured',
    met: bundle ? bundle.firstViewGzipBytes <= FIRST_VIEW_BUDGET_BYTES : null,
  });
  const ready = data(report.ready);
  goals.push({
    name: 'Ready time (matrix on screen), app ÷ baseline',
    goal: '≤ 1.5',
    value: ready
      ? `${ready.ratio.toFixed(2)} (pairs ${spread(ready.pairRatios, plain(2))})`
      : 'not measured',
    met: ready ? ready.ratio <= 1.5 : null,
  });
  // The same goal read strictly: a prerendered matrix is on screen before it takes input.
  goals.push({
    name: 'Ready time (matrix takes input), app ÷ baseline',
    goal: '≤ 1.5',
    value: ready
      ? `${ready.liveRatio.toFixed(2)} (pairs ${spread(ready.livePairRatios, plain(2))})`
      : 'not measured',
    met: ready ? ready.liveRatio <= 1.5 : null,
  });
  const scale = data(report.scale) ?? [];
  const smallest = scale.find((s) => s.corpus.factor === 1);
  const largest = scale.find((s) => s.corpus.factor === 100);
  for (const [key, label] of [
    ['toggleOutletMs', 'Outlet toggle at 100×, p95'],
    ['openCellMs', 'Open a cell at 100×, p95'],
  ] as const) {
    const big = largest?.[key];
    const small = smallest?.[key];
    goals.push({
      name: label,
      goal: '≤ 100 ms and ≤ 2× the 1× p95',
      value: big
        ? `${ms(big.p95)}${small ? ` (1×: ${ms(small.p95)}, ${(big.p95 / small.p95).toFixed(2)}×)` : ''}`
        : 'not measured',
      met: big ? big.p95 <= 100 && (small ? big.p95 <= 2 * small.p95 : true) : null,
    });
  }
  const build = data(report.corpusBuild);
  goals.push({
    name: 'Corpus build growth, largest ÷ smallest (wall time)',
    goal: '≤ 12× for 10× the articles',
    value: build?.growth
      ? `${build.growth.wallRatio.toFixed(1)}× for ${build.growth.articleRatio}× the articles (build process alone: ${build.growth.processRatio.toFixed(1)}×, its CPU time: ${build.growth.cpuRatio.toFixed(1)}×)`
      : 'not measured',
    met: build?.growth ? build.growth.wallRatio <= 1.2 * build.growth.articleRatio : null,
  });
  const lighthouse = data(report.lighthouse);
  for (const key of ['performance', 'accessibility'] as const) {
    goals.push({
      name: `Lighthouse ${key}`,
      goal: '≥ 95',
      value: lighthouse ? spread(lighthouse[key], plain(0)) : 'not measured',
      met: lighthouse ? lighthouse[key].median >= 95 : null,
    });
  }
  const importBuild = data(report.importBuild);
  goals.push({
    name: 'Pasted articles built in the page, to the matrix',
    goal: `≤ ${IMPORT_BUILD_BUDGET_MS / 1000} s for 50 articles`,
    value: importBuild
      ? `${spread(importBuild.buildMs)} for ${importBuild.articles} articles`
      : 'not measured',
    met: importBuild ? importBuild.buildMs.median <= IMPORT_BUILD_BUDGET_MS : null,
  });
  goals.push({
    name: 'Longest main-thread task during that build',
    goal: `none over ${LONG_TASK_MS} ms`,
    value: importBuild
      ? importBuild.longestTaskMs.max === 0
        ? `none over ${LONG_TASK_MS} ms`
        : `${spread(importBuild.longestTaskMs)}; long tasks per build ${spread(importBuild.longTasks, plain(0))}`
      : 'not measured',
    met: importBuild ? importBuild.longestTaskMs.max <= LONG_TASK_MS : null,
  });
  return goals;
}

function sectionLines<T>(
  title: string,
  section: Section<T>,
  body: (value: T) => string[],
): string[] {
  const head = `## ${title}`;
  if (section.status !== 'ok') {
    // Keep the reason short here; the JSON has it whole.
    const reason = section.reason.split('\n').filter((line) => line.trim() !== '');
    const shown = reason.slice(0, 4).join(' ') + (reason.length > 4 ? ' …' : '');
    return [head, '', `**${section.status}**: ${shown}`, ''];
  }
  return [
    head,
    '',
    ...body(section.data),
    '',
    `_Measured in ${section.seconds.toFixed(0)} s._`,
    '',
  ];
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** The report as Markdown: goals first, then every figure with its median, minimum and maximum. */
export function renderMarkdown(report: BenchReport): string {
  const mark = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**missed**');
  const lines = [
    `# Benchmark (${report.mode}${report.label ? `: ${report.label}` : ''})`,
    '',
    `${report.startedAt}, commit ${report.commit}, ${report.seconds.toFixed(0)} s. ` +
      `${report.machine.cpus} × ${report.machine.cpuModel}; Node ${report.machine.node}; ` +
      `${report.machine.chromium}; load average at start ${report.machine.loadAverage.map((n) => n.toFixed(2)).join(' ')}.`,
    '',
    'Each figure: median (minimum–maximum, number of runs). Goals are reported, never enforced.',
    '',
    '## Goals',
    '',
    ...table(
      ['what', 'goal', 'this run', ''],
      judgeGoals(report).map((g) => [g.name, g.goal, g.value, mark(g.met)]),
    ),
    '',
    ...sectionLines('1. Bundle', report.bundle, (b) => [
      `First view: **${kb(b.firstViewGzipBytes)}** gzip; all JavaScript: **${kb(b.allGzipBytes)}** gzip (gzip level 9; KB = 1,000 bytes).`,
      '',
      ...table(
        ['file', 'first view', 'bytes', 'gzip'],
        b.all.map((s) => [
          s.file,
          b.firstView.some((f) => f.file === s.file) ? 'yes' : 'later',
          kb(s.bytes),
          kb(s.gzipBytes),
        ]),
      ),
    ]),
    ...sectionLines('2. Ready time against the baseline', report.ready, (r) => [
      `From navigation to the first frame painted with the ${r.appTarget === 'banner' ? 'dashboard header (the matrix has not landed)' : 'claim matrix and its cells (role grid, gridcell)'} on screen, against a plain HTML table of the same corpus (its cells) built by the same Vite setup. The built page carries its first view prerendered, so the matrix shows before the app runs; "takes input" is when the app has taken that page over. Each load in a fresh browser context (cold cache), after one unrecorded warm-up load of each.`,
      '',
      ...table(
        ['page', 'ready', 'app ÷ baseline (median; per back-to-back pair)'],
        [
          [
            'dashboard: matrix on screen',
            spread(r.appMs),
            `${r.ratio.toFixed(2)}; ${spread(r.pairRatios, plain(2))}`,
          ],
          [
            'dashboard: matrix takes input',
            spread(r.appLiveMs),
            `${r.liveRatio.toFixed(2)}; ${spread(r.livePairRatios, plain(2))}`,
          ],
          ['baseline: table on screen', spread(r.baselineMs), ''],
        ],
      ),
      ...(r.problems.length > 0 ? ['', `Page problems: ${r.problems.join('; ')}`] : []),
    ]),
    ...sectionLines('3. Scale (generated corpora)', report.scale, (results) => [
      'Interactions: from the click to the frame painted after the last DOM change it caused (double requestAnimationFrame, so up to one frame late).',
      '',
      ...table(
        [
          'scale',
          'outlets',
          'articles',
          'claims',
          'evidence',
          'figures',
          'corpus',
          'ready',
          'outlet toggle p95',
          'outlet toggle median',
          'open cell p95',
          'open cell median',
        ],
        results.map((s) => [
          `${s.corpus.factor}×`,
          String(s.corpus.outlets),
          String(s.corpus.articles),
          String(s.corpus.claims),
          String(s.corpus.evidence),
          String(s.corpus.figures),
          kb(s.corpus.bytes),
          spread(s.readyMs),
          s.toggleOutletMs ? ms(s.toggleOutletMs.p95) : '—',
          s.toggleOutletMs ? spread(s.toggleOutletMs) : '—',
          s.openCellMs ? ms(s.openCellMs.p95) : '—',
          s.openCellMs ? spread(s.openCellMs) : '—',
        ]),
      ),
      ...results.flatMap((s) =>
        [...s.notes, ...s.problems].map((note) => `- ${s.corpus.factor}×: ${note}`),
      ),
    ]),
    ...sectionLines('4. Corpus build', report.corpusBuild, (b) => [
      '`npm run corpus -- --data DIR --out FILE` on generated article files with the real catalogue.',
      '',
      ...table(
        [
          'articles',
          'wall (command)',
          'build process',
          'CPU',
          'peak RSS',
          'output',
          'figures',
          'evidence',
          'reuse pairs',
        ],
        b.sizes.map((s) => [
          String(s.articles),
          spread(s.wallMs),
          spread(s.processMs),
          spread(s.cpuMs),
          spread(s.peakRssMb, (v) => `${v.toFixed(0)} MB`),
          kb(s.output.bytes),
          String(s.output.figures),
          String(s.output.evidence),
          String(s.output.reuse),
        ]),
      ),
    ]),
    ...sectionLines('5. Lighthouse', report.lighthouse, (l) => [
      `Lighthouse ${l.lighthouseVersion}, form factor ${l.formFactor} (its default throttling), system Chromium.`,
      '',
      ...table(
        ['score or metric', 'value'],
        [
          ['performance', spread(l.performance, plain(0))],
          ['accessibility', spread(l.accessibility, plain(0))],
          ...Object.entries(l.metrics).map(([id, summary]) => [
            id,
            spread(summary, id === 'cumulative-layout-shift' ? plain(3) : ms),
          ]),
        ],
      ),
      ...(l.failedAccessibilityAudits.length > 0
        ? ['', `Failed accessibility audits: ${l.failedAccessibilityAudits.join('; ')}`]
        : []),
    ]),
    ...sectionLines('6. Import and build in the page', report.importBuild, (b) => [
      `${b.articles} generated articles (${kb(b.pastedChars)} of text) pasted into the workbench's "Paste articles" box and added, then "Build dashboard": from that click to the first frame painted with the matrix's cells, measured in the page; a fresh browser context (empty IndexedDB) each run. Long tasks: the page's main thread (PerformanceObserver "longtask", over ${LONG_TASK_MS} ms) in the same span.`,
      '',
      ...table(
        ['what', 'value'],
        [
          ['build to the matrix', spread(b.buildMs)],
          ['longest main-thread task', spread(b.longestTaskMs)],
          ['long tasks per build', spread(b.longTasks, plain(0))],
        ],
      ),
      ...[...b.notes, ...b.problems].map((note) => `- ${note}`),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
