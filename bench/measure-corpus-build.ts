import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, run } from './app-server.ts';
import { summarize, type Summary } from './stats.ts';
import { readCatalogue, syntheticDataFiles, writeDataFolder } from './synthetic-data-files.ts';

/** One size of the corpus build: time and peak memory of `npm run corpus` on generated files. */
export interface CorpusBuildSize {
  articles: number;
  /** The whole command, as a user runs it (npm and tsx start-up included), in ms. */
  wallMs: Summary;
  /** The build process alone: from its start to its exit, in ms. */
  processMs: Summary;
  /** CPU time (user + system) of the build process, in ms. */
  cpuMs: Summary;
  /** Peak resident memory of the build process (the largest of the processes the command ran), MB. */
  peakRssMb: Summary;
  /** What the build wrote, to see that the output grows as the input does. */
  output: { bytes: number; figures: number; evidence: number; reuse: number; diagnostics: number };
}

export interface CorpusBuildResult {
  sizes: CorpusBuildSize[];
  /** Medians of the largest size over the smallest: wall time (the goal), and CPU time, which other load on the machine disturbs less. */
  growth: {
    articleRatio: number;
    wallRatio: number;
    processRatio: number;
    cpuRatio: number;
  } | null;
}

// Preloaded into every Node process the command starts (npm, tsx, the build): each reports its
// own resource use on exit, so the peak memory of the build itself is known whatever runs it.
const RUSAGE_REPORTER = `import { writeFileSync } from 'node:fs';
const dir = process.env.BENCH_RUSAGE_DIR;
process.on('exit', () => {
  if (!dir) return;
  const usage = process.resourceUsage();
  writeFileSync(dir + '/' + process.pid + '.json', JSON.stringify({
    argv: process.argv.slice(1).join(' '),
    maxRssKb: usage.maxRSS,
    cpuMicros: usage.userCPUTime + usage.systemCPUTime,
    uptimeMs: process.uptime() * 1000,
  }));
});
`;

interface ProcessUsage {
  argv: string;
  maxRssKb: number;
  cpuMicros: number;
  uptimeMs: number;
}

async function readUsages(dir: string): Promise<ProcessUsage[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as ProcessUsage),
  );
}

function count(corpus: unknown, key: string): number {
  const value = (corpus as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.length : 0;
}

/** True when package.json has a `corpus` script: the corpus build exists. */
export async function hasCorpusScript(): Promise<boolean> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return typeof pkg.scripts?.corpus === 'string';
}

/**
 * Writes a synthetic data folder per size (catalogue copied from `dataDir`) and times
 * `npm run corpus -- --data DIR --out FILE` on it `repetitions` times.
 */
export async function measureCorpusBuild(
  dataDir: string,
  sizes: readonly number[],
  repetitions: number,
): Promise<CorpusBuildResult> {
  const catalogue = await readCatalogue(dataDir);
  const work = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
  try {
    const reporter = join(work, 'rusage-reporter.mjs');
    await writeFile(reporter, RUSAGE_REPORTER);
    const results: CorpusBuildSize[] = [];
    for (const articles of sizes) {
      const data = join(work, `data-${articles}`);
      await writeDataFolder(data, syntheticDataFiles({ articles, seed: 2015, catalogue }));
      const out = join(work, `corpus-${articles}.json`);
      const wall: number[] = [];
      const processMs: number[] = [];
      const cpu: number[] = [];
      const rss: number[] = [];
      for (let i = 0; i < repetitions; i++) {
        const usageDir = await mkdtemp(join(work, 'rusage-'));
        const started = performance.now();
        await run('npm', ['run', 'corpus', '--', '--data', data, '--out', out], {
          BENCH_RUSAGE_DIR: usageDir,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(reporter).href}`,
        });
        wall.push(performance.now() - started);
        const usages = await readUsages(usageDir);
        const build = usages.reduce<ProcessUsage | null>(
          (top, usage) => (top === null || usage.maxRssKb > top.maxRssKb ? usage : top),
          null,
        );
        if (build === null) throw new Error('no process reported its resource use');
        processMs.push(build.uptimeMs);
        cpu.push(build.cpuMicros / 1000);
        rss.push(build.maxRssKb / 1024);
      }
      const text = await readFile(out, 'utf8');
      const corpus: unknown = JSON.parse(text);
      results.push({
        articles,
        wallMs: summarize(wall),
        processMs: summarize(processMs),
        cpuMs: summarize(cpu),
        peakRssMb: summarize(rss),
        output: {
          bytes: Buffer.byteLength(text),
          figures: count(corpus, 'figures'),
          evidence: count(corpus, 'evidence'),
          reuse: count(corpus, 'reuse'),
          diagnostics: count(corpus, 'diagnostics'),
        },
      });
    }
    const first = results[0];
    const last = results[results.length - 1];
    return {
      sizes: results,
      growth:
        first && last && last !== first
          ? {
              articleRatio: last.articles / first.articles,
              wallRatio: last.wallMs.median / first.wallMs.median,
              processRatio: last.processMs.median / first.processMs.median,
              cpuRatio: last.cpuMs.median / first.cpuMs.median,
            }
          : null,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
