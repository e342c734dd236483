import { parseCorpus } from '../../parse-corpus.ts';
import type { Corpus } from '../../schema.ts';
import type { BuildResult, Report } from './options.ts';

/**
 * Stage 9, check. Takes the assembled corpus; gives the build's result: the corpus as the
 * corpus parser reads it (the schema, every reference and every span checked), or the parser's
 * errors. A failure here is a bug in a stage, not in the data.
 */

/** Verifies the corpus; `reviewsApplied` is passed through to the result. */
export function verifyCorpus(corpus: Corpus, reviewsApplied: number, report: Report): BuildResult {
  report.progress({ stage: 'check', done: 0, total: 1, label: 'Checking every span' });
  const verified = parseCorpus(corpus);
  if (!verified.ok) {
    return {
      ok: false,
      errors: [verified.failure.summary, ...verified.failure.details].map((message) => ({
        file: 'corpus',
        line: null,
        field: null,
        message,
      })),
    };
  }
  return { ok: true, corpus: verified.corpus, diagnostics: corpus.diagnostics, reviewsApplied };
}
