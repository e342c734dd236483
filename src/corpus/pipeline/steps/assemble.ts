import { CORPUS_VERSION, type Corpus, type Diagnostic } from '../../schema.ts';
import type { Inputs } from '../load-inputs.ts';
import type { Catalogue } from './catalogue.ts';
import type { Claimed } from './claims.ts';
import type { Comparison } from './compare.ts';
import { byText, type Findings } from './order.ts';
import type { ArticlesRead } from './read-articles.ts';
import type { Reviewed } from './review.ts';

/**
 * Stage 8, corpus. Takes the outputs of the stages before it; gives the corpus they make, with
 * every diagnostic the stages raised in one stable order. Nothing is found here: the pieces are
 * put together, and only the order of removed ranges and of diagnostics is decided.
 */

/** Everything the corpus is made of: each stage's output, by the stage's name. */
export interface CorpusParts {
  inputs: Inputs;
  catalogue: Catalogue;
  read: ArticlesRead;
  claimed: Claimed;
  reviewed: Extract<Reviewed, { ok: true }>;
  findings: Findings;
  comparison: Comparison;
}

/** Puts the corpus together. */
export function assembleCorpus(parts: CorpusParts): Corpus {
  const { inputs, catalogue, read, claimed, reviewed, findings, comparison } = parts;
  const diagnostics: Diagnostic[] = [
    ...read.diagnostics,
    ...reviewed.diagnostics,
    ...comparison.diagnostics,
  ];
  return {
    version: CORPUS_VERSION,
    title: inputs.settings.title,
    referenceDate: inputs.settings.referenceDate,
    outlets: inputs.outlets,
    articles: read.work.map((w) => ({
      id: w.input.id,
      outletId: w.input.outletId,
      title: w.input.title,
      published: w.input.published,
      url: w.input.url,
      // Only where a byline was given, so a corpus without any reads as it always has.
      ...(w.input.byline === null ? {} : { byline: w.input.byline }),
      text: w.input.text,
      removed: [...w.removed].sort((a, b) => a.start - b.start || a.end - b.end),
    })),
    claims: claimed.claims,
    events: catalogue.events,
    people: catalogue.people,
    evidence: findings.evidence,
    figures: findings.figures,
    dates: findings.dates,
    quotes: findings.quotes,
    reuse: comparison.reuse,
    sourceGroups: comparison.sourceGroups,
    credits: comparison.credits,
    discrepancies: comparison.discrepancies,
    diagnostics: diagnostics.sort(
      (a, b) =>
        byText(a.articleId ?? '', b.articleId ?? '') ||
        (a.start ?? -1) - (b.start ?? -1) ||
        byText(a.code, b.code) ||
        byText(a.message, b.message),
    ),
  };
}
