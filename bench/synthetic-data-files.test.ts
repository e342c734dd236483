import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MINIMAL_FILES } from '../src/test-support/pipeline/minimal-files.ts';
import { loadInputs } from '../src/corpus/pipeline/load-inputs.ts';
import {
  CATALOGUE_FILES,
  readCatalogue,
  syntheticDataFiles,
  writeDataFolder,
  type CatalogueTemplate,
} from './synthetic-data-files.ts';

const catalogue = Object.fromEntries(
  CATALOGUE_FILES.map((name) => [name, MINIMAL_FILES[name] ?? '']),
) as CatalogueTemplate;

describe('syntheticDataFiles', () => {
  it('writes a data folder the corpus build loads without an error', () => {
    const files = syntheticDataFiles({ articles: 40, seed: 7, catalogue });
    const loaded = loadInputs(files);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
    expect(loaded.inputs.articles).toHaveLength(40);
    expect(loaded.inputs.outlets).toHaveLength(8);
    // Each outlet is identified by a credit line found in its first article.
    for (const outlet of loaded.inputs.outlets) {
      expect(outlet.identification.evidence[0]?.quote).toBe(`Reporting by ${outlet.name}`);
    }
  });

  it('carries the real catalogue’s example passages into its first article, so claims by example load', async () => {
    const real = await readCatalogue(join(import.meta.dirname, '..', 'data'));
    const files = syntheticDataFiles({ articles: 12, seed: 3, catalogue: real });
    const loaded = loadInputs(files);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
    const examples = loaded.inputs.examples;
    expect(examples.length).toBeGreaterThan(0);
    expect(new Set(examples.map((e) => e.articleId))).toEqual(new Set(['s0000']));
  });

  it('copies the catalogue unchanged and names its places and people in the articles', () => {
    const files = syntheticDataFiles({ articles: 30, seed: 1, catalogue });
    for (const name of CATALOGUE_FILES) expect(files[name]).toBe(catalogue[name]);
    const bodies = Object.entries(files)
      .filter(([name]) => name.startsWith('articles/'))
      .map(([, text]) => text)
      .join('\n');
    expect(bodies).toContain('Tarsa');
    expect(bodies).toContain('Jana Holt');
    expect(bodies).toContain('Monitor Group');
  });

  it('gives the same files for the same seed and different ones for another seed', () => {
    const a = syntheticDataFiles({ articles: 12, seed: 3, catalogue });
    expect(syntheticDataFiles({ articles: 12, seed: 3, catalogue })).toEqual(a);
    expect(syntheticDataFiles({ articles: 12, seed: 4, catalogue })['articles/s0005.md']).not.toBe(
      a['articles/s0005.md'],
    );
  });

  it('puts wire copy only where asked: long verbatim paragraphs shared between articles', () => {
    const sharedParagraphs = (share: number) => {
      const files = syntheticDataFiles({ articles: 60, seed: 11, catalogue, reuseShare: share });
      const seen = new Map<string, number>();
      for (const [name, text] of Object.entries(files)) {
        if (!name.startsWith('articles/')) continue;
        for (const paragraph of new Set(text.split('\n'))) {
          if (paragraph.length > 80) seen.set(paragraph, (seen.get(paragraph) ?? 0) + 1);
        }
      }
      return [...seen.values()].filter((n) => n > 1).length;
    };
    expect(sharedParagraphs(0)).toBe(0);
    expect(sharedParagraphs(0.5)).toBeGreaterThan(20);
  });

  it('writes articles nobody copied in their own words: no two sentences look reworded', () => {
    const files = syntheticDataFiles({ articles: 30, seed: 5, catalogue, reuseShare: 0 });
    const sentencesOf = (text: string) =>
      text
        .split(/(?<=[.!?”])\s+/)
        .map((sentence) => new Set(sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []))
        .filter((words) => words.size >= 8);
    const articles = Object.entries(files)
      .filter(([name]) => name.startsWith('articles/'))
      .map(([, text]) => sentencesOf(text));
    let pairs = 0;
    let similar = 0;
    for (let a = 0; a < articles.length; a++) {
      for (let b = a + 1; b < articles.length; b++) {
        for (const x of articles[a] ?? []) {
          for (const y of articles[b] ?? []) {
            const shared = [...x].filter((word) => y.has(word)).length;
            pairs += 1;
            if (shared / (x.size + y.size - shared) >= 0.5) similar += 1;
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(10_000);
    expect(similar / pairs).toBeLessThan(0.001);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => syntheticDataFiles({ articles: 0, seed: 1, catalogue })).toThrow(
      'positive integer',
    );
  });
});

describe('writeDataFolder', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes every file under the folder, articles in their own folder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'synthetic-data-'));
    const files = syntheticDataFiles({ articles: 3, seed: 2, catalogue });
    await writeDataFolder(dir, files);
    expect((await readdir(join(dir, 'articles'))).sort()).toEqual([
      's0000.md',
      's0001.md',
      's0002.md',
    ]);
    expect(await readFile(join(dir, 'outlets.yaml'), 'utf8')).toBe(files['outlets.yaml']);
  });
});
