import { downloadBlob } from '../export/download.ts';
import { exportFileName } from '../export/file-name.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';
import { parseCorpusText } from '../corpus/parse-corpus.ts';
import { withDecisions, type AppliedDecisions } from '../curation/apply-decisions.ts';
import type { Decision } from '../curation/decisions.ts';
import { projectTitle, type DownloadProblem } from './project-downloads.ts';
import type { ProjectFilesResult, ProjectRecord, WorkbenchServices } from './workbench-services.ts';

/**
 * A project's decisions on its way to the build and the download: the files are the drafts' files
 * with the decisions written into them (`applyDecisions`), resolved against the corpus built
 * without them, which the record keeps as `corpusText`. The same record always gives the same
 * files, so a reload or an undo rebuilds the same corpus.
 */

/** The record's decisions; none in a record saved before curation. */
export function decisionsOf(record: Pick<ProjectRecord, 'decisions'>): readonly Decision[] {
  return record.decisions ?? [];
}

/** What a curated corpus was built with: compared to tell whether it is the one to show. */
export function decisionsKey(decisions: readonly Decision[]): string {
  return JSON.stringify(decisions);
}

/**
 * The corpus text the dashboard shows: the built one when there are no decisions, the curated
 * build when it was built with the decisions there are now, else null (a build is due).
 */
export function shownCorpusText(
  record: Pick<ProjectRecord, 'corpusText' | 'decisions' | 'curated'>,
): string | null {
  const decisions = decisionsOf(record);
  if (decisions.length === 0) return record.corpusText;
  const curated = record.curated ?? null;
  return curated !== null && curated.decisions === decisionsKey(decisions)
    ? curated.corpusText
    : null;
}

/** A project's files with its decisions written in, and where the claims they moved went. */
export type CuratedFiles =
  | { ok: true; files: InputFiles; moved: AppliedDecisions['moved'] }
  | Extract<ProjectFilesResult, { ok: false }>;

/**
 * The project's data folder with its decisions written in: what the page builds and the .zip
 * holds. Without decisions, the drafts' files as they are; with some, they need the corpus built
 * without them, and say so when it is missing or unreadable.
 */
export function curatedProjectFiles(
  services: Pick<WorkbenchServices, 'projectFiles'>,
  record: ProjectRecord,
): CuratedFiles {
  const files = services.projectFiles(projectTitle(record), record.drafts, record.kept);
  const decisions = decisionsOf(record);
  if (!files.ok) return files;
  if (decisions.length === 0) return { ...files, moved: new Map() };
  const base = record.corpusText === null ? null : parseCorpusText(record.corpusText);
  if (base === null || !base.ok) {
    return {
      ok: false,
      problems: [
        {
          source: 'corpus.json',
          line: null,
          field: null,
          message:
            base === null
              ? 'Your decisions are made on a built corpus, and this project has not been built since its last change: build it again.'
              : `Your decisions are made on the built corpus, which could not be read (${base.failure.summary}): build it again.`,
          level: 'error',
        },
      ],
    };
  }
  const curated = withDecisions(files.files, decisions, base.corpus);
  return { ok: true, files: curated.files, moved: curated.moved };
}

/**
 * Hands the project to the person as a .zip of the data folder the command line builds, with the
 * decisions written into its reviews.yaml, claims.yaml and corpus.yaml.
 */
export function downloadCuratedProject(
  services: Pick<WorkbenchServices, 'projectFiles' | 'zipProject'>,
  record: ProjectRecord,
): DownloadProblem {
  const files = curatedProjectFiles(services, record);
  if (!files.ok) {
    return `The project could not be written: ${files.problems.map((p) => `${p.source}: ${p.message}`).join('; ')}`;
  }
  const bytes = services.zipProject(files.files);
  downloadBlob(
    new Blob([bytes as BlobPart], { type: 'application/zip' }),
    exportFileName([record.name], 'zip'),
  );
  return null;
}

/**
 * Where the claims of the corpus on screen moved under the decisions it was built with (those of
 * the record's curated build; none while the drafts' own corpus is shown).
 */
export function shownClaimMoves(
  services: Pick<WorkbenchServices, 'projectFiles'>,
  record: ProjectRecord,
): AppliedDecisions['moved'] {
  const key = record.curated?.decisions;
  // Without decisions the drafts' own corpus is on screen, whatever curated build is kept.
  if (key === undefined || decisionsOf(record).length === 0) return new Map();
  // The key is the decisions as JSON (decisionsKey): read back, they are the same decisions.
  const decisions = JSON.parse(key) as Decision[];
  if (decisions.length === 0) return new Map();
  const files = curatedProjectFiles(services, { ...record, decisions });
  return files.ok ? files.moved : new Map();
}
