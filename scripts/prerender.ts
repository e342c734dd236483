// `npm run build`'s last step: draws the dashboard's first view (the claim matrix of the built
// corpus) into the built index.html, so it shows before the JavaScript has loaded; the app then
// takes that page over instead of drawing it again. Honours DIST_DIR as the Vite config does.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { injectFirstView, type FirstView } from '../src/prerender/inject-first-view.ts';

const ENTRY = 'src/prerender/render-first-view.tsx';

async function main(): Promise<void> {
  const outDir = resolve(process.env.DIST_DIR ?? 'dist');
  // Inside the project, so the server bundle's imports resolve from its node_modules; one per
  // process, so parallel builds (tests, benchmark) never share it.
  const serverDir = resolve('node_modules/.cache/prerender', String(process.pid));
  const indexPath = join(outDir, 'index.html');
  const corpusPath = join(outDir, 'corpus.json');

  let corpusText: string;
  try {
    corpusText = await readFile(corpusPath, 'utf8');
  } catch {
    console.warn(`prerender: no ${corpusPath}; the page will draw itself in the browser.`);
    return;
  }

  // The same Vite config as the app's build, so the modules, `import.meta.env` and plugins match.
  await build({
    logLevel: 'warn',
    build: { ssr: ENTRY, outDir: serverDir, emptyOutDir: true, copyPublicDir: false },
  });
  try {
    const module = (await import(pathToFileURL(join(serverDir, 'render-first-view.js')).href)) as {
      renderFirstView: (text: string) => FirstView;
    };
    const view = module.renderFirstView(corpusText);
    if (!view.ok) {
      // The browser will show the same problem with its details; a page drawn from it would lie.
      console.warn(`prerender: skipped, the corpus is not usable: ${view.reason}`);
      return;
    }
    const indexHtml = await readFile(indexPath, 'utf8');
    await writeFile(indexPath, injectFirstView(indexHtml, view.html, view.fingerprint));
    console.log(
      `prerender: drew the first view into ${relative(process.cwd(), indexPath)} (${Math.round(view.html.length / 1000)} kB of HTML).`,
    );
  } finally {
    await rm(serverDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
