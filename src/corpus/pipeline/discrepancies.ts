import type { Discrepancy, DiscrepancyKind, Span } from '../schema.ts';
import { figureDiscrepancies } from './discrepancies/figure-discrepancies.ts';
import { headlineDiscrepancies } from './discrepancies/headline-discrepancies.ts';
import { hedgeDiscrepancies } from './discrepancies/hedge-discrepancies.ts';
import { quoteDiscrepancies } from './discrepancies/quote-discrepancies.ts';
import { responseDiscrepancies } from './discrepancies/response-discrepancies.ts';
import { byPlace, byText, type DiscrepancyInput } from './discrepancies/shared.ts';

/**
 * Where articles disagree about the same thing: totals for one event, group and outcome, a hedge
 * one keeps and another drops, a quote worded differently or altered (words swapped one for one),
 * an actor's responses at different times, and a headline that says more than its own body. Each
 * finder has its own module in `discrepancies/`; this one runs them all and orders what they find.
 */

export type { DiscrepancyArticle, DiscrepancyInput } from './discrepancies/shared.ts';
export { swappedWords } from './discrepancies/quote-discrepancies.ts';

const KIND_ORDER: readonly DiscrepancyKind[] = ['figure', 'hedge', 'quote', 'response', 'headline'];

/** Every discrepancy found, in a stable order: by kind, then by the first place it is seen. */
export function findDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const all = [
    ...figureDiscrepancies(input),
    ...hedgeDiscrepancies(input),
    ...quoteDiscrepancies(input),
    ...responseDiscrepancies(input),
    ...headlineDiscrepancies(input),
  ].filter((d) => d.items.length >= 2);
  return all.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      byPlace(a.items[0] ?? a.items[1] ?? emptySpan, b.items[0] ?? emptySpan) ||
      byText(a.subject, b.subject),
  );
}

const emptySpan: Span = { articleId: '', start: 0, end: 0, quote: '' };
