import type { Corpus, Evidence } from '../schema.ts';
import type { Gold } from './load-gold.ts';

/**
 * Measures claims by example (`like` in `claims.yaml`): each gold claim is defined by one passage,
 * the first of its gold evidence in article order, and the machine's evidence for it in the other
 * articles is scored against the gold evidence there. Recall: of the other articles' gold evidence,
 * the share some found sentence overlaps. Precision: of the sentences found in the other
 * articles, the share that overlaps gold evidence of the claim; the rest are extra links.
 */

/** The passage that defines one claim, as a `like` entry quotes it. */
export interface ExampleChoice {
  claim: string;
  article: string;
  quote: string;
  /** Set when the words recur in the article before this passage. */
  occurrence?: number;
}

export interface ExampleEvaluation {
  /** Claims with gold evidence in at least one article besides the example's. */
  claims: number;
  /** Gold evidence in the other articles, and how much of it was found. */
  gold: number;
  found: number;
  /** Evidence the machine linked in the other articles, and how much of it is extra. */
  linked: number;
  extra: number;
  recall: number;
  precision: number;
  /** Of the found gold evidence, the share whose stance and hedge agree. */
  stance: number;
  hedge: number;
  misses: string[];
}

interface SpanLike {
  articleId: string;
  start: number;
  end: number;
}

const overlaps = (a: SpanLike, b: SpanLike) =>
  a.articleId === b.articleId && a.start < b.end && b.start < a.end;

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}

/** One example per gold claim: its first gold evidence, in article order, quoted from its article. */
export function chooseExamples(
  golds: readonly Gold[],
  texts: ReadonlyMap<string, string>,
): ExampleChoice[] {
  const chosen = new Map<string, ExampleChoice>();
  const sorted = [...golds].sort((a, b) => (a.article < b.article ? -1 : 1));
  for (const g of sorted)
    for (const e of [...g.evidence].sort((x, y) => x.start - y.start)) {
      if (chosen.has(e.claim)) continue;
      const text = texts.get(g.article) ?? '';
      let before = 0;
      for (
        let at = text.indexOf(e.quote);
        at >= 0 && at < e.start;
        at = text.indexOf(e.quote, at + 1)
      )
        before += 1;
      const repeated = text.indexOf(e.quote, text.indexOf(e.quote) + 1) >= 0;
      chosen.set(e.claim, {
        claim: e.claim,
        article: g.article,
        quote: e.quote,
        ...(repeated ? { occurrence: before + 1 } : {}),
      });
    }
  return [...chosen.values()].sort((a, b) => (a.claim < b.claim ? -1 : 1));
}

/** Scores the evidence of claims defined by the given examples against the gold, outside each example's article. */
export function evaluateExamples(
  corpus: Corpus,
  golds: readonly Gold[],
  choices: readonly ExampleChoice[],
): ExampleEvaluation {
  const inGold = new Set(golds.map((g) => g.article));
  const misses: string[] = [];
  let claims = 0;
  let gold = 0;
  let found = 0;
  let linked = 0;
  let extra = 0;
  let stanceAgree = 0;
  let hedgeAgree = 0;
  for (const choice of choices) {
    const other = (articleId: string) => articleId !== choice.article && inGold.has(articleId);
    const goldOf = golds.flatMap((g) =>
      other(g.article)
        ? g.evidence
            .filter((e) => e.claim === choice.claim)
            .map((e) => ({ ...e, articleId: g.article }))
        : [],
    );
    const machine: Evidence[] = corpus.evidence.filter(
      (e) => e.claimId === choice.claim && other(e.articleId),
    );
    if (goldOf.length > 0) claims += 1;
    gold += goldOf.length;
    for (const g of goldOf) {
      const hit = machine.find((e) => overlaps(e, g));
      if (hit === undefined) {
        misses.push(`missed  ${g.articleId} [${choice.claim}] "${clip(g.quote)}"`);
        continue;
      }
      found += 1;
      if (hit.stance === g.stance) stanceAgree += 1;
      else
        misses.push(
          `stance  ${g.articleId} [${choice.claim}] "${clip(g.quote)}": ${hit.stance} (gold ${g.stance})`,
        );
      if (hit.hedged === g.hedged) hedgeAgree += 1;
      else
        misses.push(
          `hedge   ${g.articleId} [${choice.claim}] "${clip(g.quote)}": ${String(hit.hedged)} (gold ${String(g.hedged)})`,
        );
    }
    linked += machine.length;
    for (const e of machine) {
      if (goldOf.some((g) => overlaps(e, g))) continue;
      extra += 1;
      misses.push(`extra   ${e.articleId} [${choice.claim}] "${clip(e.quote)}"`);
    }
  }
  return {
    claims,
    gold,
    found,
    linked,
    extra,
    recall: gold === 0 ? 1 : found / gold,
    precision: linked === 0 ? 1 : (linked - extra) / linked,
    stance: found === 0 ? 1 : stanceAgree / found,
    hedge: found === 0 ? 1 : hedgeAgree / found,
    misses: misses.sort(),
  };
}

/** The example scores of several stories as a fixed-width table, one row each. */
export function formatExampleTable(
  rows: readonly { story: string; evaluation: ExampleEvaluation }[],
  options: { misses?: boolean } = {},
): string[] {
  const share = (n: number) => n.toFixed(3);
  const lines = [
    'claims by example (each gold claim defined by one passage, its first gold evidence; scored in the other articles)',
    `  ${'story'.padEnd(18)} ${'claims'.padStart(6)} ${'gold'.padStart(5)} ${'found'.padStart(5)} ${'recall'.padStart(6)} ${'linked'.padStart(6)} ${'extra'.padStart(5)} ${'prec.'.padStart(6)} ${'stance'.padStart(6)} ${'hedge'.padStart(6)}`,
  ];
  for (const { story, evaluation: e } of rows) {
    lines.push(
      `  ${story.padEnd(18)} ${String(e.claims).padStart(6)} ${String(e.gold).padStart(5)} ${String(e.found).padStart(5)} ${share(e.recall).padStart(6)} ${String(e.linked).padStart(6)} ${String(e.extra).padStart(5)} ${share(e.precision).padStart(6)} ${share(e.stance).padStart(6)} ${share(e.hedge).padStart(6)}`,
    );
    if (options.misses) lines.push(...e.misses.map((m) => `    ${m}`));
  }
  return lines;
}
