import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { ArticleDraft } from '../project/article-draft.ts';
import { draftsToFiles } from '../project/project-files.ts';
import { zipProject } from '../project/project-zip.ts';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import { corpusJson } from '../corpus/serialize-corpus.ts';
import { MINIMAL_FILES } from '../test-support/pipeline/minimal-files.ts';
import { openedProject } from './opened-project.ts';

const draft = (key: string, extra: Partial<ArticleDraft>): ArticleDraft => ({
  key,
  source: `${key}.html`,
  text: `The lighthouse keeper said the lamp failed twice on ${key} night.\n`,
  title: `Lamp failed (${key})`,
  outlet: null,
  published: null,
  url: null,
  byline: null,
  evidence: [],
  ...extra,
});

const DRAFTS = [
  draft('first', {
    outlet: 'Cliffside Herald',
    published: '2031-03-04',
    url: 'https://herald.example/lamp',
    evidence: [{ proposes: 'outlet', from: 'og:site_name', value: 'Cliffside Herald' }],
  }),
  draft('second', { outlet: 'Bay Radio' }),
  draft('third', {}),
];

function zipOf(drafts: readonly ArticleDraft[]): Uint8Array {
  const files = draftsToFiles({ title: 'Lamp failures', drafts });
  if (!files.ok) throw new Error('the drafts should write');
  return zipProject(files.files);
}

describe('openedProject', () => {
  it('reads a downloaded project back into drafts that write the same files', () => {
    const opened = openedProject(zipOf(DRAFTS), 'lamp.zip');
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.name).toBe('Lamp failures');
    expect(opened.drafts.map((d) => [d.outlet, d.title, d.published, d.url, d.text])).toEqual(
      DRAFTS.map((d) => [d.outlet, d.title, d.published, d.url, d.text]),
    );
    expect(opened.drafts[0]?.evidence).toEqual([
      { proposes: 'outlet', from: 'og:site_name', value: 'Cliffside Herald' },
    ]);
    const again = draftsToFiles({ title: opened.name, drafts: opened.drafts, kept: opened.kept });
    const first = draftsToFiles({ title: 'Lamp failures', drafts: DRAFTS });
    if (!again.ok || !first.ok) throw new Error('both should write');
    expect(again.files).toEqual(first.files);
  });

  it('opens a data folder zipped by hand and builds it to the same corpus: its article ids and outlets kept', () => {
    const opened = openedProject(zipProject(MINIMAL_FILES), 'tiny.zip');
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const files = draftsToFiles({ title: opened.name, drafts: opened.drafts, kept: opened.kept });
    if (!files.ok) throw new Error(JSON.stringify(files.problems));
    // Its ids (not "001", "002") and its outlets.yaml with the evidence it records, as they were.
    expect(Object.keys(files.files).filter((n) => n.startsWith('articles/'))).toEqual(
      Object.keys(MINIMAL_FILES).filter((n) => n.startsWith('articles/')),
    );
    expect(files.files['outlets.yaml']).toBe(MINIMAL_FILES['outlets.yaml']);
    const original = buildCorpus(MINIMAL_FILES);
    const reopened = buildCorpus(files.files);
    if (!original.ok || !reopened.ok) throw new Error('both should build');
    expect(corpusJson(reopened.corpus)).toBe(corpusJson(original.corpus));

    // A renamed outlet and a new article get entries of their own after the kept ones.
    const [first, second] = opened.drafts;
    if (first === undefined || second === undefined) throw new Error('two drafts expected');
    const changed = draftsToFiles({
      title: opened.name,
      drafts: [
        { ...first, outlet: 'Harbour Post' },
        second,
        { ...draft('fourth', { outlet: 'Bay Radio' }) },
      ],
      kept: opened.kept,
    });
    if (!changed.ok) throw new Error(JSON.stringify(changed.problems));
    const outlets = changed.files['outlets.yaml'] ?? '';
    expect(outlets.startsWith(MINIMAL_FILES['outlets.yaml'] ?? '')).toBe(true);
    expect(outlets).toContain('name: "Harbour Post"');
    expect(outlets).toContain('name: "Bay Radio"');
    const ids = Object.keys(changed.files).filter((n) => n.startsWith('articles/'));
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(buildCorpus(changed.files).ok).toBe(true);
  });

  it('says a zip that holds no project is not one, naming it', () => {
    const opened = openedProject(zipSync({ 'notes.txt': strToU8('a list') }), 'notes.zip');
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems[0]).toMatchObject({ source: 'notes.zip', level: 'error' });
    expect(opened.problems[0]?.message).toMatch(/not a project/);
  });

  it('names the file, line and field of a broken article in a project', () => {
    const files = draftsToFiles({ title: 'Lamp failures', drafts: DRAFTS });
    if (!files.ok) throw new Error('the drafts should write');
    const broken = { ...files.files };
    const name = Object.keys(broken).find((n) => n.startsWith('articles/')) ?? '';
    broken[name] = (broken[name] ?? '').replace(/published: .*/, 'published: "the fourth"');
    const opened = openedProject(zipProject(broken), 'lamp.zip');
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems[0]).toMatchObject({ field: 'published', level: 'error' });
    expect(opened.problems[0]?.source).toContain(name);
    expect(opened.problems[0]?.line).toBeGreaterThan(0);
  });
});
