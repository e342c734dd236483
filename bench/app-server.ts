import { spawn } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';

/** The repository root: the benchmark runs from anywhere. */
export const ROOT = resolve(import.meta.dirname, '..');
const CONFIG_FILE = join(ROOT, 'vite.config.ts');

/** Runs a command in the repository root; resolves with its output, rejects with its tail. */
export function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(output);
      else fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`));
    });
  });
}

/** Builds the app as `npm run build` does (corpus first, if the build script says so) into `distDir`. */
export async function buildApp(distDir: string): Promise<void> {
  await run('npm', ['run', 'build'], { DIST_DIR: distDir });
}

/**
 * Builds the baseline page (bench/baseline) with the app's own Vite config into `outDir`, and
 * gives it the same corpus.json the app build holds.
 */
export async function buildBaseline(outDir: string, appDistDir: string): Promise<void> {
  await build({
    configFile: CONFIG_FILE,
    root: join(ROOT, 'bench/baseline'),
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: resolve(ROOT, outDir), emptyOutDir: true },
  });
  await copyFile(join(ROOT, appDistDir, 'corpus.json'), join(ROOT, outDir, 'corpus.json'));
}

/** A running `vite preview` of a built folder. */
export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built folder with `vite preview` on 127.0.0.1:`port`, as `npm start` serves the app. */
export async function serve(distDir: string, port: number): Promise<Served> {
  const server = await preview({
    configFile: CONFIG_FILE,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: resolve(ROOT, distDir) },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
