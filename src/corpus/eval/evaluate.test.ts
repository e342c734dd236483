import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import type { Corpus } from '../schema.ts';
import { evaluate, formatEvaluation } from './evaluate.ts';
import type { Gold } from './load-gold.ts';

/** Gold that says exactly what the fixture corpus says, for the articles given. */
function goldFromCorpus(corpus: Corpus, articleId: string): Gold {
  const mine = <T extends { articleId: string }>(items: T[]) =>
    items.filter((i) => i.articleId === articleId);
  return {
    article: articleId,
    boilerplate: [],
    figures: mine(corpus.figures).map((f) => ({
      quote: f.quote,
      start: f.start,
      end: f.end,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      vague: f.vague,
      group: f.group,
      outcome: f.outcome,
      role: f.role,
      noun: f.noun,
      event: f.eventId,
      attributedTo: f.attributedTo,
    })),
    dates: mine(corpus.dates).map((d) => ({
      quote: d.quote,
      start: d.start,
      end: d.end,
      value: d.value,
      valueEnd: d.valueEnd,
      precision: d.precision,
      event: d.eventId,
    })),
    quotes: mine(corpus.quotes).map((q) => ({
      quote: q.quote,
      start: q.start,
      end: q.end,
      speaker: q.speakerId,
    })),
    evidence: mine(corpus.evidence).map((e) => ({
      claim: e.claimId,
      quote: e.quote,
      start: e.start,
      end: e.end,
      stance: e.stance,
      attributedTo: e.attributedTo,
      hedged: e.hedged,
    })),
  };
}

const ARTICLES = fixtureCorpus.articles.map((a) => a.id);

describe('evaluate', () => {
  it('scores a corpus that agrees with its gold as perfect', () => {
    const result = evaluate(
      fixtureCorpus,
      ARTICLES.map((id) => goldFromCorpus(fixtureCorpus, id)),
    );
    expect(result.perfect).toBe(true);
    expect(result.scores.every((s) => s.precision === 1 && s.recall === 1)).toBe(true);
    expect(result.scores.find((s) => s.kind === 'figures')?.gold).toBe(
      fixtureCorpus.figures.length,
    );
  });

  it('counts a wrong field against precision and recall and says which field', () => {
    const gold = ARTICLES.map((id) => goldFromCorpus(fixtureCorpus, id));
    const first = gold.find((g) => g.figures.length > 0)!;
    first.figures[0] = { ...first.figures[0]!, low: first.figures[0]!.low + 1 };
    const figures = evaluate(fixtureCorpus, gold).scores.find((s) => s.kind === 'figures')!;
    const n = fixtureCorpus.figures.length;
    expect(figures.matched).toBe(n);
    expect(figures.correct).toBe(n - 1);
    expect(figures.precision).toBeCloseTo((n - 1) / n);
    expect(figures.disagreements).toEqual({ low: 1 });
    expect(figures.misses[0]).toMatch(/wrong .*low/);
  });

  it('checks every cell for "exact": a wrong qualifier or a shorter span is not exact', () => {
    const gold = ARTICLES.map((id) => goldFromCorpus(fixtureCorpus, id));
    const first = gold.find((g) => g.figures.length > 0)!;
    const figure = first.figures[0]!;
    first.figures[0] = {
      ...figure,
      qualifier: 'roughly',
      end: figure.end - 1,
      quote: figure.quote.slice(0, -1),
    };
    const result = evaluate(fixtureCorpus, gold);
    const figures = result.scores.find((s) => s.kind === 'figures')!;
    expect(figures.correct).toBe(fixtureCorpus.figures.length);
    expect(figures.exact).toBe(fixtureCorpus.figures.length - 1);
    expect(figures.misses[0]).toMatch(/cells .*span .*qualifier .* \(gold roughly\)/);
    expect(result.perfect).toBe(false);
  });

  it('counts a missed item against recall and an extra one against precision', () => {
    const gold = ARTICLES.map((id) => goldFromCorpus(fixtureCorpus, id));
    const withEvidence = gold.find((g) => g.evidence.length > 1)!;
    const dropped = withEvidence.evidence.pop()!;
    const corpusWithout: Corpus = {
      ...fixtureCorpus,
      evidence: fixtureCorpus.evidence.filter(
        (e) =>
          !(
            e.articleId === withEvidence.article &&
            e.start === dropped.start &&
            e.claimId === dropped.claim
          ),
      ),
    };
    const extra = evaluate(fixtureCorpus, gold).scores.find((s) => s.kind === 'evidence')!;
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeLessThan(1);
    withEvidence.evidence.push(dropped);
    const missed = evaluate(corpusWithout, gold).scores.find((s) => s.kind === 'evidence')!;
    expect(missed.precision).toBe(1);
    expect(missed.recall).toBeLessThan(1);
  });

  it('tells stance apart from the claim link', () => {
    const gold = ARTICLES.map((id) => goldFromCorpus(fixtureCorpus, id));
    const withEvidence = gold.find((g) => g.evidence.length > 0)!;
    const e = withEvidence.evidence[0]!;
    withEvidence.evidence[0] = { ...e, stance: e.stance === 'disputes' ? 'asserts' : 'disputes' };
    const result = evaluate(fixtureCorpus, gold);
    expect(result.scores.find((s) => s.kind === 'evidence')?.recall).toBe(1);
    expect(result.scores.find((s) => s.kind === 'stance')?.recall).toBeLessThan(1);
    expect(result.perfect).toBe(false);
  });

  it('reports a span whose quote is not the text', () => {
    const broken: Corpus = {
      ...fixtureCorpus,
      quotes: fixtureCorpus.quotes.map((q, i) => (i === 0 ? { ...q, quote: `${q.quote}!` } : q)),
    };
    const result = evaluate(
      broken,
      ARTICLES.map((id) => goldFromCorpus(fixtureCorpus, id)),
    );
    expect(result.notVerbatim).toHaveLength(1);
    expect(result.perfect).toBe(false);
  });

  it('prints a table with one row per kind', () => {
    const lines = formatEvaluation(
      'auto',
      evaluate(fixtureCorpus, [goldFromCorpus(fixtureCorpus, ARTICLES[0]!)]),
    );
    expect(lines[0]).toBe(`auto (articles ${ARTICLES[0]!})`);
    expect(
      lines.filter((l) => /^ {2}(figures|dates|quotes|evidence|stance) /.test(l)),
    ).toHaveLength(5);
    expect(lines.at(-1)).toBe('  spans not verbatim: 0');
  });
});
