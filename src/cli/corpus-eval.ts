import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import { formatInputError } from '../corpus/pipeline/input-error.ts';
import type { Corpus } from '../corpus/schema.ts';
import { evaluate, formatEvaluation, type Evaluation } from '../corpus/eval/evaluate.ts';
import { loadGold, type Gold } from '../corpus/eval/load-gold.ts';
import { readDataDir } from './read-data-dir.ts';
import { runCli } from './run-cli.ts';

const USAGE = `Measures the corpus build against the gold annotation.

Usage: npm run corpus:eval -- [options]

Builds the data folder twice in memory, with --auto-only (the machine alone) and with reviews,
and prints precision and recall of each against the gold: figures (low, high, group, event),
dates (value), quotes (speaker), claim evidence (claim) and stance (claim, stance). Items match
when their spans overlap.

With --dev, builds each story of the development set (devset/<story>/, articles kept out of the
repository: each story's sources.yaml says where to find them again) with --auto-only, and prints
per story: figures (low, high, qualifier, group), roles, dates (value), boilerplate set aside
(furn, by characters), claim evidence (claim) and stance agreement where the story has a
claims catalogue, and spans not verbatim.

Options:
  --dev          measure the development set instead of the seed corpus
  --devset DIR   the development set's folder (default: devset)
  --data DIR     the data folder (default: data)
  --gold DIR     the gold annotation, one <article id>.yaml each (default: src/corpus/eval/gold)
  --json         print the evaluation as JSON
  --misses       list every missed, extra or wrong item
  --help         show this help

Exits 1 when the reviewed build is not perfect (every score 1, every span verbatim) or a build fails.`;

async function readGold(dir: string, corpus: Corpus): Promise<Gold[]> {
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const id = name.replace(/\.yaml$/u, '');
      const text = texts.get(id);
      if (text === undefined)
        throw new Error(`${join(dir, name)}: no article "${id}" in the corpus`);
      return loadGold(await readFile(join(dir, name), 'utf8'), text);
    }),
  );
}

interface StoryResult {
  story: string;
  articles: number;
  evaluation: Evaluation;
  /** Of the figures matched with the right value and group, the share linked to the gold's event. */
  eventAccuracy: number;
  /** Articles the machine could not read, from the build's diagnostics. */
  unread: string[];
}

/** The development set, story by story: the machine alone against each story's gold. */
async function evaluateDevset(root: string, misses: boolean, json: boolean): Promise<number> {
  const stories = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const results: StoryResult[] = [];
  for (const story of stories) {
    const dir = join(root, story);
    const data = await readDataDir(dir, dir);
    if (!Object.keys(data.files).some((f) => f.startsWith('articles/'))) {
      process.stderr.write(
        `corpus:eval: ${dir}: no articles/ here (they are not in the repository: ${dir}/sources.yaml says where each is); skipped\n`,
      );
      continue;
    }
    if (data.errors.length > 0) {
      process.stderr.write(`${data.errors.map(formatInputError).join('\n')}\n`);
      return 1;
    }
    const built = buildCorpus(data.files, { autoOnly: true, root: dir });
    if (!built.ok) {
      process.stderr.write(
        `corpus:eval: ${dir} failed to build:\n${built.errors.map((e) => `  ${formatInputError(e)}`).join('\n')}\n`,
      );
      return 1;
    }
    const unread = built.corpus.diagnostics
      .filter((d) => d.code === 'language-not-read')
      .map((d) => d.articleId ?? '');
    // An article the machine says it cannot read is listed as unread, not scored as read.
    const gold = (await readGold(join(dir, 'gold'), built.corpus)).filter(
      (g) => !unread.includes(g.article),
    );
    const evaluation = evaluate(built.corpus, gold, 'low, high, qualifier, group');
    const withEvents = evaluate(built.corpus, gold, 'low, high, group, event');
    const byValue = evaluation.scores.find((k) => k.kind === 'figures');
    const byEvent = withEvents.scores.find((k) => k.kind === 'figures');
    results.push({
      story,
      articles: built.corpus.articles.length,
      evaluation,
      eventAccuracy:
        byValue && byEvent && byValue.correct > 0
          ? Math.min(1, byEvent.correct / byValue.correct)
          : 1,
      unread,
    });
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return 0;
  }
  const pct = (n: number) => n.toFixed(3);
  const get = (r: StoryResult, kind: string) => r.evaluation.scores.find((s) => s.kind === kind);
  const lines = [
    'development set, machine alone (--auto-only); figures compare low, high, qualifier, group',
    `  ${'story'.padEnd(18)} ${'arts'.padStart(4)} ${'fig gold'.padStart(8)} ${'fig P'.padStart(6)} ${'fig R'.padStart(6)} ${'role acc'.padStart(8)} ${'event'.padStart(6)} ${'date P'.padStart(6)} ${'date R'.padStart(6)} ${'furn P'.padStart(6)} ${'furn R'.padStart(6)} ${'evid P'.padStart(6)} ${'evid R'.padStart(6)} ${'stance'.padStart(6)} ${'off'.padStart(4)}  unread`,
  ];
  for (const r of results) {
    const figures = get(r, 'figures');
    const roles = get(r, 'roles');
    const dates = get(r, 'dates');
    const evidence = get(r, 'evidence');
    const stance = get(r, 'stance');
    if (!figures || !roles || !dates || !evidence || !stance) continue;
    // Stance agreement: of the evidence found for the right claim, the share with the gold's stance.
    const noClaims = evidence.gold === 0 && evidence.predicted === 0;
    const claimCell = (n: number) => (noClaims ? '-' : pct(n)).padStart(6);
    const stanceAgreement = stance.matched === 0 ? 1 : stance.correct / stance.matched;
    // Role accuracy: of the figures matched by span, the share whose role agrees.
    const roleAccuracy = roles.matched === 0 ? 1 : roles.correct / roles.matched;
    lines.push(
      `  ${r.story.padEnd(18)} ${String(r.articles).padStart(4)} ${String(figures.gold).padStart(8)} ${pct(figures.precision).padStart(6)} ${pct(figures.recall).padStart(6)} ${pct(roleAccuracy).padStart(8)} ${pct(r.eventAccuracy).padStart(6)} ${pct(dates.precision).padStart(6)} ${pct(dates.recall).padStart(6)} ${pct(r.evaluation.boilerplate.precision).padStart(6)} ${pct(r.evaluation.boilerplate.recall).padStart(6)} ${claimCell(evidence.precision)} ${claimCell(evidence.recall)} ${claimCell(stanceAgreement)} ${String(r.evaluation.notVerbatim.length).padStart(4)}  ${r.unread.join(', ') || '-'}`,
    );
    if (misses) {
      for (const s of r.evaluation.scores)
        if (s.kind !== 'quotes') lines.push(...s.misses.map((m) => `    ${s.kind}: ${m}`));
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        gold: { type: 'string', default: 'src/corpus/eval/gold' },
        json: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        dev: { type: 'boolean', default: false },
        devset: { type: 'string', default: 'devset' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(
      `corpus:eval: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`,
    );
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.dev) return evaluateDevset(args.devset, args.misses, args.json);
  // Messages name the folder as the user wrote it.
  const label = args.data.replace(/[\\/]+$/u, '') || '.';
  const data = await readDataDir(args.data, label);
  if (data.errors.length > 0) {
    process.stderr.write(`${data.errors.map(formatInputError).join('\n')}\n`);
    return 1;
  }
  const results: { name: string; evaluation: Evaluation }[] = [];
  for (const [name, autoOnly] of [
    ['auto-only build', true],
    ['reviewed build', false],
  ] as const) {
    const built = buildCorpus(data.files, { autoOnly, root: label });
    if (!built.ok) {
      process.stderr.write(
        `corpus:eval: the ${name} failed:\n${built.errors.map((e) => `  ${formatInputError(e)}`).join('\n')}\n`,
      );
      return 1;
    }
    const gold = await readGold(args.gold, built.corpus);
    results.push({ name, evaluation: evaluate(built.corpus, gold) });
  }

  if (args.json) {
    process.stdout.write(
      `${JSON.stringify(Object.fromEntries(results.map((r) => [r.name, r.evaluation])), null, 2)}\n`,
    );
  } else {
    const lines = results.flatMap(({ name, evaluation }) => [
      ...formatEvaluation(name, evaluation),
      ...(args.misses
        ? evaluation.scores.flatMap((s) => s.misses.map((m) => `    ${s.kind}: ${m}`))
        : []),
      '',
    ]);
    process.stdout.write(`${lines.join('\n')}`);
  }
  const reviewed = results.find((r) => r.name === 'reviewed build')?.evaluation;
  if (reviewed !== undefined && !reviewed.perfect) {
    process.stderr.write(
      'corpus:eval: the reviewed build does not match the gold in every cell (run with --misses).\n',
    );
    return 1;
  }
  return 0;
}

runCli('corpus:eval', main);
