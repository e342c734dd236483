import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import type { ArticleSegment } from './article-segments.ts';
import { buildReader, isWebUrl, reuseOf } from './reader-model.ts';

const reader = (filters: Partial<Filters>) =>
  buildReader(fixtureCorpus, { ...DEFAULT_FILTERS, ...filters });

function markedText(segments: ArticleSegment[], kind: string): string[] {
  return segments
    .flatMap((s) => (s.type === 'text' ? [s] : s.pieces))
    .filter((p) => p.marks.some((m) => m.kind === kind))
    .map((p) => p.text);
}

describe('buildReader', () => {
  it('is closed when no article is open', () => {
    expect(reader({})).toBeNull();
  });

  it('opens the cell’s article with its evidence as the primary mark', () => {
    const model = reader({
      cell: { claimId: 'may-be-war-crimes', articleId: 'a2' },
      article: 'a2',
    });
    expect(model?.article.id).toBe('a2');
    expect(model?.outlet?.name).toBe('Daily Reprint');
    expect(model?.cell?.summary).toBe(
      'attributes to Amberly International, hedged, machine-proposed',
    );
    expect(markedText(model!.segments, 'primary').join('')).toBe(
      'Rulvian air strikes in Sylva may amount to war crimes, Amberly International said',
    );
    // The article's other figures are marked, the vague one included.
    expect(markedText(model!.segments, 'figure')).toEqual([
      'at least 200 civilians',
      'Hundreds of civilians',
    ]);
    expect(model?.counts).toEqual({
      primary: 1,
      figure: 2,
      date: 0,
      quote: 0,
      shared: 1,
      credit: 0,
    });
  });

  it('says an article the machine did not read was not read, not that it does not report the claim', () => {
    const corpus = structuredClone(fixtureCorpus);
    corpus.diagnostics.push({
      level: 'warning',
      code: 'language-not-read',
      message: 'This article looks French (fr).',
      articleId: 'a3',
      start: null,
      end: null,
    });
    const filters = {
      ...DEFAULT_FILTERS,
      cell: { claimId: 'toll-200-civilians', articleId: 'a3' },
      article: 'a3',
    };
    expect(buildReader(corpus, filters)?.cell?.summary).toBe('not read by the machine');
    expect(buildReader(fixtureCorpus, filters)?.cell?.summary).toBe('not reported');
  });

  it('marks a highlight from the URL instead of the evidence, and says when it is out of range', () => {
    const model = reader({ article: 'a3', highlight: { start: 0, end: 6 } });
    expect(model?.cell).toBeNull();
    expect(markedText(model!.segments, 'primary')).toEqual(['Rulvia']);
    expect(model?.highlightProblem).toBeNull();

    const outside = reader({ article: 'a3', highlight: { start: 5, end: 100_000 } });
    expect(outside?.highlightProblem).toMatch(/characters 5–100000/);
    expect(outside?.counts.primary).toBe(0);
  });

  it('notes a quote’s speaker and a date’s value, and says when a speaker is not named', () => {
    const wire = reader({ article: 'a1' })!;
    const notes = wire.segments
      .flatMap((s) => (s.type === 'text' ? s.marks : s.pieces.flatMap((p) => p.marks)))
      .map((m) => m.note);
    expect(notes).toContain('quote: Igor Kolbanevsky, Rulvian Defence Ministry');
    expect(notes).toContain('date: 2015-09-30 to 2015-11-29');
    expect(notes).toContain(
      'figure: at least 200 civilians, killed, according to Amberly International',
    );
    const blog = reader({ article: 'a3' })!;
    expect(
      blog.segments.flatMap((s) => (s.type === 'text' ? s.marks : [])).map((m) => m.note),
    ).toContain('quote: speaker not named');
  });
});

describe('buildReader: shared text and credits', () => {
  it('marks every passage the article shares, each noting the article it shares it with', () => {
    const model = reader({ article: 'a2' })!;
    const shared = model.segments.flatMap((s) =>
      (s.type === 'text' ? [s] : s.pieces).flatMap((p) =>
        p.marks.filter((m) => m.kind === 'shared').map((m) => [p.text, m.note]),
      ),
    );
    expect(shared.map(([text]) => text).join('')).toBe(fixtureCorpus.reuse[0]!.passages[0]!.quoteB);
    expect(shared[0]?.[1]).toBe('shared with Wire Desk (article a1) (wire copy)');
  });

  it('marks a credit in the text and links it to the articles sharing the copy it covers', () => {
    const corpus = structuredClone(fixtureCorpus);
    const text = corpus.articles.find((a) => a.id === 'a2')!.text;
    const quote = 'Hundreds of civilians have died';
    const start = text.indexOf(quote);
    corpus.credits = [
      {
        articleId: 'a2',
        start,
        end: start + quote.length,
        quote,
        agency: 'Reuters',
        form: 'contributed',
        scope: 'article',
        outletId: null,
      },
    ];
    const model = buildReader(corpus, { ...DEFAULT_FILTERS, article: 'a2' })!;
    expect(markedText(model.segments, 'credit').join('')).toBe(quote);
    expect(model.counts.credit).toBe(1);
    expect(model.credits[0]?.copies.map((c) => c.article.id)).toEqual(['a1']);
    // The wire agency's own outlet is the likely original of what the two share.
    expect(model.reuse[0]?.origins).toEqual([
      { text: 'Wire Desk (article a1), a wire agency’s article', rows: 2 },
    ]);
  });
});

describe('reuseOf', () => {
  it('starts the other article at its first shared passage', () => {
    const passage = fixtureCorpus.reuse[0]!.passages[0]!;
    expect(reuseOf(fixtureCorpus, 'a1')[0]?.firstInOther).toEqual({
      start: passage.startB,
      end: passage.endB,
    });
    expect(reuseOf(fixtureCorpus, 'a2')[0]?.passages).toBe(1);
  });

  it('gives each side its own share of shared text', () => {
    expect(reuseOf(fixtureCorpus, 'a1').map((r) => [r.otherArticle.id, r.share, r.kind])).toEqual([
      ['a2', 0.55, 'wire'],
    ]);
    expect(reuseOf(fixtureCorpus, 'a2').map((r) => [r.otherArticle.id, r.share])).toEqual([
      ['a1', 0.6],
    ]);
    expect(reuseOf(fixtureCorpus, 'a3')).toEqual([]);
  });
});

describe('isWebUrl', () => {
  it('accepts http(s) only', () => {
    expect(isWebUrl('https://example.org/a')).toBe(true);
    expect(isWebUrl('http://example.org/a')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,<b>x</b>')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
  });
});
