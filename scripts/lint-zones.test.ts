import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Lints invented files with the import rules eslint.config.js uses (eslint/zones.js), without type
// information, so each case takes milliseconds. A layer case lints its text as if it sat at a path no
// file has, importing real modules of the tree, so the resolver follows them as in `npm run lint`.
const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint/zones.js') });

// The first case to import the CLI or the app has the cycle rule read all it imports, seconds of
// work on a busy machine; the cases after it reuse what was read.
vi.setConfig({ testTimeout: 30_000 });

const PATHS = 'import-x/no-restricted-paths';
const CYCLE = 'import-x/no-cycle';
const IMPORTS = 'no-restricted-imports';

/** The rule id of each problem found in `code` at `file`; a parse failure shows as itself. */
async function problems(file: string, code: string): Promise<{ rule: string; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId ?? 'fatal', message: m.message }));
}

const rules = async (file: string, code: string) => (await problems(file, code)).map((p) => p.rule);

/**
 * An import of some module of `folder` (or the file itself), as written in `file`: the first one in
 * name order, so the cases stand whatever the folders' files are called. `name` is what the module
 * is imported as, for a case that imports two.
 */
function importOf(file: string, folder: string, name = 'm'): string {
  let target = folder;
  if (statSync(join(root, folder)).isDirectory()) {
    const [first] = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
      .sort();
    if (first === undefined) throw new Error(`${folder} holds no module to import`);
    target = join(folder, first);
  }
  const path = relative(dirname(file), target);
  return `import * as ${name} from '${path.startsWith('.') ? path : `./${path}`}';\nexport { ${name} };\n`;
}

describe('the corpus pipeline', () => {
  const file = 'src/corpus/pipeline/zone-probe.ts';

  it.each([
    ['recharts', 'charts are drawn in src/views'],
    ['@tanstack/react-query', 'TanStack belongs to src/app and src/views'],
    ['@tanstack/react-virtual', 'TanStack belongs to src/app and src/views'],
    ['react', 'without React or a DOM'],
    ['react/jsx-runtime', 'without React or a DOM'],
    ['react-dom/client', 'without React or a DOM'],
    ['node:fs', 'the only place that touches files'],
    ['fs', 'the only place that touches files'],
    ['fs/promises', 'the only place that touches files'],
    ['path', 'the only place that touches files'],
    ['node:crypto', 'the only place that touches files'],
  ])('refuses %s, saying why', async (specifier, reason) => {
    const found = await problems(file, `import * as m from '${specifier}';\nexport { m };\n`);
    expect(found.map((p) => p.rule)).toEqual([IMPORTS]);
    expect(found[0]?.message).toContain(reason);
  });

  it('refuses a type-only import of React as well', async () => {
    expect(
      await rules(file, "import type { ReactNode } from 'react';\nexport type N = ReactNode;\n"),
    ).toEqual([IMPORTS]);
  });

  it('imports its own modules and plain libraries', async () => {
    const code =
      "import { z } from 'zod';\nimport { CorpusSchema } from '../schema.ts';\nexport const s = [z, CorpusSchema];\n";
    expect(await rules(file, code)).toEqual([]);
  });

  it('lets its tests read fixtures from disk, but not import React or charts', async () => {
    const test = 'src/corpus/pipeline/zone-probe.test.ts';
    expect(
      await rules(test, "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n"),
    ).toEqual([]);
    expect(
      await rules(test, "import { BarChart } from 'recharts';\nexport { BarChart };\n"),
    ).toEqual([IMPORTS]);
  });

  it('leaves Node to the CLI, which touches files', async () => {
    const cli = 'src/cli/zone-probe.ts';
    const code = `import { readFileSync } from 'node:fs';\n${importOf(cli, 'src/corpus/pipeline')}`;
    expect(await rules(cli, code)).toEqual([]);
  });
});

describe('the layers', () => {
  // [the file, the folder it imports from]: each a step against the flow app, views, filters and
  // export, corpus; or a shell importing what it must not.
  it.each([
    ['src/corpus/zone-probe.ts', 'src/filters'],
    ['src/corpus/zone-probe.ts', 'src/wording'],
    ['src/wording/zone-probe.ts', 'src/views'],
    ['src/wording/zone-probe.ts', 'src/export'],
    ['src/corpus/pipeline/zone-probe.ts', 'src/views'],
    ['src/corpus/zone-probe.ts', 'src/cli'],
    ['src/filters/zone-probe.ts', 'src/views'],
    ['src/filters/zone-probe.ts', 'src/export'],
    ['src/export/zone-probe.ts', 'src/views'],
    ['src/views/zone-probe.ts', 'src/app'],
    ['src/views/zone-probe.ts', 'src/prerender'],
    ['src/app/zone-probe.ts', 'src/main.tsx'],
    ['src/app/zone-probe.ts', 'src/prerender'],
    ['src/prerender/zone-probe.ts', 'src/main.tsx'],
    ['src/cli/zone-probe.ts', 'src/views'],
    ['src/views/zone-probe.ts', 'bench'],
  ])('refuses %s importing from %s', async (file, folder) => {
    const found = await problems(file, importOf(file, folder));
    expect(found.map((p) => p.rule)).toEqual([PATHS]);
    expect(found[0]?.message).toMatch(/imported in restricted zone\. \S.+/);
  });

  it.each([
    ['src/filters/zone-probe.ts', 'src/corpus'],
    ['src/wording/zone-probe.ts', 'src/corpus'],
    ['src/export/zone-probe.ts', 'src/wording'],
    ['src/views/zone-probe.ts', 'src/wording'],
    ['src/export/zone-probe.ts', 'src/filters'],
    ['src/export/zone-probe.ts', 'src/corpus'],
    ['src/views/zone-probe.ts', 'src/export'],
    ['src/views/zone-probe.ts', 'src/filters'],
    ['src/app/zone-probe.ts', 'src/views'],
    ['src/prerender/zone-probe.ts', 'src/app'],
    ['src/zone-probe.tsx', 'src/prerender'],
    ['src/cli/zone-probe.ts', 'src/corpus'],
    ['scripts/zone-probe.ts', 'src/prerender'],
  ])('lets %s import from %s', async (file, folder) => {
    expect(await rules(file, importOf(file, folder))).toEqual([]);
  });
});

describe('the view folders', () => {
  // Every ordered pair of view folders on disk, so a folder added later is probed as well.
  const folders = readdirSync(join(root, 'src/views'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .map((entry) => entry.name);
  const pairs = folders.flatMap((a) => folders.filter((b) => b !== a).map((b) => [a, b]));

  it('are there to probe', () => {
    expect(folders.length).toBeGreaterThan(1);
  });

  it.each(pairs)('refuses src/views/%s importing from src/views/%s, saying why', async (a, b) => {
    const file = `src/views/${a}/zone-probe.ts`;
    const found = await problems(file, importOf(file, `src/views/${b}`));
    expect(found.map((p) => p.rule)).toEqual([PATHS]);
    expect(found[0]?.message).toContain('imports only itself and src/views/shared');
  });

  it.each(folders)('lets src/views/%s import itself and src/views/shared', async (a) => {
    const file = `src/views/${a}/zone-probe.ts`;
    const code = importOf(file, 'src/views/shared') + importOf(file, `src/views/${a}`, 'own');
    expect(await rules(file, code)).toEqual([]);
  });

  it('refuses src/views/shared importing a view, which sits above it', async () => {
    const file = 'src/views/shared/zone-probe.ts';
    const found = await problems(file, importOf(file, 'src/views/timeline'));
    expect(found.map((p) => p.rule)).toEqual([PATHS]);
    expect(found[0]?.message).toContain('sits below every view');
  });

  it('lets a test in src/views itself draw two views side by side', async () => {
    const file = 'src/views/zone-probe.test.ts';
    const code =
      importOf(file, 'src/views/timeline') + importOf(file, 'src/views/claim-matrix', 'n');
    expect(await rules(file, code)).toEqual([]);
  });
});

describe('the test support', () => {
  it.each([
    'src/views/timeline/zone-probe.ts',
    'src/views/shared/zone-probe.ts',
    'src/corpus/pipeline/zone-probe.ts',
    'src/cli/zone-probe.ts',
    'src/app/zone-probe.tsx',
    'src/wording/zone-probe.ts',
  ])('is never imported by product code: %s', async (file) => {
    const found = await problems(file, importOf(file, 'src/test-support'));
    expect(found.map((p) => p.rule)).toEqual([PATHS]);
    expect(found[0]?.message).toContain('product code never imports them');
  });

  it.each([
    'src/views/timeline/zone-probe.test.tsx',
    'src/corpus/pipeline/zone-probe.test.ts',
    'src/cli/zone-probe.test.ts',
    'src/test-support/zone-probe.ts',
    'bench/zone-probe.ts',
    'scripts/zone-probe.ts',
    'e2e/zone-probe.spec.ts',
  ])('serves the tests, the benchmark and the scripts: %s', async (file) => {
    expect(await rules(file, importOf(file, 'src/test-support'))).toEqual([]);
  });
});

describe('the layers for a story the user brings', () => {
  // project, curation and import are pure rules under the workbench, which the app mounts; the views
  // may call curation (a curator's decision) but never the import or the workbench.
  it.each([
    ['src/project/zone-probe.ts', 'src/views'],
    ['src/project/zone-probe.ts', 'src/app'],
    ['src/project/zone-probe.ts', 'src/import'],
    ['src/project/zone-probe.ts', 'src/workbench'],
    ['src/project/zone-probe.ts', 'src/curation'],
    ['src/project/zone-probe.ts', 'src/cli'],
    ['src/wording/zone-probe.ts', 'src/curation'],
    ['src/import/zone-probe.ts', 'src/workbench'],
    ['src/import/zone-probe.ts', 'src/views'],
    ['src/import/zone-probe.ts', 'src/curation'],
    ['src/workbench/zone-probe.ts', 'src/app'],
    ['src/workbench/zone-probe.ts', 'src/prerender'],
    ['src/views/zone-probe.ts', 'src/workbench'],
    ['src/views/timeline/zone-probe.ts', 'src/import'],
    ['src/curation/zone-probe.ts', 'src/views'],
    ['src/curation/zone-probe.ts', 'src/workbench'],
    ['src/curation/zone-probe.ts', 'src/import'],
    ['src/corpus/zone-probe.ts', 'src/project'],
    ['src/cli/zone-probe.ts', 'src/workbench'],
  ])('refuses %s importing from %s', async (file, folder) => {
    const found = await problems(file, importOf(file, folder));
    expect(found.map((p) => p.rule)).toEqual([PATHS]);
    expect(found[0]?.message).toMatch(/imported in restricted zone\. \S.+/);
  });

  it.each([
    ['src/project/zone-probe.ts', 'src/corpus'],
    ['src/curation/zone-probe.ts', 'src/project'],
    ['src/curation/zone-probe.ts', 'src/corpus'],
    ['src/import/zone-probe.ts', 'src/project'],
    ['src/workbench/zone-probe.ts', 'src/views'],
    ['src/workbench/zone-probe.ts', 'src/import'],
    ['src/workbench/zone-probe.ts', 'src/curation'],
    ['src/workbench/zone-probe.ts', 'src/project'],
    ['src/views/claim-matrix/zone-probe.ts', 'src/curation'],
    ['src/app/zone-probe.ts', 'src/workbench'],
    ['src/cli/zone-probe.ts', 'src/project'],
  ])('lets %s import from %s', async (file, folder) => {
    expect(await rules(file, importOf(file, folder))).toEqual([]);
  });

  it.each(['src/project/zone-probe.ts', 'src/curation/zone-probe.ts', 'src/import/zone-probe.ts'])(
    'keeps %s free of React and Node',
    async (file) => {
      for (const specifier of ['react', 'node:fs']) {
        const code = `import * as m from '${specifier}';\nexport { m };\n`;
        expect(await rules(file, code)).toEqual([IMPORTS]);
      }
    },
  );
});

describe('cycles', () => {
  // A cycle needs both files on disk, for the resolver to follow the second one's import back. The
  // folder's name is ignored by the project's lint, format check and git, should a run be cut short.
  let folder = '';
  const a = "import { b } from './b.ts';\nexport const a = () => b;\n";
  const d = "import type { E } from './e.ts';\nexport interface D {\n  e?: E;\n}\n";
  const e = "import type { D } from './d.ts';\nexport interface E {\n  d?: D;\n}\n";
  beforeAll(() => {
    folder = relative(root, mkdtempSync(join(root, '.lint-zones-')));
    writeFileSync(join(root, folder, 'a.ts'), a);
    writeFileSync(
      join(root, folder, 'b.ts'),
      "import { a } from './a.ts';\nexport const b = 1;\nexport const c = a;\n",
    );
    writeFileSync(join(root, folder, 'c.ts'), 'export const c = 1;\n');
    writeFileSync(join(root, folder, 'd.ts'), d);
    writeFileSync(join(root, folder, 'e.ts'), e);
  });
  afterAll(() => {
    if (folder) rmSync(join(root, folder), { recursive: true, force: true });
  });

  it('refuses two modules importing each other, saying why', async () => {
    const found = await problems(join(folder, 'a.ts'), a);
    expect(found.map((p) => p.rule)).toEqual([CYCLE]);
    expect(found[0]?.message).toContain('keep imports one way');
  });

  it('lets a module import one that does not import it back', async () => {
    expect(
      await rules(join(folder, 'a2.ts'), "import { c } from './c.ts';\nexport const a = c;\n"),
    ).toEqual([]);
  });

  it('lets types refer to each other, which leave no import at run time', async () => {
    expect(await rules(join(folder, 'e.ts'), e)).toEqual([]);
  });
});
