import { buildCorpus, type BuildProgress } from '../../corpus/pipeline/build-corpus.ts';
import type { InputError } from '../../corpus/pipeline/input-error.ts';
import type { InputFiles } from '../../corpus/pipeline/load-inputs.ts';
import { parseCorpusText } from '../../corpus/parse-corpus.ts';
import type { Corpus } from '../../corpus/schema.ts';
import { corpusJson } from '../../corpus/serialize-corpus.ts';

/**
 * What a build in the page hands back: the corpus as the exact text the command line writes, or
 * the errors that name the file, line and field at fault.
 */
export type BuildOutcome =
  | {
      ok: true;
      corpusText: string;
      /**
       * That text read back and checked here, as the page would read it (`parseCorpusText`): the
       * page shows it without checking it again on its own thread, where checking 50 articles'
       * corpus is a long task right when the dashboard appears.
       */
      corpus: Corpus;
      /** How many diagnostics (warnings and notes) the corpus carries. */
      diagnostics: number;
    }
  | { ok: false; errors: InputError[] };

/** What the build worker exposes, as seen from the page. */
export interface BuildWorkerApi {
  build(files: InputFiles, onProgress: (progress: BuildProgress) => void): BuildOutcome;
}

/**
 * Builds a data folder's files into the corpus text, reporting progress as it goes: the same
 * pipeline and the same bytes as `npm run corpus`. Pure apart from the callback.
 */
export function runBuild(
  files: InputFiles,
  onProgress: (progress: BuildProgress) => void,
): BuildOutcome {
  const result = buildCorpus(files, { onProgress });
  if (!result.ok) return { ok: false, errors: result.errors };
  const corpusText = corpusJson(result.corpus);
  const checked = parseCorpusText(corpusText);
  // The build checks what it writes, so this is the pipeline failing: the build stops, said so.
  if (!checked.ok)
    throw new Error(`the built corpus did not pass its own check: ${checked.failure.summary}`);
  return {
    ok: true,
    corpusText,
    corpus: checked.corpus,
    diagnostics: result.diagnostics.length,
  };
}
