import fc from 'fast-check';
import { checkCorpus } from '../check-corpus.ts';
import { buildCorpus } from './build-corpus.ts';
import { generatedFiles } from '../../test-support/pipeline/generated-files.ts';
import { MINIMAL_FILES, withFiles } from '../../test-support/pipeline/minimal-files.ts';
import { formatInputError } from './input-error.ts';

function build(files = MINIMAL_FILES, autoOnly = false) {
  const result = buildCorpus(files, { autoOnly });
  if (!result.ok) throw new Error(result.errors.map(formatInputError).join('\n'));
  return result.corpus;
}

const articleFile = (body: string) => `---
id: b2
outlet: unknown-b
title: null
published: null
url: null
---
${body}`;

describe('buildCorpus', () => {
  it('builds a checked corpus: figures numbered per article, evidence with stance, reuse found', () => {
    const corpus = build();
    expect(checkCorpus(corpus)).toEqual([]);
    expect(corpus.articles.map((a) => a.id)).toEqual(['a1', 'b2']);
    expect(corpus.figures.map((f) => f.id)).toEqual(
      corpus.figures.map((f, _, all) => {
        const n = all.filter((g) => g.articleId === f.articleId).indexOf(f) + 1;
        return `${f.articleId}-f${String(n).padStart(2, '0')}`;
      }),
    );
    const toll = corpus.evidence.find(
      (e) => e.claimId === 'tarsa-12-killed' && e.articleId === 'a1' && e.stance !== 'asserts',
    );
    expect(toll).toMatchObject({
      stance: 'attributes',
      attributedTo: 'Monitor Group',
      origin: 'auto',
    });
    const denial = corpus.evidence.find((e) => e.claimId === 'denies-targeting-civilians');
    expect(denial?.stance).toBe('attributes');
    expect(corpus.sourceGroups.map((g) => g.articleIds)).toEqual([['a1'], ['b2']]);
  });

  it('says why a figure has no event, in a diagnostic at the figure', () => {
    const corpus = build(
      withFiles({
        'articles/b2.md': articleFile('Elsewhere, 30 people were hurt in a fire last year.\n'),
      }),
    );
    const figure = corpus.figures.find((f) => f.articleId === 'b2');
    expect(figure?.eventId).toBeNull();
    const diagnostic = corpus.diagnostics.find(
      (d) => d.code === 'figure-without-event' && d.articleId === 'b2',
    );
    expect(diagnostic).toMatchObject({ level: 'info', start: figure?.start, end: figure?.end });
  });

  it('sets aside an article in a language it does not read, and says so instead of reading nothing', () => {
    // Written for this test: a short French news paragraph.
    const french =
      "Au moins 30 personnes ont été tuées lundi dans l'explosion d'une voiture piégée sur un marché du centre-ville, selon la police. Le bilan pourrait encore s'alourdir, a déclaré un responsable de l'hôpital, qui a fait état de dizaines de blessés graves.\n";
    const corpus = build(withFiles({ 'articles/b2.md': articleFile(french) }));
    expect(corpus.figures.filter((f) => f.articleId === 'b2')).toEqual([]);
    expect(corpus.evidence.filter((e) => e.articleId === 'b2')).toEqual([]);
    const diagnostic = corpus.diagnostics.find((d) => d.code === 'language-not-read');
    expect(diagnostic).toMatchObject({ level: 'warning', articleId: 'b2' });
    expect(diagnostic?.message).toContain('French');
    // The English article beside it is read as before.
    expect(corpus.figures.some((f) => f.articleId === 'a1')).toBe(true);
    expect(
      corpus.diagnostics.filter((d) => d.articleId === 'a1' && d.code === 'language-not-read'),
    ).toEqual([]);
  });

  it('credits a count to the source its own words name, not to the speaker who rejects it', () => {
    const body =
      'The Defence Ministry rejected the toll of 40 civilians that the Monitor Group claims.\nAccording to Jana Holt, at least 30 children died, a figure the Defence Ministry denies.\n';
    const corpus = build(withFiles({ 'articles/b2.md': articleFile(body) }));
    expect(
      corpus.figures.filter((f) => f.articleId === 'b2').map((f) => [f.quote, f.attributedTo]),
    ).toEqual([
      ['40 civilians', 'Monitor Group'],
      ['at least 30 children', 'Jana Holt'],
    ]);
  });

  it('credits a quote with no speaker cue of its own to the sentence’s speaker', () => {
    const corpus = build(
      withFiles({
        'articles/b2.md': articleFile(
          'In Tarsa, Jana Holt described "utter carnage" in the market.\n',
        ),
      }),
    );
    expect(corpus.quotes.find((q) => q.articleId === 'b2')).toMatchObject({
      quote: 'utter carnage',
      speakerId: 'jana-holt',
    });
  });

  it('applies reviews unless autoOnly, and a broken review file only fails a reviewed build', () => {
    const reviewed = withFiles({
      'reviews.yaml':
        '- kind: figure\n  action: confirm\n  article: a1\n  quote: 12 civilians\n  occurrence: 2\n',
    });
    expect(build(reviewed).figures.filter((f) => f.origin === 'reviewed')).toHaveLength(1);
    expect(build(reviewed, true).figures.every((f) => f.origin === 'auto')).toBe(true);
    const broken = withFiles({ 'reviews.yaml': '- kind: figure\n  action: [\n' });
    expect(buildCorpus(broken).ok).toBe(false);
    expect(buildCorpus(broken, { autoOnly: true }).ok).toBe(true);
  });

  it('returns the loader’s errors instead of throwing', () => {
    const result = buildCorpus(withFiles({ 'people.yaml': undefined }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(formatInputError)).toEqual([
      'data/people.yaml: the file is missing: expected a list of people',
    ]);
  });

  it('builds every article text it accepts, with verbatim spans, and refuses the rest saying why', () => {
    const words = fc.constantFrom(
      'Tarsa',
      '12',
      'civilians',
      'killed',
      'at least',
      '"',
      '“',
      '”',
      '’',
      'said',
      'Holt',
      'Monday',
      '.',
      ',',
      '\n',
      'war crimes',
      'may',
      'denied',
      'dozens',
      'Sept.',
      'U.S.',
      ':',
      'Related:',
      ' ',
      '—',
      'é',
      '😀',
    );
    const text = fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }) },
      {
        weight: 4,
        arbitrary: fc.array(words, { minLength: 1, maxLength: 80 }).map((parts) => parts.join(' ')),
      },
      // The two texts an article file may not have: none at all, and binary data.
      { weight: 1, arbitrary: fc.stringMatching(/^[ \t\r\n]*$/) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u0000${b}`),
      },
    );
    // What the loader promises to say of a text it refuses; any other text must build.
    const refusalOf = (body: string): string | null =>
      body.includes('\u0000')
        ? 'data/articles/b2.md: the file holds binary data (NUL characters): expected UTF-8 text'
        : body.trim() === ''
          ? 'data/articles/b2.md:8: the article has no text after its front matter'
          : null;
    const numRuns = 150;
    let built = 0;
    let refused = 0;
    fc.assert(
      fc.property(text, (body) => {
        const result = buildCorpus(withFiles({ 'articles/b2.md': articleFile(body) }));
        const errors = result.ok ? [] : result.errors.map(formatInputError);
        const refusal = refusalOf(body);
        if (refusal !== null) {
          expect(errors).toEqual([refusal]);
          refused++;
          return;
        }
        // A build that fails its own verification says so in these errors too: a stage's bug.
        expect(errors).toEqual([]);
        if (!result.ok) return;
        expect(checkCorpus(result.corpus)).toEqual([]);
        const article = result.corpus.articles.find((a) => a.id === 'b2');
        // The text is kept exactly as received: every span below is an offset into it.
        expect(article?.text).toBe(body);
        const texts = new Map(result.corpus.articles.map((a) => [a.id, a.text]));
        for (const list of [
          result.corpus.evidence,
          result.corpus.figures,
          result.corpus.dates,
          result.corpus.quotes,
        ]) {
          for (const span of list)
            expect(texts.get(span.articleId)?.slice(span.start, span.end)).toBe(span.quote);
        }
        built++;
      }),
      { numRuns },
    );
    // Most generated texts are articles: a generator that only made refused ones would test nothing.
    expect(built).toBeGreaterThan(numRuns / 2);
    expect(refused).toBeGreaterThan(0);
  });

  it('builds 1,000 small articles', () => {
    const corpus = build(generatedFiles(1000));
    expect(corpus.articles).toHaveLength(1000);
    expect(corpus.reuse.length).toBeGreaterThan(0);
    expect(corpus.figures.length).toBeGreaterThanOrEqual(2000);
  }, 60_000);

  it('builds an article of one and a half megabytes', () => {
    const paragraph =
      'Air strikes on the town of Tarsa on Monday killed at least 12 civilians, the Monitor Group said. "We counted every body," said Jana Holt.\n\n';
    const body = paragraph.repeat(Math.floor((1.5 * 1024 * 1024) / paragraph.length));
    const corpus = build(withFiles({ 'articles/b2.md': articleFile(body) }));
    expect(corpus.articles[1]?.text.length).toBe(body.length);
  }, 60_000);
});
