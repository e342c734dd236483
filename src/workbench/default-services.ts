import { importFiles, importPastedText, MAX_FILE_BYTES } from '../import/import-files.ts';
import { draftsToFiles } from '../project/project-files.ts';
import { zipProject } from '../project/project-zip.ts';
import { BuildCancelled, prepareBuild, startBuild } from './engine/build-client.ts';
import {
  deleteProject,
  getProject,
  listProjects,
  newProjectId,
  renameProject,
  saveProject,
  StorageError,
} from './engine/project-store.ts';
import { openedProject } from './opened-project.ts';
import type { WorkbenchServices } from './workbench-services.ts';

/** The workbench's services in the browser: the import readers, the build worker, IndexedDB. */
export const defaultServices: WorkbenchServices = {
  maxFileBytes: MAX_FILE_BYTES,
  importFiles,
  importPastedText,
  projectFiles: (title, drafts, kept) => draftsToFiles({ title, drafts, kept }),
  zipProject,
  openProjectZip: async (file) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return openedProject(bytes, file.name);
  },
  startBuild,
  prepareBuild,
  listProjects,
  getProject,
  saveProject,
  renameProject,
  deleteProject,
  newProjectId,
  isStorageError: (error) => error instanceof StorageError,
  isBuildCancelled: (error) => error instanceof BuildCancelled,
};
