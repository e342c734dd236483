import type { Corpus, Diagnostic } from '../../schema.ts';
import type { InputError } from '../input-error.ts';
import type { Inputs, NamedText } from '../load-inputs.ts';
import type { BuildStages } from '../stages.ts';

/**
 * How a build runs and how it answers: the options `buildCorpus` takes, the progress it reports,
 * the result it gives. Every stage of `steps/` may read these; none of them is a stage.
 */

/**
 * Where a build is, for a progress bar: the stage it has reached, and within the per-article stage
 * how many articles are done. Each stage starts at `done: 0`; only `articles` counts up to `total`.
 */
export interface BuildProgress {
  stage: 'load' | 'articles' | 'claims' | 'compare' | 'check';
  done: number;
  total: number;
  /** What the stage does, in words a person reads ("Reading articles"). */
  label: string;
}

/** How the build runs: without reviews (the machine alone), and where its progress goes. */
export interface BuildOptions {
  /** Ignore `reviews.yaml`: the machine's own proposals, for measuring it. */
  autoOnly?: boolean;
  /**
   * Propose the claims the articles make (`origin: auto`) beside the curated ones. By default the
   * build proposes them only when the folder has no `claims.yaml`.
   */
  proposeClaims?: boolean;
  /** Progress lines; silent by default so tests stay quiet. */
  log?: (line: string) => void;
  /** How messages name the data folder ("data"). */
  root?: string;
  /** Replace stages (tests of one stage's effect on the whole). */
  stages?: Partial<BuildStages>;
  /** Called as each stage starts and after each article; it never changes what is built. */
  onProgress?: (progress: BuildProgress) => void;
}

export type BuildResult =
  | { ok: true; corpus: Corpus; diagnostics: Diagnostic[]; reviewsApplied: number }
  | { ok: false; errors: InputError[] };

/** Where the stages say how far they are: the progress bar and the log, both silent by default. */
export interface Report {
  progress: (progress: BuildProgress) => void;
  log: (line: string) => void;
}

/** The report a build's options ask for. */
export function reportOf(options: BuildOptions): Report {
  return { progress: options.onProgress ?? (() => {}), log: options.log ?? (() => {}) };
}

/**
 * The reviews the build applies: the folder's `reviews.yaml`, or none without one or with
 * `autoOnly`. Proposing claims names the step after it, so both stages ask here.
 */
export function reviewsToApply(inputs: Inputs, options: BuildOptions): NamedText | null {
  return options.autoOnly ? null : inputs.reviews;
}
