import type { Corpus } from '../../corpus/schema.ts';
import { applyFilters } from '../../filters/apply-filters.ts';
import { isUnfiltered, type Filters } from '../../filters/filters.ts';
import { GRADE_WORDS, GRADES } from './claim-grade.ts';
import type { ClaimMatrixModel } from './claim-matrix-model.ts';

const plural = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/**
 * The matrix in one line: the articles shown and how many of them share copy, the claims shown
 * and their grades, the corpus's discrepancies, and the links shown with how many a curator
 * reviewed. "5 articles (4 share copy) · 15 claims: 8 corroborated, … · 5 discrepancies · 84
 * links, 2 reviewed". Under a filter it says what is shown of what, and that the grades and
 * discrepancies are counted over all articles.
 */
export function matrixSummary(corpus: Corpus, filters: Filters, model: ClaimMatrixModel): string {
  const visible = applyFilters(corpus, filters);
  const shownIds = new Set(visible.articles.map((a) => a.id));
  const sharing = new Set<string>();
  for (const r of corpus.reuse) {
    if (shownIds.has(r.articleA) && shownIds.has(r.articleB)) {
      sharing.add(r.articleA);
      sharing.add(r.articleB);
    }
  }
  const filtered = !isUnfiltered(filters);
  const of = (shown: number, total: number, noun: string) =>
    filtered && shown !== total ? `${shown} of ${plural(total, noun)}` : plural(shown, noun);

  const tally = GRADES.flatMap((grade) => {
    const n = model.rows.filter((row) => row.sourcing.grade === grade).length;
    return n > 0 ? [`${n} ${GRADE_WORDS[grade]}`] : [];
  });
  const reviewed = visible.evidence.filter((e) => e.origin === 'reviewed').length;
  const parts = [
    `${filtered ? 'Shown: ' : ''}${of(model.columns.length, corpus.articles.length, 'article')} (${sharing.size} share copy)`,
    `${of(model.rows.length, corpus.claims.length, 'claim')}${tally.length > 0 ? `: ${tally.join(', ')}` : ''}${filtered ? ' (graded over all articles)' : ''}`,
    `${corpus.discrepancies.length} ${corpus.discrepancies.length === 1 ? 'discrepancy' : 'discrepancies'}${filtered ? ' in all articles' : ''}`,
    `${of(visible.evidence.length, corpus.evidence.length, 'link')}, ${reviewed} reviewed`,
  ];
  return parts.join(' · ');
}
