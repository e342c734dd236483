import type { BuildProgress } from '../corpus/pipeline/build-corpus.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';
import type { ImportResult } from '../import/import-files.ts';
import type { ArticleDraft, ImportProblem } from '../project/article-draft.ts';
import type { RunningBuild } from './engine/build-client.ts';
import type { ProjectRecord, ProjectSummary } from './engine/project-store.ts';

export type { ImportResult, ProjectRecord, ProjectSummary };

/** A project opened from a .zip: its drafts and kept files, or why it could not be read. */
export type OpenedProject =
  | { ok: true; name: string; drafts: ArticleDraft[]; kept: InputFiles }
  | { ok: false; problems: ImportProblem[] };

/** The data folder of a project as files, or what keeps the drafts from being written. */
export type ProjectFilesResult =
  { ok: true; files: InputFiles } | { ok: false; problems: ImportProblem[] };

/**
 * Everything the workbench screens do outside React: import, the project files, the build and the
 * store. Passed in, so the screens' tests run without a worker, a zip or IndexedDB.
 */
export interface WorkbenchServices {
  /** The largest file import reads, in bytes. */
  maxFileBytes: number;
  importFiles(files: readonly File[], existing: readonly ArticleDraft[]): Promise<ImportResult>;
  importPastedText(text: string, existing: readonly ArticleDraft[]): ImportResult;
  /** The data folder the command line builds: what the page builds and the .zip holds. */
  projectFiles(
    title: string,
    drafts: readonly ArticleDraft[],
    kept: InputFiles,
  ): ProjectFilesResult;
  zipProject(files: InputFiles): Uint8Array;
  openProjectZip(file: File): Promise<OpenedProject>;
  /** The story the dashboard opens with, as the project .zip the build wrote beside it. */
  bundledProject(): Promise<File>;
  startBuild(files: InputFiles, onProgress: (progress: BuildProgress) => void): RunningBuild;
  /** Starts the build's worker ahead of the first build, so pressing Build does not wait for it. */
  prepareBuild(): void;
  listProjects(): Promise<ProjectSummary[]>;
  getProject(id: string): Promise<ProjectRecord | null>;
  saveProject(record: ProjectRecord): Promise<void>;
  renameProject(id: string, name: string): Promise<void>;
  deleteProject(id: string): Promise<void>;
  newProjectId(): string;
  /** Whether an error is the store refusing to write (quota, private mode). */
  isStorageError(error: unknown): boolean;
  /** Whether an error is the build stopped by `cancel()`. */
  isBuildCancelled(error: unknown): boolean;
}
