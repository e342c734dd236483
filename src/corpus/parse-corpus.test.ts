import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import { parseCorpus, parseCorpusText } from './parse-corpus.ts';
import type { Corpus } from './schema.ts';

const copy = (): Corpus => structuredClone(fixtureCorpus);

function failureOf(value: unknown) {
  const result = parseCorpus(value);
  if (result.ok) throw new Error('expected the corpus to be refused');
  return result.failure;
}

describe('parseCorpus', () => {
  it('accepts the fixture corpus unchanged', () => {
    const result = parseCorpus(copy());
    expect(result.ok).toBe(true);
    expect(result.ok && result.corpus.articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('names the path of a missing required field', () => {
    const corpus: Record<string, unknown> = { ...copy() };
    delete corpus.claims;
    const failure = failureOf(corpus);
    expect(failure.kind).toBe('schema');
    expect(failure.details).toContain(
      'claims: required field is missing (invalid input: expected array, received undefined)',
    );
  });

  it('names the path of a wrong field deep inside a record', () => {
    const corpus = copy() as unknown as { figures: { low: unknown }[] };
    corpus.figures[2]!.low = 'forty-nine';
    expect(failureOf(corpus).details.join('\n')).toMatch(/figures\[2\]\.low/);
  });

  it('refuses a figure whose article does not exist', () => {
    const corpus = copy();
    corpus.figures[0]!.articleId = 'a9';
    const failure = failureOf(corpus);
    expect(failure.kind).toBe('reference');
    expect(failure.details.join('\n')).toContain('figures[0].articleId names article "a9"');
  });

  it('refuses evidence for an unknown claim and a quote by an unknown person', () => {
    const corpus = copy();
    corpus.evidence[1]!.claimId = 'no-such-claim';
    corpus.quotes[0]!.speakerId = 'nobody';
    const details = failureOf(corpus).details.join('\n');
    expect(details).toContain('evidence[1].claimId names claim "no-such-claim"');
    expect(details).toContain('quotes[0].speakerId names person "nobody"');
  });

  it('refuses a span whose quote differs from the article text', () => {
    const corpus = copy();
    corpus.figures[2]!.quote = '94 civilians';
    const failure = failureOf(corpus);
    expect(failure.kind).toBe('span');
    expect(failure.details.join('\n')).toMatch(
      /figures\[2\]\.quote is "94 civilians" but article "a1" has "49 civilians"/,
    );
  });

  it('refuses a span that runs past the end of its article', () => {
    const corpus = copy();
    const length = corpus.articles[2]!.text.length;
    corpus.dates[3]!.end = length + 5;
    expect(failureOf(corpus).details.join('\n')).toMatch(
      /dates\[3\] runs from \d+ to \d+, outside article "a3"/,
    );
  });

  it('refuses a reuse passage that does not match either article', () => {
    const corpus = copy();
    corpus.reuse[0]!.passages[0]!.quoteB = 'something else';
    expect(failureOf(corpus).details.join('\n')).toContain('reuse[0].passages[0].B.quote');
  });

  it('refuses an empty corpus', () => {
    const corpus = {
      ...copy(),
      articles: [],
      outlets: [],
      evidence: [],
      figures: [],
      dates: [],
      quotes: [],
      reuse: [],
      sourceGroups: [],
      discrepancies: [],
      diagnostics: [],
    };
    const failure = failureOf(corpus);
    expect(failure.kind).toBe('empty');
    expect(failure.summary).toMatch(/no articles/);
  });

  it('refuses duplicate ids', () => {
    const corpus = copy();
    corpus.claims.push({ ...corpus.claims[0]! });
    expect(failureOf(corpus).details.join('\n')).toContain(
      'claims id "toll-200-civilians" appears more than once',
    );
  });
});

describe('parseCorpusText', () => {
  it('says when the text is not JSON and shows how it begins', () => {
    const result = parseCorpusText('<!doctype html><html>');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure.kind).toBe('not-json');
    expect(!result.ok && result.failure.details.join('\n')).toContain('It begins: <!doctype html>');
  });

  it('parses a corpus written as JSON', () => {
    expect(parseCorpusText(JSON.stringify(fixtureCorpus)).ok).toBe(true);
  });
});
