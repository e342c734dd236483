import { loadInputs, type InputFiles, type LoadResult } from '../load-inputs.ts';
import type { Report } from './options.ts';

/**
 * Stage 1, load. Takes the data folder's files (path to text); gives the validated inputs (the
 * articles, outlets and catalogue entries, the settings, the reviews file still unparsed), or the
 * errors that stop the build, each naming its file, line and field.
 */

/** Loads and validates the files; `root` is how messages name the folder ("data"). */
export function loadFiles(files: InputFiles, root: string, report: Report): LoadResult {
  report.progress({ stage: 'load', done: 0, total: 1, label: 'Loading the files' });
  return loadInputs(files, { root });
}
