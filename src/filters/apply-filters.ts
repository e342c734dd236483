import type { Article, Claim, Corpus, Evidence } from '../corpus/schema.ts';
import type { CellStance, Filters } from './filters.ts';

/** The part of the corpus the filters let through, shared by every view so they never disagree. */
export interface FilteredCorpus {
  articles: Article[];
  claims: Claim[];
  /** Evidence between a visible claim and a visible article. */
  evidence: Evidence[];
}

const STANCE_ORDER = { asserts: 0, attributes: 1, disputes: 2 } as const;
const ORIGIN_ORDER = { reviewed: 0, auto: 1 } as const;

/**
 * The passage a cell stands for: the strongest way the article carries the claim (in its own
 * voice, then as someone's claim, then a denial), unhedged before hedged (so a dropped hedge
 * shows), reviewed before machine-proposed, then first in the text.
 */
export function primaryEvidence<T extends Evidence>(evidence: readonly T[]): T | undefined {
  return [...evidence].sort(
    (a, b) =>
      STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] ||
      Number(a.hedged) - Number(b.hedged) ||
      ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] ||
      a.start - b.start,
  )[0];
}

/** The stance a cell shows: its primary passage's stance, or "not reported" without evidence. */
export function cellStance(evidence: readonly Evidence[]): CellStance {
  return primaryEvidence(evidence)?.stance ?? 'not-reported';
}

/**
 * Every stance an article takes on a claim: the primary passage's first, then the others in schema
 * order (an article can carry a claim and also report its denial); "not reported" alone without
 * evidence. The stance filter matches a cell when any of these is asked for.
 */
export function cellStances(evidence: readonly Evidence[]): CellStance[] {
  const primary = primaryEvidence(evidence);
  if (!primary) return ['not-reported'];
  const taken = new Set(evidence.map((e) => e.stance));
  return [
    primary.stance,
    ...(Object.keys(STANCE_ORDER) as (keyof typeof STANCE_ORDER)[]).filter(
      (s) => s !== primary.stance && taken.has(s),
    ),
  ];
}

/** A stance a cell takes besides its main one, with whose words it reports. */
export interface OtherStance {
  stance: Evidence['stance'];
  /** The first such passage's (reviewed before machine-proposed, then first in the text). */
  attributedTo: string | null;
  /** That passage is a curator's (reviewed), not the machine's proposal. */
  reviewed: boolean;
}

/**
 * The stances an article takes on a claim besides the one its main mark shows (`cellStance`), in
 * schema order, each with whose words it reports: the page's small second marks and the export's.
 */
export function otherStances(evidence: readonly Evidence[]): OtherStance[] {
  const [main, ...rest] = cellStances(evidence);
  if (main === 'not-reported') return [];
  const ordered = [...evidence].sort(
    (a, b) => ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] || a.start - b.start,
  );
  return rest.flatMap((stance) => {
    const first = ordered.find((e) => e.stance === stance);
    if (stance === 'not-reported' || !first) return [];
    return [{ stance, attributedTo: first.attributedTo, reviewed: first.origin === 'reviewed' }];
  });
}

function claimTouchesEvent(corpus: Corpus, claim: Claim, eventId: string): boolean {
  if (claim.figure?.eventId === eventId) return true;
  if (claim.figure?.eventId) return false;
  // A claim without its own event touches one when some article links a figure of it to the event.
  return corpus.evidence.some(
    (e) =>
      e.claimId === claim.id &&
      corpus.figures.some(
        (f) =>
          f.articleId === e.articleId &&
          f.eventId === eventId &&
          f.start >= e.start &&
          f.end <= e.end,
      ),
  );
}

/**
 * Applies the filters: outlets narrow the articles; claims, categories, the event and the search
 * text narrow the claims; stances keep the claims with at least one visible cell taking one of
 * them (any of its stances, not only the one its main mark shows).
 */
export function applyFilters(corpus: Corpus, filters: Filters): FilteredCorpus {
  const outlets = new Set(filters.outlets);
  const articles =
    outlets.size === 0 ? corpus.articles : corpus.articles.filter((a) => outlets.has(a.outletId));
  const articleIds = new Set(articles.map((a) => a.id));

  const evidenceByClaim = new Map<string, Evidence[]>();
  for (const e of corpus.evidence) {
    if (!articleIds.has(e.articleId)) continue;
    const list = evidenceByClaim.get(e.claimId) ?? [];
    list.push(e);
    evidenceByClaim.set(e.claimId, list);
  }

  const chosen = new Set(filters.claims);
  const categories = new Set(filters.categories);
  const stances = new Set(filters.stances);
  const query = filters.q.trim().toLocaleLowerCase();

  const claims = corpus.claims.filter((claim) => {
    if (chosen.size > 0 && !chosen.has(claim.id)) return false;
    if (categories.size > 0 && !categories.has(claim.category)) return false;
    if (filters.event !== null && !claimTouchesEvent(corpus, claim, filters.event)) return false;
    const evidence = evidenceByClaim.get(claim.id) ?? [];
    if (query !== '') {
      const haystack = [claim.statement, claim.claimant, ...evidence.map((e) => e.quote)];
      if (!haystack.some((text) => text.toLocaleLowerCase().includes(query))) return false;
    }
    if (stances.size > 0) {
      const taken = articles.flatMap((a) =>
        cellStances(evidence.filter((e) => e.articleId === a.id)),
      );
      if (!taken.some((stance) => stances.has(stance))) return false;
    }
    return true;
  });

  const claimIds = new Set(claims.map((c) => c.id));
  const evidence = claims
    .flatMap((c) => evidenceByClaim.get(c.id) ?? [])
    .filter((e) => claimIds.has(e.claimId));
  return { articles, claims, evidence };
}
