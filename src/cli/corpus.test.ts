import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_FILES } from '../test-support/pipeline/minimal-files.ts';

/** `npm run corpus` as a user runs it: a child process on a temporary data folder. */

const CLI = join(process.cwd(), 'src/cli/corpus.ts');
// The child runs in a temporary folder, so it loads tsx from this checkout by path.
const TSX = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
let root = '';
let good = '';

function run(args: string[]) {
  const child = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

function writeData(dir: string, files: Record<string, string | Uint8Array>) {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** A fresh copy of the minimal data folder with some files changed, and a previous corpus in place. */
function caseFolder(name: string, changes: Record<string, string | Uint8Array>) {
  const dir = join(root, name);
  writeData(join(dir, 'data'), { ...MINIMAL_FILES, ...changes });
  const out = join(dir, 'out', 'corpus.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, good);
  return { data: join(name, 'data'), out };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
  writeData(join(root, 'good', 'data'), MINIMAL_FILES);
  const built = run(['--data', 'good/data', '--out', 'good/corpus.json']);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
  good = readFileSync(join(root, 'good', 'corpus.json'), 'utf8');
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run corpus', () => {
  it('writes the corpus and prints a summary with counts by origin', () => {
    const corpus = JSON.parse(good) as { articles: unknown[]; version: number };
    expect(corpus.version).toBe(2);
    expect(corpus.articles).toHaveLength(2);
    const again = run(['--data', 'good/data', '--out', 'good/again.json']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^corpus: 2 articles from 2 outlets; 3 claims, 1 events, 1 people\n/,
    );
    expect(again.stdout).toMatch(/ {2}evidence {7}\d+ \(auto \d+, reviewed 0\)/);
    expect(again.stdout).toMatch(/wrote good\/again\.json \(\d+ kB\)\n$/);
    expect(readFileSync(join(root, 'good', 'again.json'), 'utf8')).toBe(good);
  });

  it('prints help and refuses unknown options', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--auto-only/);
    const wrong = run(['--output', 'x.json']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option '--output'/);
  });

  const A1 = MINIMAL_FILES['articles/a1.md']!;
  const REVIEW = (extra: string) =>
    `- kind: figure\n  action: confirm\n  article: a1\n  quote: ${extra}\n`;
  const cases: [string, Record<string, string | Uint8Array>, string][] = [
    [
      'missing front matter',
      { 'articles/b2.md': 'A story with no fields.\n' },
      'b2.md:1: expected front matter',
    ],
    [
      'malformed front matter',
      { 'articles/b2.md': '---\nid: b2\noutlet: [unclosed\n---\nText.\n' },
      'b2.md:3: YAML syntax error',
    ],
    [
      'unknown outlet',
      { 'articles/a1.md': A1.replace('outlet: example-wire', 'outlet: nobody') },
      'a1.md:3: outlet: "nobody" is not an outlet',
    ],
    [
      'duplicate article id',
      { 'articles/a9.md': A1 },
      'a9.md:2: id: article id "a1" is already the id of',
    ],
    [
      'invalid date',
      { 'articles/a1.md': A1.replace("'2020-03-03'", '2020-13-45') },
      'a1.md:5: published: expected a date like 2015-12-23, got "2020-13-45"',
    ],
    ['empty file', { 'articles/b2.md': '' }, 'b2.md: the file is empty'],
    [
      'binary file',
      { 'articles/b2.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
      'b2.md:1: not UTF-8 text (byte 0x89 at offset 0)',
    ],
    [
      'non-UTF-8 text',
      {
        'articles/b2.md': new Uint8Array([
          ...Buffer.from('---\nid: b2\n'),
          0x63,
          0x61,
          0x66,
          0xe9,
          0x0a,
        ]),
      },
      'b2.md:3: not UTF-8 text (byte 0xe9 at offset 14)',
    ],
    [
      'review quote not in its article',
      { 'reviews.yaml': REVIEW('13 civilians') },
      'reviews.yaml:4: quote: "13 civilians" is not in article a1',
    ],
    [
      'review naming an unknown claim',
      {
        'reviews.yaml':
          '- kind: evidence\n  action: confirm\n  article: a1\n  claim: toll\n  quote: killed\n',
      },
      'reviews.yaml:4: claim: "toll" is not a claim in claims.yaml',
    ],
    [
      'review naming an unknown event',
      { 'reviews.yaml': `${REVIEW('12 civilians')}  event: tarsa\n`.replace('confirm', 'correct') },
      'reviews.yaml:5: event: "tarsa" is not an event in events.yaml',
    ],
    [
      'YAML syntax error in a catalogue file',
      { 'events.yaml': '- id: tarsa-strike\n  label: "unclosed\n' },
      'events.yaml:2: YAML syntax error: Missing closing "quote',
    ],
    [
      'an article of several megabytes',
      { 'articles/a1.md': A1 + 'The strikes went on. '.repeat(150_000) },
      'a1.md: the article text is 3.0 MB; the limit is 2 MB per article',
    ],
  ];

  it.each(cases)(
    'fails on %s with the file and line, leaving the previous corpus untouched',
    (name, changes, message) => {
      const folder = caseFolder(name.replace(/\W+/g, '-'), changes);
      const result = run(['--data', folder.data, '--out', folder.out]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^corpus: the build failed; .* was left as it was\.\n/);
      expect(result.stderr).toContain(message);
      expect(readFileSync(folder.out, 'utf8')).toBe(good);
      expect(readdirSync(dirname(folder.out))).toEqual(['corpus.json']);
    },
    60_000,
  );

  it('fails on a missing data folder', () => {
    const result = run(['--data', 'no-such-folder', '--out', 'x.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no-such-folder: no such data folder');
  });
});
