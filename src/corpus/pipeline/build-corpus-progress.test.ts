import { buildCorpus, type BuildProgress } from './build-corpus.ts';
import { MINIMAL_FILES, withFiles } from '../../test-support/pipeline/minimal-files.ts';

const STAGES: BuildProgress['stage'][] = ['load', 'articles', 'claims', 'compare', 'check'];

function buildWithProgress(files = MINIMAL_FILES) {
  const seen: BuildProgress[] = [];
  const result = buildCorpus(files, { onProgress: (p) => seen.push(p) });
  return { result, seen };
}

describe('buildCorpus onProgress', () => {
  it('reports every stage once, in order, and counts each article up to the total', () => {
    const { result, seen } = buildWithProgress();
    expect(result.ok).toBe(true);
    const stages = seen.map((p) => p.stage).filter((s, i, all) => all[i - 1] !== s);
    expect(stages).toEqual(STAGES);
    const articles = seen.filter((p) => p.stage === 'articles');
    // The stage's start, then one call after each of the two articles.
    expect(articles.map((p) => [p.done, p.total])).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    for (const p of seen) {
      expect(p.done).toBeLessThanOrEqual(p.total);
      expect(p.label).not.toBe('');
    }
  });

  it('builds the same corpus, byte for byte, with and without a progress callback', () => {
    const plain = buildCorpus(MINIMAL_FILES);
    const { result } = buildWithProgress();
    if (!plain.ok || !result.ok) throw new Error('the minimal folder should build');
    expect(JSON.stringify(result.corpus, null, 2)).toBe(JSON.stringify(plain.corpus, null, 2));
  });

  it('stops at the load stage when the files are refused', () => {
    const { result, seen } = buildWithProgress(withFiles({ 'corpus.yaml': 'title: [' }));
    expect(result.ok).toBe(false);
    expect(seen.map((p) => p.stage)).toEqual(['load']);
  });
});
