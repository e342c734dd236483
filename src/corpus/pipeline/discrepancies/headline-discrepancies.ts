import type { Discrepancy, Span } from '../../schema.ts';
import type { Sentence } from '../types.ts';
import {
  comparable,
  compatible,
  describeFigure,
  groupByArticle,
  item,
  type DiscrepancyInput,
} from './shared.ts';

/** A headline that drops the hedge its body keeps, or gives a figure its body does not support. */
export function headlineDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const found: Discrepancy[] = [];
  const claimStatement = new Map(input.claims.map((c) => [c.id, c.statement]));
  const evidenceOf = groupByArticle(input.evidence);
  const figuresOf = groupByArticle(input.figures);
  for (const article of input.articles) {
    const headlines = article.headline
      .map((i) => article.sentences[i])
      .filter((s): s is Sentence => s !== undefined);
    const inHeadline = (span: Span) =>
      span.articleId === article.id &&
      headlines.some((h) => span.start >= h.start && span.end <= h.end);
    const own = evidenceOf.get(article.id) ?? [];
    // The headline states flatly what the body keeps hedged.
    for (const head of own.filter((e) => inHeadline(e) && !e.hedged)) {
      const hedgedBody = own.find((e) => e.claimId === head.claimId && !inHeadline(e) && e.hedged);
      if (hedgedBody === undefined) continue;
      found.push({
        kind: 'headline',
        subject: `Article ${article.id}'s headline drops the hedge its body keeps: ${claimStatement.get(head.claimId) ?? head.claimId}`,
        claimId: head.claimId,
        eventId: null,
        items: [item(head, 'headline, without the hedge'), item(hedgedBody, 'body, hedged')],
      });
    }
    // The headline gives a figure the body does not support.
    const figures = figuresOf.get(article.id) ?? [];
    for (const head of figures.filter((f) => inHeadline(f) && comparable(f))) {
      const body = figures.filter(
        (f) =>
          !inHeadline(f) &&
          comparable(f) &&
          f.group === head.group &&
          f.outcome === head.outcome &&
          (head.eventId === null || f.eventId === null || f.eventId === head.eventId),
      );
      if (body.length === 0 || body.some((f) => compatible(f, head))) continue;
      const first = body[0];
      if (first === undefined) continue;
      found.push({
        kind: 'headline',
        subject: `Article ${article.id}'s headline gives a figure its body does not: ${describeFigure(head)}`,
        claimId: null,
        eventId: head.eventId,
        items: [
          item(head, `headline: ${describeFigure(head)}`),
          item(first, `body: ${describeFigure(first)}`),
        ],
      });
    }
  }
  return found;
}
