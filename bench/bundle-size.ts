import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One JavaScript file of the build and what it costs over the wire. */
export interface ScriptSize {
  /** Path inside the build folder, with forward slashes: "assets/index-abc.js". */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** What the bundle costs: the scripts the first view needs, and every script of the build. */
export interface BundleSize {
  firstView: ScriptSize[];
  firstViewGzipBytes: number;
  all: ScriptSize[];
  allGzipBytes: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name) found.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** A same-origin URL of the page as a path inside the build folder; null for other origins. */
function toBuildPath(url: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const path = url.split(/[?#]/)[0] ?? '';
  const normal = posix.normalize(path).replace(/^(\.\/|\/)+/, '');
  return normal === '' || normal.startsWith('..') ? null : normal;
}

/**
 * The scripts a built index.html makes the browser fetch before the first view can run: each
 * module entry script and each modulepreload, in document order, without duplicates, as paths
 * inside the build folder. Scripts on other origins are left out: the app has none.
 */
export function listFirstViewScripts(html: string): string[] {
  const scripts: string[] = [];
  const add = (url: string | undefined) => {
    const path = url === undefined ? null : toBuildPath(url);
    if (path !== null && !scripts.includes(path)) scripts.push(path);
  };
  for (const match of html.matchAll(TAG)) {
    const tag = match[1]?.toLowerCase();
    const attrs = attributes(match[2] ?? '');
    if (tag === 'script' && attrs.get('type') === 'module') add(attrs.get('src'));
    if (tag === 'link' && attrs.get('rel')?.split(/\s+/).includes('modulepreload')) {
      add(attrs.get('href'));
    }
  }
  return scripts;
}

/** Bytes of `content` after gzip at the highest level, as a server that precompresses would send. */
export function gzipSize(content: Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function sizeOf(distDir: string, file: string): Promise<ScriptSize> {
  const content = await readFile(join(distDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSize(content) };
}

const total = (sizes: readonly ScriptSize[]) => sizes.reduce((sum, s) => sum + s.gzipBytes, 0);

/**
 * Gzip sizes of a built app: the first view's scripts (from its index.html) and every `.js` file
 * in the folder. Throws when index.html names a script the folder does not hold.
 */
export async function measureBundle(distDir: string): Promise<BundleSize> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const firstView = await Promise.all(
    listFirstViewScripts(html).map((file) =>
      sizeOf(distDir, file).catch((error: unknown) => {
        throw new Error(`index.html loads ${file}, which the build folder does not hold`, {
          cause: error,
        });
      }),
    ),
  );
  const all = await Promise.all(
    (await listFiles(distDir))
      .filter((path) => /\.m?js$/.test(path))
      .map((path) => relative(distDir, path).split(sep).join('/'))
      .sort()
      .map((file) => sizeOf(distDir, file)),
  );
  return { firstView, firstViewGzipBytes: total(firstView), all, allGzipBytes: total(all) };
}
