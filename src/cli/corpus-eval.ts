import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import { formatInputError } from '../corpus/pipeline/input-error.ts';
import { evaluate, formatEvaluation, type Evaluation } from '../corpus/eval/evaluate.ts';
import {
  evaluateProposals,
  formatProposalTable,
  type ProposalEvaluation,
} from '../corpus/eval/evaluate-proposals.ts';
import {
  chooseExamples,
  evaluateExamples,
  formatExampleTable,
  type ExampleEvaluation,
} from '../corpus/eval/evaluate-examples.ts';
import { loadInputs, type InputFiles } from '../corpus/pipeline/load-inputs.ts';
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

Both also measure the claims the machine proposes by itself: each story is built with its
claims.yaml and reviews.yaml left out, and a proposed claim covers a curated one when its evidence
overlaps the curated claim's gold evidence in two of the articles that carry it (or the one that
does); a proposal that covers none is noise. Printed per story: curated claims, covered,
proposals, noise, and the stance and hedge agreement of covering proposals' evidence with the
gold evidence of the claim each covers.

Options:
  --dev          measure the development set instead of the seed corpus
  --devset DIR   the development set's folder (default: devset)
  --data DIR     the data folder (default: data)
  --gold DIR     the gold annotation, one <article id>.yaml each (default: src/corpus/eval/gold)
  --proposals    only the claims proposed by the machine, for the seeds and every dev story
  --json         print the evaluation as JSON
  --misses       list every missed, extra or wrong item
  --help         show this help

Exits 1 when the reviewed build is not perfect (every score 1, every span verbatim) or a build fails.`;

async function readGold(
  dir: string,
  corpus: { articles: readonly { id: string; text: string }[] },
): Promise<Gold[]> {
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

/** A data folder without its curated claims and reviews: what the machine proposes by itself. */
function withoutCuration(files: InputFiles): InputFiles {
  return Object.fromEntries(
    Object.entries(files).filter(([name]) => name !== 'claims.yaml' && name !== 'reviews.yaml'),
  );
}

/** The claims one story's articles get proposed, against the gold evidence of its curated claims. */
async function measureProposals(
  files: InputFiles,
  root: string,
  goldDir: string,
): Promise<ProposalEvaluation | string> {
  const built = buildCorpus(withoutCuration(files), { autoOnly: true, root });
  if (!built.ok) {
    return `${root} failed to build without claims.yaml:\n${built.errors.map((e) => `  ${formatInputError(e)}`).join('\n')}`;
  }
  const unread = new Set(
    built.corpus.diagnostics.filter((d) => d.code === 'language-not-read').map((d) => d.articleId),
  );
  const gold = (await readGold(goldDir, built.corpus)).filter((g) => !unread.has(g.article));
  return evaluateProposals(built.corpus, gold);
}

/**
 * Claims by example on one story: its curated claims, each defined by one passage (its first gold
 * evidence) instead of cues, built without reviews, scored in the other articles. Null when the
 * story has no claims.yaml to take the claims' category, claimant and figure from.
 */
async function measureExamples(
  files: InputFiles,
  root: string,
  goldDir: string,
): Promise<ExampleEvaluation | string | null> {
  const claimsText = files['claims.yaml'];
  if (claimsText === undefined) return null;
  const loaded = loadInputs(files, { root });
  if (!loaded.ok) {
    return `${root} failed to load:\n${loaded.errors.map((e) => `  ${formatInputError(e)}`).join('\n')}`;
  }
  const articles = loaded.inputs.articles.map((a) => ({ id: a.id, text: a.text }));
  const gold = await readGold(goldDir, { articles });
  const choices = chooseExamples(gold, new Map(articles.map((a) => [a.id, a.text])));
  const byClaim = new Map(choices.map((c) => [c.claim, c]));
  const entries = (parse(claimsText) as Record<string, unknown>[]).flatMap(
    (entry): Record<string, unknown>[] => {
      const choice = byClaim.get(String(entry.id));
      if (choice === undefined) return [];
      // The claim as curated (category, claimant, figure), defined by its example alone.
      const rest = { ...entry };
      delete rest.cues;
      const quoted = {
        article: choice.article,
        quote: choice.quote,
        ...(choice.occurrence === undefined ? {} : { occurrence: choice.occurrence }),
      };
      return [{ ...rest, like: [quoted] }];
    },
  );
  const built = buildCorpus(
    {
      ...Object.fromEntries(Object.entries(files).filter(([name]) => name !== 'reviews.yaml')),
      'claims.yaml': stringify(entries),
    },
    { autoOnly: true, root },
  );
  if (!built.ok) {
    return `${root} failed to build with claims by example:\n${built.errors.map((e) => `  ${formatInputError(e)}`).join('\n')}`;
  }
  const unread = new Set(
    built.corpus.diagnostics.filter((d) => d.code === 'language-not-read').map((d) => d.articleId),
  );
  const defined = new Set(entries.map((e) => String(e.id)));
  return evaluateExamples(
    built.corpus,
    gold.filter((g) => !unread.has(g.article)),
    choices.filter((c) => defined.has(c.claim)),
  );
}

/** The dev stories whose articles are here (their texts are not in the repository). */
async function devStories(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const stories: string[] = [];
  for (const d of entries
    .filter((e) => e.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const articles = await readdir(join(root, d.name, 'articles')).catch(() => []);
    if (articles.some((n) => n.endsWith('.md'))) stories.push(d.name);
  }
  return stories;
}

interface ClaimRows {
  proposals: { story: string; evaluation: ProposalEvaluation }[];
  examples: { story: string; evaluation: ExampleEvaluation }[];
}

/** Proposal and claims-by-example scores of the given stories (`seeds` is the data folder), one row each. */
async function proposalRows(
  stories: readonly { story: string; dir: string; label: string; gold: string }[],
): Promise<ClaimRows | string> {
  const rows: ClaimRows = { proposals: [], examples: [] };
  for (const { story, dir, label, gold } of stories) {
    const data = await readDataDir(dir, label);
    if (data.errors.length > 0) return data.errors.map(formatInputError).join('\n');
    const evaluation = await measureProposals(data.files, label, gold);
    if (typeof evaluation === 'string') return evaluation;
    rows.proposals.push({ story, evaluation });
    const byExample = await measureExamples(data.files, label, gold);
    if (typeof byExample === 'string') return byExample;
    if (byExample !== null) rows.examples.push({ story, evaluation: byExample });
  }
  return rows;
}

/** Both claim tables, each followed by a blank line. */
function claimTables(rows: ClaimRows, misses: boolean): string[] {
  return [
    ...formatProposalTable(rows.proposals, { misses }),
    '',
    ...formatExampleTable(rows.examples, { misses }),
  ];
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
  const rows = await proposalRows(
    results.map((r) => ({
      story: r.story,
      dir: join(root, r.story),
      label: join(root, r.story),
      gold: join(root, r.story, 'gold'),
    })),
  );
  if (typeof rows === 'string') {
    process.stderr.write(`corpus:eval: ${rows}\n`);
    return 1;
  }
  lines.push('', ...claimTables(rows, misses));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** `--proposals`: the machine's own claims, for the seeds and every dev story whose texts are here. */
async function evaluateAllProposals(
  data: string,
  gold: string,
  devset: string,
  misses: boolean,
  json: boolean,
): Promise<number> {
  const label = data.replace(/[\\/]+$/u, '') || '.';
  const stories = [
    { story: 'seeds', dir: data, label, gold },
    ...(await devStories(devset)).map((story) => ({
      story,
      dir: join(devset, story),
      label: join(devset, story),
      gold: join(devset, story, 'gold'),
    })),
  ];
  const rows = await proposalRows(stories);
  if (typeof rows === 'string') {
    process.stderr.write(`corpus:eval: ${rows}\n`);
    return 1;
  }
  process.stdout.write(
    json
      ? `${JSON.stringify(Object.fromEntries(rows.proposals.map((r) => [r.story, r.evaluation])), null, 2)}\n`
      : `${claimTables(rows, misses).join('\n')}\n`,
  );
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
        proposals: { type: 'boolean', default: false },
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
  if (args.proposals) {
    return evaluateAllProposals(args.data, args.gold, args.devset, args.misses, args.json);
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
    const rows = await proposalRows([{ story: 'seeds', dir: args.data, label, gold: args.gold }]);
    if (typeof rows === 'string') {
      process.stderr.write(`corpus:eval: ${rows}\n`);
      return 1;
    }
    lines.push(...claimTables(rows, args.misses), '');
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
