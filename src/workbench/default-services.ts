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

/** Written by `npm run build` beside corpus.json: the bundled story's data folder, zipped. */
const BUNDLED_PROJECT_URL = `${import.meta.env.BASE_URL}seed-project.zip`;

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
  bundledProject: async () => {
    const response = await fetch(BUNDLED_PROJECT_URL);
    if (!response.ok)
      throw new Error(`the example story's project could not be fetched (${response.status})`);
    return new File([await response.blob()], 'example-story.zip', { type: 'application/zip' });
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
