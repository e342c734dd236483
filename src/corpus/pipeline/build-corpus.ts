import type { InputFiles } from './load-inputs.ts';
import { defaultStages } from './stages.ts';
import { assembleCorpus } from './steps/assemble.ts';
import { readCatalogue } from './steps/catalogue.ts';
import { verifyCorpus } from './steps/check.ts';
import { findClaims } from './steps/claims.ts';
import { compareArticles } from './steps/compare.ts';
import { loadFiles } from './steps/load.ts';
import { reportOf, type BuildOptions, type BuildResult } from './steps/options.ts';
import { orderFindings } from './steps/order.ts';
import { readArticles } from './steps/read-articles.ts';
import { reviewProposals } from './steps/review.ts';

export type { BuildOptions, BuildProgress, BuildResult } from './steps/options.ts';

/**
 * Builds the corpus from a data folder's files: load and validate, read the catalogue, read each
 * article (clean, segment, extract, link, attribute, match the curated claims), find the claims
 * defined by examples or proposed by the machine, apply reviews (unless `autoOnly`), put the
 * findings in order, compare articles, then assemble the corpus and verify every span and
 * reference with the corpus parser. Each stage, in `steps/`, is a function of the outputs before
 * it and changes none of them. Pure and deterministic: the same files give the same corpus, byte
 * for byte once serialised. Never throws on bad input: it returns the errors instead.
 */
export function buildCorpus(files: InputFiles, options: BuildOptions = {}): BuildResult {
  const report = reportOf(options);
  const loaded = loadFiles(files, options.root ?? 'data', report);
  if (!loaded.ok) return loaded;
  const { inputs } = loaded;
  const catalogue = readCatalogue(inputs);
  const read = readArticles(inputs, catalogue, { ...defaultStages, ...options.stages }, report);
  const claimed = findClaims(inputs, catalogue, read, options, report);
  const reviewed = reviewProposals(inputs, catalogue, claimed, options, report);
  if (!reviewed.ok) return reviewed;
  const findings = orderFindings(reviewed.proposals);
  const comparison = compareArticles(inputs, catalogue, read, claimed.claims, findings, report);
  const corpus = assembleCorpus({
    inputs,
    catalogue,
    read,
    claimed,
    reviewed,
    findings,
    comparison,
  });
  return verifyCorpus(corpus, reviewed.applied, report);
}
