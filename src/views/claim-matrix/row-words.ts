import { GRADE_RULES, GRADE_WORDS, type ClaimGrade } from './claim-grade.ts';
import type { MatrixRow } from './claim-matrix-model.ts';

const plural = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/** What a row header says about how its claim is sourced, in the words the page and exports share. */
export interface RowWords {
  grade: ClaimGrade;
  /** "corroborated" */
  gradeWords: string;
  /** "5 of 5 outlets · 3 sources"; under a filter that hides some, "1 source shown (3 in all)". */
  counts: string;
  /** "3 articles report a denial"; null when no shown article reports one. */
  disputes: string | null;
  /** "total at least 200 civilians · 3 sources"; null for a claim that is not a count. */
  totals: string | null;
  /** The grade's rule and its basis, for a tooltip and the data table. */
  why: string;
}

/**
 * The row header's words: the claim's grade (over the whole corpus), the outlets and independent
 * sources carrying it among the articles shown, how many of those report a denial of it, and for
 * a count, the totals its sources cite. Under a filter that hides some of its articles, the counts
 * say what is shown and what the grade rests on.
 */
export function rowWords(row: MatrixRow, outletCount: number): RowWords {
  const { sourcing } = row;
  const hiddenSources = row.partlyHidden && row.sources !== sourcing.sources;
  const counts =
    `${row.outlets} of ${plural(outletCount, 'outlet')} · ${plural(row.sources, 'source')}` +
    (hiddenSources ? ` shown (${sourcing.sources} in all articles)` : '');
  const disputes =
    row.disputing > 0
      ? `${plural(row.disputing, 'article')} ${row.disputing === 1 ? 'reports' : 'report'} a denial`
      : null;
  const basis = [
    `${plural(sourcing.sources, 'independent source')} ${sourcing.sources === 1 ? 'carries' : 'carry'} it`,
    sourcing.disputes.length > 0
      ? `${plural(sourcing.disputes.length, 'passage')} ${sourcing.disputes.length === 1 ? 'reports' : 'report'} a denial or rebuttal (${[
          ...new Set(
            sourcing.disputes.map((d) =>
              d.attributedTo === null
                ? `article ${d.articleId}`
                : `article ${d.articleId}, citing ${d.attributedTo}`,
            ),
          ),
        ].join('; ')})`
      : 'no article reports a denial',
  ];
  return {
    grade: sourcing.grade,
    gradeWords: GRADE_WORDS[sourcing.grade],
    counts,
    disputes,
    totals: sourcing.totals?.words ?? null,
    why: `${GRADE_WORDS[sourcing.grade]}: ${GRADE_RULES[sourcing.grade]}. In all articles: ${basis.join('; ')}.`,
  };
}
