import { downloadBlob, downloadText } from '../export/download.ts';
import { exportFileName } from '../export/file-name.ts';
import type { ProjectRecord, WorkbenchServices } from './workbench-services.ts';

/**
 * The title the project's files give the corpus. Once built, the built corpus's own title, so the
 * downloaded project builds to the very corpus the page shows even after a rename; the new name
 * becomes the title at the next build.
 */
export function projectTitle(record: Pick<ProjectRecord, 'name' | 'corpusText'>): string {
  if (record.corpusText !== null) {
    try {
      const parsed: unknown = JSON.parse(record.corpusText);
      if (typeof parsed === 'object' && parsed !== null && 'title' in parsed) {
        const { title } = parsed;
        if (typeof title === 'string' && title.trim() !== '') return title;
      }
    } catch {
      // Not JSON: the corpus will not open either; the name still titles the files.
    }
  }
  return record.name;
}

/** What a download could not do, for a person; null when it was handed over. */
export type DownloadProblem = string | null;

/** Hands the project to the person as a .zip of the data folder the command line builds. */
export function downloadProject(
  services: WorkbenchServices,
  record: ProjectRecord,
): DownloadProblem {
  const files = services.projectFiles(projectTitle(record), record.drafts, record.kept);
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

/** Hands the built corpus over exactly as built: the bytes `npm run corpus` writes. */
export function downloadCorpus(record: ProjectRecord): DownloadProblem {
  if (record.corpusText === null) return 'The project has not been built since its last change.';
  downloadText(record.corpusText, 'corpus.json', 'application/json');
  return null;
}
