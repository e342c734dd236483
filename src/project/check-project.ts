import type { InputError } from '../corpus/pipeline/input-error.ts';
import { loadInputs, type InputFiles } from '../corpus/pipeline/load-inputs.ts';
import { parseReviews } from '../corpus/pipeline/reviews.ts';
import type { ImportProblem } from './article-draft.ts';

export interface CheckOptions {
  /** How messages name the project's folder ("project.zip/data"); "data" when not given. */
  root?: string;
}

const asProblem = (error: InputError): ImportProblem => ({
  source: error.file,
  line: error.line,
  field: error.field,
  message: error.message,
  level: 'error',
});

/**
 * What the build would refuse in a project's files before it reads a sentence: broken YAML, a
 * field of the wrong kind, an id that points nowhere, a review file that does not parse. Each
 * problem names the file, the line and the field; an empty list means the files load.
 */
export function checkProject(files: InputFiles, options: CheckOptions = {}): ImportProblem[] {
  const loaded = loadInputs(files, { root: options.root ?? 'data' });
  if (!loaded.ok) return loaded.errors.map(asProblem);
  const reviews = loaded.inputs.reviews;
  if (reviews === null) return [];
  const parsed = parseReviews(reviews);
  return parsed.ok ? [] : parsed.errors.map(asProblem);
}
