import type { DateMention, Evidence, Figure, Quote } from '../../schema.ts';
import type { FigureDraft, Proposals } from '../reviews.ts';

/**
 * Stage 6, order. Takes the reviewed proposals; gives them as the corpus lists them: each kind
 * in text order, article by article, and each figure numbered, with a part naming its total by id.
 * A stable order is what makes the same inputs give the same corpus, byte for byte.
 */

/** The corpus's evidence, figures, dates and quotes, in their final order. */
export interface Findings {
  evidence: Evidence[];
  figures: Figure[];
  dates: DateMention[];
  quotes: Quote[];
}

/** Orders the proposals and numbers the figures. */
export function orderFindings(proposals: Proposals): Findings {
  return {
    evidence: [...proposals.evidence].sort((a, b) => bySpan(a, b) || byText(a.claimId, b.claimId)),
    figures: numberFigures(proposals.figures),
    dates: [...proposals.dates].sort(bySpan),
    quotes: [...proposals.quotes].sort(bySpan),
  };
}

/** Two strings by their code units, the same in every locale. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bySpan(
  a: { articleId: string; start: number; end: number },
  b: { articleId: string; start: number; end: number },
): number {
  return byText(a.articleId, b.articleId) || a.start - b.start || a.end - b.end;
}

/**
 * Numbers each article's figures in text order ("000-f01", "000-f02"…) and names each part's
 * total by its id.
 */
function numberFigures(figures: readonly FigureDraft[]): Figure[] {
  const sorted = [...figures].sort(bySpan);
  const counts = new Map<string, number>();
  const ids = new Map<string, string>();
  const numbered = sorted.map((f) => {
    const n = (counts.get(f.articleId) ?? 0) + 1;
    counts.set(f.articleId, n);
    const id = `${f.articleId}-f${String(n).padStart(2, '0')}`;
    ids.set(`${f.articleId}@${f.start}`, id);
    return { id, ...f };
  });
  return numbered.map(({ partOfStart, ...f }) => {
    const { id, articleId, start, end, quote, low, high, qualifier, vague, group, noun } = f;
    const partOf = partOfStart === null ? null : (ids.get(`${articleId}@${partOfStart}`) ?? null);
    return {
      id,
      articleId,
      start,
      end,
      quote,
      low,
      high,
      qualifier,
      vague,
      group,
      noun,
      outcome: f.outcome,
      role: f.role,
      partOf,
      eventId: f.eventId,
      attributedTo: f.attributedTo,
      origin: f.origin,
    };
  });
}
