import { buildCorpus } from '../../corpus/pipeline/build-corpus.ts';
import { MINIMAL_FILES, withFiles } from '../../test-support/pipeline/minimal-files.ts';
import { parseCorpusText } from '../../corpus/parse-corpus.ts';
import { corpusJson } from '../../corpus/serialize-corpus.ts';
import { runBuild } from './run-build.ts';

describe('runBuild', () => {
  it('gives the exact text the command line writes, and counts the diagnostics', () => {
    const cli = buildCorpus(MINIMAL_FILES);
    if (!cli.ok) throw new Error('the minimal folder should build');
    const outcome = runBuild(MINIMAL_FILES, () => undefined);
    if (!outcome.ok) throw new Error('the minimal folder should build in the page too');
    expect(outcome.corpusText).toBe(corpusJson(cli.corpus));
    expect(outcome.diagnostics).toBe(cli.corpus.diagnostics.length);
  });

  it('hands back the corpus its text reads as, checked, so the page need not check it again', () => {
    const outcome = runBuild(MINIMAL_FILES, () => undefined);
    if (!outcome.ok) throw new Error('the minimal folder should build in the page');
    const read = parseCorpusText(outcome.corpusText);
    if (!read.ok) throw new Error('the built text should read as a corpus');
    expect(outcome.corpus).toEqual(read.corpus);
    // What crosses to the page is a copy (structured clone): it must survive one unchanged.
    expect(structuredClone(outcome.corpus)).toEqual(read.corpus);
  });

  it('hands back the loader’s errors, naming the file', () => {
    const outcome = runBuild(withFiles({ 'outlets.yaml': 'not: [a list' }), () => undefined);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.length).toBeGreaterThan(0);
    expect(outcome.errors[0]?.file).toContain('outlets.yaml');
  });
});
