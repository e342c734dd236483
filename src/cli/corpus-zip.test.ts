import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import { corpusJson } from '../corpus/serialize-corpus.ts';
import type { ArticleDraft } from '../project/article-draft.ts';
import { draftsToFiles } from '../project/project-files.ts';
import { zipProject } from '../project/project-zip.ts';

/**
 * The promise of a project: the drafts a person brings into the page, written as files and
 * zipped, build on the command line to the very bytes the page builds from the same files.
 */

const CLI = join(process.cwd(), 'src/cli/corpus.ts');
const TSX = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
let root = '';

function run(args: string[]) {
  const child = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const base = { byline: null, evidence: [] };

// Invented reports of an invented landslide, in the shapes a person brings: a saved page with its
// metadata, a pasted text with a typed outlet, and a text from nobody knows where.
const DRAFTS: ArticleDraft[] = [
  {
    ...base,
    key: 'page-1',
    source: 'korvel-landslide.html',
    title: 'Landslide closes Korvel pass road',
    outlet: 'Valley Herald',
    published: '2022-10-03',
    url: 'https://valley-herald.example/korvel-landslide',
    text: `Landslide closes Korvel pass road

A landslide buried the road over the Korvel pass on Sunday night, injuring at least 14 people, the regional rescue service said.
"The slope gave way after three days of rain," said Mara Quell, a spokeswoman for the service.
Engineers expect the road to stay closed for a week.
`,
    evidence: [{ proposes: 'outlet', from: 'og:site_name', value: 'Valley Herald' }],
  },
  {
    ...base,
    key: 'paste-2',
    source: 'pasted text 2',
    title: 'Rain brings down hillside above Korvel',
    outlet: 'Ridge Daily',
    published: '2022-10-04',
    url: null,
    text: `\r\nRain brings down hillside above Korvel\r\n\r\nFourteen people were hurt when a hillside collapsed onto the Korvel pass road, rescuers said on Monday.\r\nThe road may stay closed for up to two weeks, according to the roads agency.\r\n`,
  },
  {
    ...base,
    key: 'paste-3',
    source: 'pasted text 3',
    title: null,
    outlet: null,
    published: null,
    url: null,
    text: `---
Korvel pass: 12 injured in landslide

Twelve people were injured in a landslide on the Korvel pass road, a local official said.
`,
  },
];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'corpus-zip-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// Each case starts the command line, which loads the pipeline afresh: seconds, not milliseconds.
describe('npm run corpus -- --data project.zip', { timeout: 60_000 }, () => {
  it('builds the corpus the page builds from the same drafts, byte for byte', () => {
    const written = draftsToFiles({ title: 'Korvel pass landslide', drafts: DRAFTS });
    if (!written.ok) throw new Error(written.problems.map((p) => p.message).join('\n'));
    writeFileSync(join(root, 'korvel.zip'), zipProject(written.files));

    const built = run(['--data', 'korvel.zip', '--out', 'out/corpus.json']);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);

    const page = buildCorpus(written.files);
    if (!page.ok) throw new Error(page.errors.map((e) => e.message).join('\n'));
    const cli = readFileSync(join(root, 'out', 'corpus.json'), 'utf8');
    expect(cli).toBe(corpusJson(page.corpus));
    // The texts came through the zip exactly, and so did how each outlet is known.
    expect(page.corpus.articles.map((a) => a.text)).toEqual(DRAFTS.map((d) => d.text));
    expect(page.corpus.outlets.map((o) => [o.id, o.identification.how])).toEqual([
      ['valley-herald', 'stated'],
      ['ridge-daily', 'inferred'],
      ['unidentified-003', 'unknown'],
    ]);
  });

  it('names the zip, the member, the line and the field of a broken file', () => {
    const written = draftsToFiles({ title: 'Korvel pass landslide', drafts: DRAFTS });
    if (!written.ok) throw new Error('expected the drafts to be written');
    const files = { ...written.files, 'events.yaml': '- id: slide\n  kind: slip\n' };
    writeFileSync(join(root, 'broken.zip'), zipProject(files));
    const built = run(['--data', 'broken.zip', '--out', 'out/broken.json']);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('broken.zip/data/events.yaml:2: kind: expected one of');
  });

  it('writes the data folder as a project zip with --project, which builds to the same corpus', () => {
    const written = draftsToFiles({ title: 'Korvel pass landslide', drafts: DRAFTS });
    if (!written.ok) throw new Error('expected the drafts to be written');
    writeFileSync(join(root, 'source.zip'), zipProject(written.files));
    const first = run([
      '--data',
      'source.zip',
      '--out',
      'out/first.json',
      '--project',
      'out/copy.zip',
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wrote out/copy.zip');
    // The copy is the files as read, zipped the page's way: byte for byte the zip they came in.
    expect(readFileSync(join(root, 'out', 'copy.zip'))).toEqual(
      readFileSync(join(root, 'source.zip')),
    );
    const again = run(['--data', 'out/copy.zip', '--out', 'out/again.json']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(root, 'out', 'again.json'), 'utf8')).toBe(
      readFileSync(join(root, 'out', 'first.json'), 'utf8'),
    );
  });

  it('refuses a file that is not a zip, and a zip that is not there', () => {
    writeFileSync(join(root, 'notes.zip'), 'a list of things to read');
    expect(run(['--data', 'notes.zip']).stderr).toContain('notes.zip: not a zip file');
    expect(run(['--data', 'absent.zip']).stderr).toContain('absent.zip: no such zip file');
  });
});
