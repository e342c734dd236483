// `npm run bench`: builds the app and measures it. `--smoke` runs the smallest size once (for CI);
// `--only=bundle,ready,scale,build,lighthouse,import` runs some sections; `--label=NAME` names the
// run.
// Figures are reported, never enforced: the exit code is non-zero only when the harness broke.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { buildApp, buildBaseline, ROOT, run, serve, type Served } from './app-server.ts';
import { renderMarkdown, judgeGoals, type BenchReport, type Section } from './bench-report.ts';
import { detectAppTarget, launchBrowser, openReady, type ReadyTarget } from './browser-session.ts';
import { measureBundle } from './bundle-size.ts';
import { ImportUnavailable, measureImport } from './measure-import.ts';
import { hasCorpusScript, measureCorpusBuild } from './measure-corpus-build.ts';
import { measureLighthouse } from './measure-lighthouse.ts';
import { measureReady } from './measure-ready.ts';
import { measureScale, scaleCorpus, type ScaleResult } from './measure-scale.ts';
import { readCatalogue } from './synthetic-data-files.ts';

const SECTIONS = ['bundle', 'ready', 'scale', 'build', 'lighthouse', 'import'] as const;
type SectionName = (typeof SECTIONS)[number];

const DIST_DIR = 'dist-bench';
const BASELINE_DIR = 'dist-bench-baseline';
const APP_PORT = Number(process.env.BENCH_PORT ?? 4351);
const BASELINE_PORT = APP_PORT + 1;

interface Plan {
  readyRepetitions: number;
  scaleFactors: number[];
  scaleLoads: number;
  toggles: number;
  cellOpens: number;
  buildSizes: number[];
  buildRepetitions: number;
  lighthouseRuns: number;
  /** Articles pasted into the workbench and built in the page, and how many times. */
  importArticles: number;
  importRepetitions: number;
}

const PLANS: Record<BenchReport['mode'], Plan> = {
  smoke: {
    readyRepetitions: 1,
    scaleFactors: [1],
    scaleLoads: 1,
    toggles: 2,
    cellOpens: 2,
    buildSizes: [100],
    buildRepetitions: 1,
    lighthouseRuns: 1,
    importArticles: 5,
    importRepetitions: 1,
  },
  full: {
    readyRepetitions: 9,
    scaleFactors: [1, 10, 100],
    scaleLoads: 5,
    toggles: 40,
    cellOpens: 20,
    buildSizes: [100, 1000],
    buildRepetitions: 3,
    lighthouseRuns: 3,
    importArticles: 50,
    importRepetitions: 7,
  },
};

function parseArgs(argv: readonly string[]) {
  const value = (name: string) =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only')?.split(',');
  const unknown = only?.filter((name) => !(SECTIONS as readonly string[]).includes(name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `--only names unknown sections: ${unknown.join(', ')} (known: ${SECTIONS.join(', ')})`,
    );
  }
  return {
    mode: argv.includes('--smoke') ? ('smoke' as const) : ('full' as const),
    only: new Set<SectionName>((only as SectionName[] | undefined) ?? SECTIONS),
    label: value('label') ?? null,
  };
}

const skipped = (reason: string): Section<never> => ({ status: 'skipped', seconds: 0, reason });

/** A section's subject does not exist yet (the corpus build before it lands): not an error. */
class Skip {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

async function section<T>(
  name: string,
  wanted: boolean,
  measure: () => Promise<T | Skip>,
): Promise<Section<T>> {
  if (!wanted) return skipped('not asked for (--only)');
  const started = performance.now();
  console.log(`bench: ${name}…`);
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const result = await measure();
    if (result instanceof Skip)
      return { status: 'skipped', seconds: seconds(), reason: result.reason };
    return { status: 'ok', seconds: seconds(), data: result };
  } catch (error) {
    console.error(`bench: ${name} failed:`, error);
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'error', seconds: seconds(), reason };
  }
}

async function gitCommit(): Promise<string> {
  try {
    const commit = (await run('git', ['rev-parse', '--short', 'HEAD'])).trim();
    const dirty = (await run('git', ['status', '--porcelain', '--untracked-files=no'])).trim();
    return dirty === '' ? commit : `${commit} + uncommitted changes`;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const { mode, only, label } = parseArgs(process.argv.slice(2));
  const plan = PLANS[mode];
  const startedAt = new Date();
  const started = performance.now();
  const loadAverage = loadavg();

  console.log(`bench: building the app into ${DIST_DIR} and the baseline into ${BASELINE_DIR}…`);
  await buildApp(DIST_DIR);
  const needsBrowser =
    only.has('ready') || only.has('scale') || only.has('lighthouse') || only.has('import');
  if (only.has('ready')) await buildBaseline(BASELINE_DIR, DIST_DIR);

  const servers: Served[] = [];
  let browser: Browser | null = null;
  try {
    const app = await serve(DIST_DIR, APP_PORT);
    servers.push(app);
    if (needsBrowser) browser = await launchBrowser();
    const chromium = browser ? `Chromium ${browser.version()}` : 'Chromium (not started)';
    let target: ReadyTarget = 'banner';
    if (browser) target = await detectAppTarget(browser, app.url, scaleCorpus(1).json);

    // Timing an error panel would be meaningless: check once that the built corpus loads.
    const appProblem = browser
      ? await openReady(browser, { url: app.url, target: 'banner' }).then(
          async (ready) => {
            await ready.context.close();
            return null;
          },
          (error: unknown) =>
            `the app does not load its built corpus: ${error instanceof Error ? error.message : String(error)}`,
        )
      : null;

    const bundle = await section('bundle', only.has('bundle'), () =>
      measureBundle(join(ROOT, DIST_DIR)),
    );

    const ready = await section('ready time against the baseline', only.has('ready'), async () => {
      if (!browser) throw new Error('no browser');
      if (appProblem !== null) throw new Error(appProblem);
      const baseline = await serve(BASELINE_DIR, BASELINE_PORT);
      servers.push(baseline);
      return measureReady(browser, {
        appUrl: app.url,
        appTarget: target,
        baselineUrl: baseline.url,
        repetitions: plan.readyRepetitions,
      });
    });

    const scale = await section<ScaleResult[]>('scale', only.has('scale'), async () => {
      if (!browser) throw new Error('no browser');
      const results: ScaleResult[] = [];
      for (const factor of plan.scaleFactors) {
        console.log(`bench: scale ${factor}×…`);
        const result = await measureScale(browser, {
          url: app.url,
          target,
          factor,
          loads: plan.scaleLoads,
          toggles: plan.toggles,
          cellOpens: plan.cellOpens,
        });
        results.push(result);
      }
      return results;
    });

    const corpusBuild = await section('corpus build', only.has('build'), async () => {
      if (!(await hasCorpusScript())) return new Skip('no `npm run corpus` yet');
      if (!existsSync(join(ROOT, 'data/claims.yaml'))) return new Skip('no data/claims.yaml yet');
      return measureCorpusBuild(join(ROOT, 'data'), plan.buildSizes, plan.buildRepetitions);
    });

    const lighthouse = await section('lighthouse', only.has('lighthouse'), () => {
      if (appProblem !== null) throw new Error(appProblem);
      return measureLighthouse(app.url, plan.lighthouseRuns);
    });

    const importBuild = await section(
      'import and build in the page',
      only.has('import'),
      async () => {
        if (!browser) throw new Error('no browser');
        if (appProblem !== null) throw new Error(appProblem);
        const measured = await measureImport(browser, {
          url: app.url,
          articles: plan.importArticles,
          repetitions: plan.importRepetitions,
          catalogue: await readCatalogue(join(ROOT, 'data')),
        });
        return measured instanceof ImportUnavailable
          ? new Skip(`not available yet: ${measured.reason}`)
          : measured;
      },
    );

    const report: BenchReport = {
      mode,
      label,
      startedAt: startedAt.toISOString(),
      seconds: (performance.now() - started) / 1000,
      commit: await gitCommit(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        chromium,
        loadAverage,
      },
      bundle,
      ready,
      scale,
      corpusBuild,
      lighthouse,
      importBuild,
    };
    const markdown = renderMarkdown(report);
    const dir = join(ROOT, 'bench-results');
    await mkdir(dir, { recursive: true });
    const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
    const name = `${stamp}-${mode}${label ? `-${label.replace(/[^\w-]+/g, '-')}` : ''}`;
    for (const base of [name, 'latest']) {
      await writeFile(join(dir, `${base}.json`), `${JSON.stringify(report, null, 2)}\n`);
      await writeFile(join(dir, `${base}.md`), markdown);
    }
    console.log(`\n${markdown}`);
    console.log(`bench: wrote bench-results/${name}.{json,md} and bench-results/latest.{json,md}`);

    // Once the matrix exists, an interaction the harness cannot perform is a broken harness; the
    // figures it did take are still in the report.
    const unmeasured =
      target === 'live' && scale.status === 'ok' && scale.data.some((s) => s.notes.length > 0);
    if (unmeasured)
      console.error('bench: some interactions could not be measured (see scale notes)');
    const broken = SECTIONS.filter(
      (_, i) => [bundle, ready, scale, corpusBuild, lighthouse, importBuild][i]?.status === 'error',
    );
    const missed = judgeGoals(report).filter((goal) => goal.met === false).length;
    console.log(`bench: ${missed} goal(s) missed (reported, not enforced).`);
    if (broken.length > 0 || unmeasured) {
      console.error(
        `bench: the harness broke in: ${[...broken, ...(unmeasured ? ['scale interactions'] : [])].join(', ')}`,
      );
      return 1;
    }
    return 0;
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench: the harness itself failed:', error);
    process.exit(1);
  },
);
