// The corpus build, off the page's main thread: the page loads this module as a worker of its own
// file (the CSP allows only the site's own scripts) and calls it through comlink.
import { expose } from 'comlink';
import { runBuild, type BuildWorkerApi } from './run-build.ts';

const api: BuildWorkerApi = {
  build: (files, onProgress) =>
    runBuild(files, (progress) => {
      // A comlink callback answers with a promise; the build does not wait for the page.
      void Promise.resolve(onProgress(progress)).catch(() => undefined);
    }),
};

expose(api);
