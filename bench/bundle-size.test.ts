import { randomBytes } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipSize, listFirstViewScripts, measureBundle } from './bundle-size.ts';

const BUILT_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <script type="module" crossorigin src="/assets/index-PbdaZKSx.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-C1x2.js">
    <link rel='modulepreload' href='./assets/query-D3.js?v=1'>
    <link rel="modulepreload" href="/assets/react-C1x2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-B3slzZaQ.css">
    <link rel="modulepreload" href="https://cdn.example.org/x.js">
  </head>
  <body><div id="root"></div><script src="/legacy.js"></script></body>
</html>`;

describe('listFirstViewScripts', () => {
  it('lists the module entry and its modulepreloads once each, in document order', () => {
    expect(listFirstViewScripts(BUILT_HTML)).toEqual([
      'assets/index-PbdaZKSx.js',
      'assets/react-C1x2.js',
      'assets/query-D3.js',
    ]);
  });

  it('ignores stylesheets, icons, classic scripts and other origins', () => {
    const scripts = listFirstViewScripts(BUILT_HTML);
    expect(scripts.some((s) => s.endsWith('.css') || s.endsWith('.svg'))).toBe(false);
    expect(scripts).not.toContain('legacy.js');
    expect(scripts.some((s) => s.includes('example.org'))).toBe(false);
  });

  it('finds nothing in a page without module scripts', () => {
    expect(listFirstViewScripts('<html><body>plain</body></html>')).toEqual([]);
  });
});

describe('measureBundle', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('counts the first view apart from the chunks loaded later, in gzip bytes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-size-'));
    await mkdir(join(dir, 'assets'));
    const entry = 'import "./shared.js";\n'.repeat(50);
    const shared = 'export const shared = 1;\n'.repeat(80);
    const lazy = 'export const chart = () => "chart";\n'.repeat(200);
    await writeFile(
      join(dir, 'index.html'),
      '<script type="module" src="/assets/entry.js"></script>' +
        '<link rel="modulepreload" href="/assets/shared.js">',
    );
    await writeFile(join(dir, 'assets/entry.js'), entry);
    await writeFile(join(dir, 'assets/shared.js'), shared);
    await writeFile(join(dir, 'assets/chart.js'), lazy);
    await writeFile(join(dir, 'assets/index.css'), 'body{}');

    const size = await measureBundle(dir);

    expect(size.firstView.map((s) => s.file)).toEqual(['assets/entry.js', 'assets/shared.js']);
    expect(size.all.map((s) => s.file)).toEqual([
      'assets/chart.js',
      'assets/entry.js',
      'assets/shared.js',
    ]);
    expect(size.firstView[0]?.bytes).toBe(entry.length);
    expect(size.firstViewGzipBytes).toBe(
      gzipSize(Buffer.from(entry)) + gzipSize(Buffer.from(shared)),
    );
    expect(size.allGzipBytes).toBe(size.firstViewGzipBytes + gzipSize(Buffer.from(lazy)));
    expect(size.firstViewGzipBytes).toBeLessThan(entry.length + shared.length);
  });

  it('names the missing file when index.html loads a script the build lacks', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-size-'));
    await writeFile(
      join(dir, 'index.html'),
      '<script type="module" src="/assets/gone.js"></script>',
    );
    await expect(measureBundle(dir)).rejects.toThrow('assets/gone.js');
  });
});

describe('gzipSize', () => {
  it('shrinks repetitive code a lot and random bytes hardly at all, as gzip does', () => {
    const repetitive = Buffer.from('export const civilians = 200;\n'.repeat(100));
    expect(gzipSize(repetitive)).toBeLessThan(repetitive.length / 10);
    const random = randomBytes(4096);
    expect(gzipSize(random)).toBeGreaterThan(random.length * 0.9);
  });
});
