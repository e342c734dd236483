import type { Claim } from '../../schema.ts';
import { groupByArticle } from '../group-by-article.ts';
import type { Inputs } from '../load-inputs.ts';
import { matchExamples } from '../match-examples.ts';
import { proposeClaims, type ProposalArticle } from '../propose-claims.ts';
import type { Proposals } from '../reviews.ts';
import type { Catalogue } from './catalogue.ts';
import { reviewsToApply, type BuildOptions, type Report } from './options.ts';
import type { ArticleWork, ArticlesRead } from './read-articles.ts';

/**
 * Stage 4, claims. Takes the articles read and the catalogue; gives every claim the corpus lists
 * (the curated ones, then those the machine proposes) and the proposals with the evidence for
 * them: the sentences that make the proposition of a claim defined by quoted examples, and the
 * evidence of each proposed claim.
 */

/** The corpus's claims and the machine's proposals, evidence for every claim included. */
export interface Claimed {
  claims: Claim[];
  proposals: Proposals;
}

/**
 * Links the claims defined by examples, then, without a claims file (or when asked), proposes the
 * claims the articles make, leaving out those the curator dropped.
 */
export function findClaims(
  inputs: Inputs,
  catalogue: Catalogue,
  read: ArticlesRead,
  options: BuildOptions,
  report: Report,
): Claimed {
  const { sideOf } = catalogue;
  const linked = read.proposals.evidence;
  // Claims defined by quoted examples (`like`): the same proposition in every article.
  const byExample =
    inputs.examples.length > 0
      ? matchExamples(
          proposalArticles(read.work, read.proposals, inputs),
          catalogue.claims,
          inputs.examples,
          { sideOf, linked },
        )
      : [];

  // Without a claims file (or when asked), the machine proposes the claims the articles make.
  const proposing = options.proposeClaims ?? inputs.settings.proposeClaims ?? !inputs.claimsFile;
  const reviewing = reviewsToApply(inputs, options) !== null;
  report.progress({
    stage: 'claims',
    done: 0,
    total: 1,
    label: proposing ? 'Proposing claims' : reviewing ? 'Applying reviews' : 'Collecting claims',
  });
  const evidence = [...linked, ...byExample];
  if (!proposing) return { claims: catalogue.claims, proposals: { ...read.proposals, evidence } };

  const proposed = proposeClaims(proposalArticles(read.work, read.proposals, inputs), {
    sideOf,
    events: inputs.events,
    taken: new Set(catalogue.claims.map((c) => c.id)),
  });
  // A proposal the curator dropped, merged or made curated is left out, with its evidence.
  const dropped = new Set(inputs.settings.droppedProposals);
  const kept = proposed.claims.filter((c) => !dropped.has(c.id));
  report.log(`proposed ${kept.length} claims`);
  return {
    claims: [...catalogue.claims, ...kept],
    proposals: {
      ...read.proposals,
      evidence: [...evidence, ...proposed.evidence.filter((e) => !dropped.has(e.claimId))],
    },
  };
}

/** What proposing claims reads of each article: its sentences, attributions, figures, quotes, dates. */
function proposalArticles(
  work: readonly ArticleWork[],
  proposals: Proposals,
  inputs: Inputs,
): ProposalArticle[] {
  const figures = groupByArticle(proposals.figures);
  const quotes = groupByArticle(proposals.quotes);
  const dates = groupByArticle(proposals.dates);
  const outletName = new Map(inputs.outlets.map((o) => [o.id, o.name]));
  return work.map((w) => ({
    id: w.input.id,
    outlet: outletName.get(w.input.outletId) ?? w.input.outletId,
    sentences: w.sentences,
    attributions: w.attributions,
    figures: figures.get(w.input.id) ?? [],
    quotes: quotes.get(w.input.id) ?? [],
    dates: dates.get(w.input.id) ?? [],
  }));
}
