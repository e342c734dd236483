import type { Evidence, Figure } from '../../corpus/schema.ts';
import { figureRange, figureWords, sameAmount } from '../../wording/figure-wording.ts';

/**
 * How well a claim is sourced in the corpus, in the spirit of casualty recorders' grading (Airwars,
 * Every Casualty): by a rule stated once, here, and shown in the matrix's legend and exports.
 */
export type ClaimGrade = 'corroborated' | 'single-source' | 'contested' | 'denied' | 'no-source';

/** A grade in words, as the matrix and its exports show it. */
export const GRADE_WORDS: Record<ClaimGrade, string> = {
  corroborated: 'corroborated',
  'single-source': 'single source',
  contested: 'contested',
  denied: 'denied',
  'no-source': 'no source',
};

/**
 * The rule, grade by grade, in the words of the legend. An article "carries" a claim with a passage
 * that asserts it or attributes it to someone; it "disputes" it with a passage that reports a
 * denial or rebuttal of it. Sources are independent sources (see `claimSources`).
 */
export const GRADE_RULES: Record<ClaimGrade, string> = {
  corroborated: 'carried by 2 or more independent sources, and no article reports a denial of it',
  'single-source': 'carried by one independent source only, and no article reports a denial of it',
  contested: 'carried by some article, and some article reports a denial or rebuttal of it',
  denied: 'no article carries it; the corpus holds only denials or rebuttals of it',
  'no-source': 'no article carries or disputes it',
};

/** The order grades are listed in (legend, exports). */
export const GRADES: readonly ClaimGrade[] = [
  'corroborated',
  'single-source',
  'contested',
  'denied',
  'no-source',
];

/** True for the stances that carry a claim (the outlet's own voice, or someone's claim). */
export function carries(evidence: Pick<Evidence, 'stance'>): boolean {
  return evidence.stance === 'asserts' || evidence.stance === 'attributes';
}

/** What a claim's grade is decided from. */
export interface GradeBasis {
  /** Independent sources whose passages carry the claim. */
  sources: number;
  /** Passages that report a denial or rebuttal of it. */
  disputes: number;
}

/** Grades a claim by `GRADE_RULES`: a reported denial outranks any number of sources. */
export function gradeClaim({ sources, disputes }: GradeBasis): ClaimGrade {
  if (disputes > 0) return sources > 0 ? 'contested' : 'denied';
  if (sources >= 2) return 'corroborated';
  if (sources === 1) return 'single-source';
  return 'no-source';
}

/** The totals a count claim's sources cite, as the grade of a figure. */
export interface TotalsGrade {
  /** The range of the totals cited, as `figureRange` words it: "46–49", "at least 200". */
  range: string;
  /** The conservative figure: the lowest total cited (lowest low bound; first in the corpus on a tie). */
  lowest: Figure;
  /** Independent sources citing a total. */
  sources: number;
  /**
   * For one line: "total at least 200 civilians" when every source cites the same; "totals 46–49,
   * lowest 46 civilians"; "(cited by 1 of 2 sources)" when only some sources cite a total.
   */
  words: string;
}

/** The figures the totals grade reads: totals only, and never a vague amount ("hundreds"). */
export function countsAsTotal(figure: Pick<Figure, 'role' | 'vague'>): boolean {
  return figure.role === 'total' && !figure.vague;
}

/**
 * The range of the totals a claim's independent sources cite and the lowest of them (only totals,
 * never a part, an account or a vague amount as a number); null when no source cites one.
 * `cited` pairs each article's cited figure with the id of the source the article is in;
 * `sourceCount` is how many sources carry the claim, to say when only some cite a total.
 */
export function gradeTotals(
  cited: readonly { figure: Figure | null; source: string }[],
  sourceCount: number,
): TotalsGrade | null {
  const totals = cited.filter(
    (c): c is { figure: Figure; source: string } => c.figure !== null && countsAsTotal(c.figure),
  );
  const first = totals[0];
  if (first === undefined) return null;
  const lowest = totals.reduce((low, c) => (c.figure.low < low.figure.low ? c : low), first).figure;
  const range = figureRange(totals.map((c) => c.figure));
  const sources = new Set(totals.map((c) => c.source)).size;
  const lowestWords = figureWords(lowest);
  const same = totals.every((c) => sameAmount(c.figure, lowest));
  const some = sources < sourceCount ? ` (cited by ${sources} of ${sourceCount} sources)` : '';
  return {
    range,
    lowest,
    sources,
    words: same ? `total ${lowestWords}${some}` : `totals ${range}, lowest ${lowestWords}${some}`,
  };
}
