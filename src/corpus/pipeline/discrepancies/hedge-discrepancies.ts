import type { Discrepancy, Evidence, Quote, Span } from '../../schema.ts';
import type { NameBook } from '../attribution.ts';
import { hasHedge } from '../match-claims.ts';
import { byPlace, groupByArticle, item, type DiscrepancyInput } from './shared.ts';

/** Evidence in the claimant's own voice, or the outlet's: where a hedge is the claimant's to keep. */
function inClaimantVoice(evidence: Evidence, claimant: string, book: NameBook): boolean {
  if (evidence.stance === 'asserts') return true;
  if (evidence.stance !== 'attributes' || evidence.attributedTo === null) return false;
  const speaker = book.resolve(evidence.attributedTo)?.name;
  const owner = book.resolve(claimant)?.name;
  return speaker !== undefined && speaker === owner;
}

function mostlyQuoted(span: Span, quotesOf: ReadonlyMap<string, readonly Quote[]>): boolean {
  let inside = 0;
  for (const q of quotesOf.get(span.articleId) ?? []) {
    inside += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  }
  return inside * 2 >= span.end - span.start;
}

/**
 * A claim its claimant hedged, stated flatly by an outlet in its own words while another article
 * keeps the hedge.
 */
export function hedgeDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const found: Discrepancy[] = [];
  const quotesOf = groupByArticle(input.quotes);
  // A hedge is dropped only where the claimant hedged: a claim stated as "may amount to war
  // crimes" reported as "committed war crimes". Claims stated flatly have no hedge to drop.
  for (const claim of input.claims.filter((c) => hasHedge(c.statement))) {
    const relevant = input.evidence
      .filter((e) => e.claimId === claim.id && inClaimantVoice(e, claim.claimant, input.book))
      .sort(byPlace);
    const hedgedIn = new Set(relevant.filter((e) => e.hedged).map((e) => e.articleId));
    // Words inside quotation marks are the speaker's: an outlet drops a hedge only in its own words.
    const plain = relevant.filter((e) => !e.hedged && !mostlyQuoted(e, quotesOf));
    const dropped = plain.filter((e) => [...hedgedIn].some((id) => id !== e.articleId));
    if (dropped.length === 0) continue;
    const hedgedItems = [...hedgedIn]
      .sort()
      .map((id) => relevant.find((e) => e.articleId === id && e.hedged))
      .filter((e): e is Evidence => e !== undefined);
    found.push({
      kind: 'hedge',
      subject: `${claim.statement.replace(/[.!]+$/u, '')} (hedged in some articles, stated flatly in others)`,
      claimId: claim.id,
      eventId: null,
      items: [
        ...dropped.map((e) => item(e, `article ${e.articleId} drops the hedge`)),
        ...hedgedItems.map((e) => item(e, `article ${e.articleId} keeps the hedge`)),
      ].sort(byPlace),
    });
  }
  return found;
}
