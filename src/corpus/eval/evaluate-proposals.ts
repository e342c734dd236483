import type { Corpus, Evidence } from '../schema.ts';
import type { Gold } from './load-gold.ts';

/**
 * Measures the claims the machine proposed (`origin: auto`) against a gold annotation's curated
 * claims. A proposed claim covers a curated one when its evidence overlaps the curated claim's
 * gold evidence in at least two of the articles that carry it (or in the one article that does);
 * a proposal that covers none is noise.
 */

export interface Agreement {
  /** Evidence of a covering proposal that overlaps gold evidence of the claim it covers. */
  compared: number;
  agree: number;
}

/** How one proposal fares: what it covers, and its evidence's stance and hedge against the gold. */
export interface ProposalCoverage {
  claimId: string;
  /** Curated claims it covers, best first. */
  covers: string[];
}

export interface ProposalEvaluation {
  /** Curated claims with gold evidence: what can be covered. */
  curated: string[];
  covered: string[];
  /** Curated claims no proposal covers. */
  missed: string[];
  proposals: ProposalCoverage[];
  /** Proposals that cover no curated claim. */
  noise: string[];
  /** Share of proposals that are noise (0 when there are none). */
  noiseShare: number;
  /** Share of curated claims covered (1 when there are none). */
  coverage: number;
  /** Stance of covering proposals' evidence, against the gold evidence of the claim each covers best. */
  stance: Agreement;
  hedge: Agreement;
  /** What went wrong, one line each. */
  misses: string[];
}

interface SpanLike {
  articleId: string;
  start: number;
  end: number;
}

const overlap = (a: SpanLike, b: SpanLike) =>
  a.articleId === b.articleId ? Math.min(a.end, b.end) - Math.max(a.start, b.start) : 0;

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}

/** Scores the corpus's proposed claims against the gold evidence of the curated claims. */
export function evaluateProposals(corpus: Corpus, golds: readonly Gold[]): ProposalEvaluation {
  const inGold = new Set(golds.map((g) => g.article));
  const goldEvidence = golds.flatMap((g) =>
    g.evidence.map((e) => ({ ...e, articleId: g.article })),
  );
  const byClaim = new Map<string, typeof goldEvidence>();
  for (const e of goldEvidence) {
    const list = byClaim.get(e.claim);
    if (list === undefined) byClaim.set(e.claim, [e]);
    else list.push(e);
  }
  const curated = [...byClaim.keys()].sort();

  const proposed = corpus.claims.filter((c) => c.origin === 'auto');
  const evidenceOf = new Map<string, Evidence[]>();
  for (const e of corpus.evidence) {
    if (!inGold.has(e.articleId)) continue;
    const list = evidenceOf.get(e.claimId);
    if (list === undefined) evidenceOf.set(e.claimId, [e]);
    else list.push(e);
  }

  /** In how many of the articles that carry `claim` the proposal's evidence overlaps its gold evidence. */
  const hits = (evidence: readonly Evidence[], claim: string) => {
    const gold = byClaim.get(claim) ?? [];
    const articles = new Set(gold.map((g) => g.articleId));
    const hit = new Set(
      evidence.filter((e) => gold.some((g) => overlap(e, g) > 0)).map((e) => e.articleId),
    );
    return { hit: hit.size, need: Math.min(2, articles.size) };
  };

  const stance: Agreement = { compared: 0, agree: 0 };
  const hedge: Agreement = { compared: 0, agree: 0 };
  const misses: string[] = [];
  const proposals: ProposalCoverage[] = proposed.map((claim) => {
    const evidence = evidenceOf.get(claim.id) ?? [];
    const scored = curated
      .map((c) => ({ c, ...hits(evidence, c) }))
      .filter((s) => s.hit >= s.need && s.need > 0)
      .sort((a, b) => b.hit - a.hit || (a.c < b.c ? -1 : 1));
    const best = scored[0]?.c;
    if (best !== undefined) {
      const gold = byClaim.get(best) ?? [];
      for (const e of evidence) {
        const g = [...gold]
          .filter((x) => overlap(e, x) > 0)
          .sort((x, y) => overlap(e, y) - overlap(e, x))[0];
        if (g === undefined) continue;
        stance.compared += 1;
        hedge.compared += 1;
        if (g.stance === e.stance) stance.agree += 1;
        else
          misses.push(
            `${e.articleId} stance "${clip(e.quote)}" [${claim.id} ~ ${best}]: ${e.stance} (gold ${g.stance})`,
          );
        if (g.hedged === e.hedged) hedge.agree += 1;
        else
          misses.push(
            `${e.articleId} hedge  "${clip(e.quote)}" [${claim.id} ~ ${best}]: ${String(e.hedged)} (gold ${String(g.hedged)})`,
          );
      }
    } else {
      misses.push(`noise   ${claim.id} (${evidence.length} articles): "${clip(claim.statement)}"`);
    }
    return { claimId: claim.id, covers: scored.map((s) => s.c) };
  });
  const coveredSet = new Set(proposals.flatMap((p) => p.covers));
  const covered = curated.filter((c) => coveredSet.has(c));
  const missed = curated.filter((c) => !coveredSet.has(c));
  for (const c of missed) {
    const articles = new Set((byClaim.get(c) ?? []).map((g) => g.articleId));
    misses.push(`missed  ${c} (carried by ${articles.size} articles)`);
  }
  const noise = proposals.filter((p) => p.covers.length === 0).map((p) => p.claimId);
  return {
    curated,
    covered,
    missed,
    proposals,
    noise,
    noiseShare: proposals.length === 0 ? 0 : noise.length / proposals.length,
    coverage: curated.length === 0 ? 1 : covered.length / curated.length,
    stance,
    hedge,
    misses: misses.sort(),
  };
}

/** The proposal scores of several stories as a fixed-width table, one row each. */
export function formatProposalTable(
  rows: readonly { story: string; evaluation: ProposalEvaluation }[],
  options: { misses?: boolean } = {},
): string[] {
  const pct = (n: number) => `${(n * 100).toFixed(0)} %`;
  const share = (a: Agreement) => (a.compared === 0 ? '-' : (a.agree / a.compared).toFixed(3));
  const lines = [
    'claims proposed by the machine (no claims.yaml, no reviews.yaml): goal ≥ 80 % covered, ≤ 30 % noise',
    `  ${'story'.padEnd(18)} ${'curated'.padStart(7)} ${'covered'.padStart(7)} ${'cov %'.padStart(6)} ${'proposals'.padStart(9)} ${'noise'.padStart(5)} ${'noise %'.padStart(7)} ${'stance'.padStart(6)} ${'hedge'.padStart(6)}  missed`,
  ];
  for (const { story, evaluation: e } of rows) {
    lines.push(
      `  ${story.padEnd(18)} ${String(e.curated.length).padStart(7)} ${String(e.covered.length).padStart(7)} ${pct(e.coverage).padStart(6)} ${String(e.proposals.length).padStart(9)} ${String(e.noise.length).padStart(5)} ${pct(e.noiseShare).padStart(7)} ${share(e.stance).padStart(6)} ${share(e.hedge).padStart(6)}  ${e.missed.join(', ') || '-'}`,
    );
    if (options.misses) lines.push(...e.misses.map((m) => `    ${m}`));
  }
  return lines;
}
