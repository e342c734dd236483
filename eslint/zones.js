// The layers of the house and the imports between them, in one place: eslint.config.js lints the
// project with `zones`, and the lint-zones test lints invented files with this module's
// default export (the same rules without type information, so it runs in moments).
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = resolve(import.meta.dirname, '..');

/** A rule whose every message ends with why it exists; the rule keeps its id and its options. */
function withReason(rule, reason) {
  const messages = Object.fromEntries(
    Object.entries(rule.meta.messages).map(([id, text]) => [id, `${text}. ${reason}`]),
  );
  return { ...rule, meta: { ...rule.meta, messages } };
}

const importXWithReasons = {
  ...importX,
  rules: {
    ...importX.rules,
    'no-cycle': withReason(
      importX.rules['no-cycle'],
      'Modules in a cycle cannot be read, tested or loaded apart (a lazy view in one loads with the first view): keep imports one way and move what both need into a module both import.',
    ),
  },
};

// Lowest first. Each layer may import the layers before it, never one after it. src/wording puts
// the corpus into the words the page and the exports both print. src/filters and
// src/export sit side by side under the views, but export reads the filters (to say what a chart
// shows) and never the reverse. src/prerender draws the app at build time, so it sits above
// src/app, and main.tsx only asks it whether the fetched corpus is the prerendered one. src/cli is
// the Node shell around the corpus, beside the browser app: it imports the corpus alone.
const CORPUS = 'src/corpus';
const WORDING = 'src/wording';
const FILTERS = 'src/filters';
const EXPORT = 'src/export';
const VIEWS = 'src/views';
const APP = 'src/app';
const PRERENDER = 'src/prerender';
const MAIN = 'src/main.tsx';
const CLI = 'src/cli';
// A story the user brings: src/project holds its files (the data/ layout, as text, zipped or not)
// and is pure like the corpus; src/curation turns a curator's decisions into the reviews.yaml and
// claims.yaml the command line reads, pure too; src/import reads what a person drops on the page
// (saved web pages, tables, text) into article drafts; src/workbench is the browser side of a
// project: the build worker, the projects kept in the browser, the import and build screens.
const PROJECT = 'src/project';
const CURATION = 'src/curation';
const IMPORT = 'src/import';
const WORKBENCH = 'src/workbench';

/** The zones of `import-x/no-restricted-paths`: who may not import whom, and why. */
export const LAYER_ZONES = [
  {
    target: CORPUS,
    from: [
      WORDING,
      FILTERS,
      EXPORT,
      VIEWS,
      APP,
      PRERENDER,
      MAIN,
      CLI,
      PROJECT,
      CURATION,
      IMPORT,
      WORKBENCH,
    ],
    message:
      'Imports flow one way (app, views, filters and export, corpus): the corpus is the pure core that the CLI, the app and the tests share, so it knows nothing built on it. Pass what it needs in as data.',
  },
  {
    target: WORDING,
    from: [FILTERS, EXPORT, VIEWS, APP, PRERENDER, MAIN, CLI, PROJECT, CURATION, IMPORT, WORKBENCH],
    message:
      'How the corpus is put into words (an article’s label, a figure’s wording, the figure a cell cites) is one rule the page and its exports share: it builds on the corpus alone, so both say the same.',
  },
  {
    target: FILTERS,
    from: [EXPORT, VIEWS, APP, PRERENDER, MAIN, CLI, PROJECT, CURATION, IMPORT, WORKBENCH],
    message:
      'The filters are the one URL state every view and export reads, so they never disagree: they build on the corpus alone, and nothing above can bend them to itself.',
  },
  {
    target: EXPORT,
    from: [VIEWS, APP, PRERENDER, MAIN, CLI, PROJECT, CURATION, IMPORT, WORKBENCH],
    message:
      'Export turns what a view hands it into SVG, PNG and files, reading the corpus and the filters, never a view: a rule both need belongs in a module below both (one home for each rule).',
  },
  {
    target: VIEWS,
    from: [APP, PRERENDER, MAIN, CLI, IMPORT, WORKBENCH],
    message:
      'A view draws the corpus under the filters it is given; the app shell mounts the views, never the reverse.',
  },
  {
    target: PROJECT,
    from: [WORDING, FILTERS, EXPORT, VIEWS, APP, PRERENDER, MAIN, CLI, CURATION, IMPORT, WORKBENCH],
    message:
      'A project is a data folder held as text: the same files the command line builds. It builds on the corpus alone, so the page and the CLI read one format.',
  },
  {
    target: CURATION,
    from: [FILTERS, EXPORT, VIEWS, APP, PRERENDER, MAIN, CLI, IMPORT, WORKBENCH],
    message:
      'A curator’s decision becomes the same reviews.yaml and claims.yaml the command line reads: a pure rule on the corpus and the project files, which the views call and never the reverse.',
  },
  {
    target: IMPORT,
    from: [WORDING, FILTERS, EXPORT, VIEWS, APP, PRERENDER, MAIN, CLI, CURATION, WORKBENCH],
    message:
      'Import reads dropped files into article drafts: it knows the project format and nothing of the screens that show the drafts.',
  },
  {
    target: WORKBENCH,
    from: [APP, PRERENDER, MAIN, CLI],
    message:
      'The workbench (import, build worker, projects kept in the browser) is mounted by the app shell, never the reverse.',
  },
  {
    target: APP,
    from: [PRERENDER, MAIN, CLI],
    message:
      'The app shell is what main.tsx starts and the prerender draws: it depends on neither, so both get the same app.',
  },
  {
    target: PRERENDER,
    from: [MAIN, CLI],
    message:
      'The prerender draws the app at build time; main.tsx reads its fingerprint to decide whether to hydrate, never the reverse.',
  },
  {
    target: CLI,
    from: [FILTERS, EXPORT, VIEWS, APP, PRERENDER, MAIN, CURATION, IMPORT, WORKBENCH],
    message:
      'The CLI is the Node shell around the corpus pipeline: it reads and writes files and needs nothing of the browser app.',
  },
  {
    target: 'src',
    from: ['scripts', 'bench', 'e2e'],
    message:
      'Product code never imports the tooling around it (build scripts, the benchmark, browser tests): they use it, never the reverse.',
  },
];

// Each folder under src/views is one view (or the filter bar); what two of them need lives in
// src/views/shared. Read from disk, so a new view folder is held to the rule from its first file.
const SHARED_VIEWS = 'shared';
const VIEW_FOLDERS = readdirSync(join(root, VIEWS), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== SHARED_VIEWS)
  .map((entry) => entry.name)
  .sort();

/** The zones that keep each view folder to itself and src/views/shared, and shared below them. */
export const VIEW_ZONES = [
  ...VIEW_FOLDERS.map((folder) => ({
    target: `${VIEWS}/${folder}`,
    from: VIEWS,
    except: [`./${folder}`, `./${SHARED_VIEWS}`],
    message: `A view folder imports only itself and src/views/${SHARED_VIEWS}: one view can then be changed, lazily loaded or deleted without touching another. Move what two views share into src/views/${SHARED_VIEWS}.`,
  })),
  {
    target: `${VIEWS}/${SHARED_VIEWS}`,
    from: VIEWS,
    except: [`./${SHARED_VIEWS}`],
    message:
      'src/views/shared holds what several views use, so it sits below every view and imports none of them: a test across views sits in src/views itself.',
  },
];

// Fixtures, the corpus generator and other helpers the tests, the benchmark and the scripts share.
const TEST_SUPPORT = 'src/test-support';

/** What product code may not import: the test support, which never ships. */
export const PRODUCT_ZONES = [
  {
    target: 'src',
    from: TEST_SUPPORT,
    message:
      'src/test-support holds fixtures and the corpus generator for tests, the benchmark and scripts: the app, the CLI and the pipeline never ship them, so product code never imports them.',
  },
];

// The files that ship: everything under src but its tests, their setup and the test support itself.
const PRODUCT_FILES = ['src/**/*.{ts,tsx}'];
const NOT_PRODUCT = ['**/*.test.{ts,tsx}', 'src/test-setup.ts', `${TEST_SUPPORT}/**`];

const REACT = {
  regex: '^react(?:-dom)?(?:/|$)',
  message:
    'The corpus pipeline is pure TypeScript: it runs in the CLI and in tests without React or a DOM. React belongs to src/views and src/app, which call the pipeline.',
};
const TANSTACK = {
  regex: '^@tanstack/',
  message:
    'The corpus pipeline returns data and knows nothing of how the app fetches, caches or scrolls it: TanStack belongs to src/app and src/views.',
};
const RECHARTS = {
  regex: '^recharts(?:/|$)',
  message: 'The corpus pipeline returns data, never drawings: charts are drawn in src/views.',
};
const NODE = {
  regex: `^(?:node:|(?:${builtinModules.filter((name) => !name.includes('/')).join('|')})(?:/|$))`,
  message:
    'The pipeline runs in the browser and in tests as well as in the CLI: Node’s modules (node:*, fs, path) are for src/cli, the only place that touches files. Pass texts into the pipeline instead.',
};

const restrictedImports = (patterns) => ['error', { patterns }];

/**
 * The import rules of the whole project: the layers' zones and no cycles everywhere, and what the
 * corpus pipeline may not import. Flat config objects, to spread into eslint.config.js.
 */
export const zones = [
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importXWithReasons },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          // The root tsconfig's references name the three programs (corpus, app, Node).
          project: resolve(root, 'tsconfig.json'),
          alwaysTryTypes: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...LAYER_ZONES, ...VIEW_ZONES] },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The same zones, and for the files that ship one more: a later block's options replace an
    // earlier one's, so the zones are named again here.
    files: PRODUCT_FILES,
    ignores: NOT_PRODUCT,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...LAYER_ZONES, ...VIEW_ZONES, ...PRODUCT_ZONES] },
      ],
    },
  },
  {
    files: ['src/corpus/**/*.{ts,tsx}', 'src/project/**/*.{ts,tsx}', 'src/curation/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictedImports([REACT, TANSTACK, RECHARTS, NODE]) },
  },
  {
    // Import runs in the page (it may use the DOM's parser), never in Node, and draws nothing.
    files: ['src/import/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictedImports([REACT, TANSTACK, RECHARTS, NODE]) },
  },
  {
    // A test may read its fixtures from disk; the code it tests may not.
    files: [
      'src/corpus/**/*.test.{ts,tsx}',
      'src/project/**/*.test.{ts,tsx}',
      'src/curation/**/*.test.{ts,tsx}',
      'src/import/**/*.test.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': restrictedImports([REACT, TANSTACK, RECHARTS]) },
  },
];

/** The zone rules alone, parsed without type information: what the lint-zones test lints with. */
export default [
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
  },
  ...zones,
];
