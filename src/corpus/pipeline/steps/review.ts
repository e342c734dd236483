import type { Diagnostic } from '../../schema.ts';
import type { InputError } from '../input-error.ts';
import type { Inputs } from '../load-inputs.ts';
import { applyReviews, parseReviews, type Proposals } from '../reviews.ts';
import type { Catalogue } from './catalogue.ts';
import type { Claimed } from './claims.ts';
import { reviewsToApply, type BuildOptions, type Report } from './options.ts';

/**
 * Stage 5, reviews. Takes the claims and proposals and the catalogue; gives the proposals as the
 * curator left them (confirmed, corrected and added items `reviewed`, rejected ones gone), how many
 * reviews applied and the reviews that no longer fit the text, or the errors of reviews that
 * cannot be read or resolved. Without reviews (or with `autoOnly`) the proposals pass unchanged.
 */

export type Reviewed =
  | { ok: true; proposals: Proposals; applied: number; diagnostics: Diagnostic[] }
  | { ok: false; errors: InputError[] };

/** Applies `reviews.yaml` to the proposals, checking every id it names against the corpus's. */
export function reviewProposals(
  inputs: Inputs,
  catalogue: Catalogue,
  claimed: Claimed,
  options: BuildOptions,
  report: Report,
): Reviewed {
  const reviews = reviewsToApply(inputs, options);
  if (reviews === null) {
    return { ok: true, proposals: claimed.proposals, applied: 0, diagnostics: [] };
  }
  const parsed = parseReviews(reviews);
  if (!parsed.ok) return parsed;
  const applied = applyReviews(parsed.reviews, parsed.source, claimed.proposals, {
    texts: new Map(inputs.articles.map((a) => [a.id, a.text])),
    claimIds: new Set(claimed.claims.map((c) => c.id)),
    eventIds: new Set(catalogue.events.map((e) => e.id)),
    personIds: new Set(catalogue.people.map((p) => p.id)),
  });
  if (!applied.ok) return applied;
  report.log(`applied ${applied.applied} reviews`);
  return {
    ok: true,
    proposals: applied.proposals,
    applied: applied.applied,
    diagnostics: applied.warnings.map((warning) => ({
      level: 'warning',
      code: 'review-stale',
      message: warning.message,
      articleId: warning.articleId,
      start: null,
      end: null,
    })),
  };
}
