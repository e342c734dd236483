import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import { generateCorpus } from '../../test-support/generate-corpus.ts';
import { parseCorpus } from '../../corpus/parse-corpus.ts';
import type { Corpus } from '../../corpus/schema.ts';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { buildClaimMatrix } from './claim-matrix-model.ts';
import { rowWords } from './row-words.ts';

const matrix = (filters: Partial<Filters> = {}, corpus: Corpus = fixtureCorpus) =>
  buildClaimMatrix(corpus, { ...DEFAULT_FILTERS, ...filters });
const rowIds = (filters: Partial<Filters>) => matrix(filters).rows.map((r) => r.claim.id);

function cellOf(model: ReturnType<typeof matrix>, claimId: string, articleId: string) {
  const row = model.rows.findIndex((r) => r.claim.id === claimId);
  const column = model.columns.findIndex((c) => c.article.id === articleId);
  const cell = model.cell(row, column);
  if (!cell) throw new Error(`no cell ${claimId} × ${articleId}`);
  return cell;
}

function valid(corpus: Corpus): Corpus {
  const result = parseCorpus(corpus);
  if (!result.ok) throw new Error(result.failure.details.join('\n'));
  return result.corpus;
}

describe('buildClaimMatrix: rows and columns', () => {
  it('has a row per claim and a column per article, grouped under its outlet', () => {
    const model = matrix();
    expect(model.columns.map((c) => c.label)).toEqual([
      'Wire Desk (article a1)',
      'Daily Reprint (article a2)',
      'Unidentified outlet (article a3)',
    ]);
    expect(model.groups.map((g) => [g.outlet.id, g.firstColumn, g.columnCount])).toEqual([
      ['wire-desk', 0, 1],
      ['daily-reprint', 1, 1],
      ['unidentified-a3', 2, 1],
    ]);
    expect(model.rows).toHaveLength(4);
    expect(model.totals).toEqual({ claims: 4, articles: 3 });
  });

  it('puts an outlet’s several articles side by side under one group', () => {
    const corpus = structuredClone(fixtureCorpus);
    corpus.articles[2]!.outletId = 'wire-desk';
    const model = matrix({}, valid(corpus));
    expect(model.groups.map((g) => [g.outlet.id, g.firstColumn, g.columnCount])).toEqual([
      ['wire-desk', 0, 2],
      ['daily-reprint', 2, 1],
    ]);
    expect(model.columns.map((c) => c.article.id)).toEqual(['a1', 'a3', 'a2']);
    expect(model.columns[1]!.label).toBe('Wire Desk (article a3)');
  });

  it('counts outlets, articles and independent sources carrying each claim', () => {
    const byId = new Map(matrix().rows.map((r) => [r.claim.id, r]));
    // a1 and a2 share wire copy: two outlets, one independent source.
    expect(byId.get('toll-200-civilians')).toMatchObject({ outlets: 2, articles: 2, sources: 1 });
    expect(byId.get('may-be-war-crimes')).toMatchObject({
      outlets: 3,
      sources: 2,
      hedgeDiffers: true,
      stances: ['attributes'],
    });
    expect(byId.get('arvel-market-49-killed')).toMatchObject({
      outlets: 2,
      sources: 2,
      stances: ['asserts', 'attributes'],
    });
    expect(byId.get('arvel-market-49-killed')!.discrepancies.map((d) => d.kind)).toEqual([
      'figure',
    ]);
    expect(byId.get('rulvia-denies-targeting-civilians')).toMatchObject({
      outlets: 1,
      sources: 1,
      discrepancies: [],
    });
  });

  it('sorts rows by category, by coverage or by disagreement', () => {
    expect(rowIds({ sort: 'category' })).toEqual([
      'toll-200-civilians',
      'arvel-market-49-killed',
      'may-be-war-crimes',
      'rulvia-denies-targeting-civilians',
    ]);
    expect(rowIds({ sort: 'coverage' })).toEqual([
      'may-be-war-crimes',
      'arvel-market-49-killed',
      'toll-200-civilians',
      'rulvia-denies-targeting-civilians',
    ]);
    expect(rowIds({ sort: 'disagreement' })).toEqual([
      'arvel-market-49-killed',
      'may-be-war-crimes',
      'toll-200-civilians',
      'rulvia-denies-targeting-civilians',
    ]);
  });

  it('follows the filters: an outlet narrows the columns and the counts', () => {
    const model = matrix({ outlets: ['daily-reprint'] });
    expect(model.columns.map((c) => c.article.id)).toEqual(['a2']);
    expect(model.rows.find((r) => r.claim.id === 'may-be-war-crimes')).toMatchObject({
      outlets: 1,
      sources: 1,
      hedgeDiffers: false,
    });
    expect(matrix({ categories: ['denial'] }).rows.map((r) => r.claim.id)).toEqual([
      'rulvia-denies-targeting-civilians',
    ]);
    expect(matrix({ q: 'nothing matches this' }).rows).toEqual([]);
  });
});

describe('buildClaimMatrix: sources and grades per claim', () => {
  // a1 and a2 share wire copy. Here a2 carries the toll in words of its own (the activists'
  // "hundreds"), outside the copy it shares: for this claim the two are independent.
  const corpus = structuredClone(fixtureCorpus);
  const copied = corpus.evidence.findIndex(
    (e) => e.articleId === 'a2' && e.claimId === 'toll-200-civilians',
  );
  const text = corpus.articles[1]!.text;
  const quote = 'Hundreds of civilians have died since the campaign began, activists say.';
  const start = text.indexOf(quote);
  corpus.evidence[copied] = {
    articleId: 'a2',
    start,
    end: start + quote.length,
    quote,
    claimId: 'toll-200-civilians',
    stance: 'attributes',
    attributedTo: 'activists',
    hedged: false,
    origin: 'auto',
  };
  const rowOf = (model: ReturnType<typeof matrix>, id: string) =>
    model.rows.find((r) => r.claim.id === id)!;

  it('decides independence from the claim’s own passages, not from whole articles', () => {
    expect(rowOf(matrix(), 'toll-200-civilians')).toMatchObject({ sources: 1 });
    const row = rowOf(matrix({}, valid(corpus)), 'toll-200-civilians');
    expect(row).toMatchObject({ outlets: 2, sources: 2 });
    expect(row.sourcing).toMatchObject({
      grade: 'corroborated',
      sources: 2,
      sourceArticles: [['a1'], ['a2']],
    });
  });

  it('grades over all articles under a filter, and the counts say what is shown', () => {
    const model = matrix({ outlets: ['wire-desk'] }, valid(corpus));
    const row = rowOf(model, 'toll-200-civilians');
    expect(row).toMatchObject({ outlets: 1, sources: 1, partlyHidden: true });
    expect(row.sourcing.grade).toBe('corroborated');
    const words = rowWords(row, model.groups.length);
    expect(words.counts).toBe('1 of 1 outlet · 1 source shown (2 in all articles)');
    expect(words.gradeWords).toBe('corroborated');
    expect(words.why).toContain('2 independent sources carry it');
    // Unfiltered, nothing is said to be hidden.
    expect(rowWords(rowOf(matrix({}, valid(corpus)), 'toll-200-civilians'), 3).counts).toBe(
      '2 of 3 outlets · 2 sources',
    );
  });

  it('gives a count claim the totals its sources cite, never a vague amount as a number', () => {
    const row = rowOf(matrix({}, valid(corpus)), 'toll-200-civilians');
    expect(row.sourcing.totals?.words).toBe(
      'total at least 200 civilians (cited by 1 of 2 sources)',
    );
    expect(rowOf(matrix(), 'may-be-war-crimes').sourcing.totals).toBeNull();
  });

  it('makes a claim contested when an article reports a denial of it, and says who', () => {
    const disputed = structuredClone(fixtureCorpus);
    const carried = disputed.evidence.find(
      (e) => e.articleId === 'a3' && e.claimId === 'arvel-market-49-killed',
    )!;
    disputed.evidence.push({
      ...carried,
      stance: 'disputes',
      attributedTo: 'a ministry spokesman',
    });
    const model = matrix({}, valid(disputed));
    const row = rowOf(model, 'arvel-market-49-killed');
    expect(row.sourcing.grade).toBe('contested');
    expect(row.disputing).toBe(1);
    const words = rowWords(row, model.groups.length);
    expect(words.disputes).toBe('1 article reports a denial');
    expect(words.why).toContain('article a3, citing a ministry spokesman');
    expect(rowOf(matrix(), 'arvel-market-49-killed').sourcing.grade).toBe('corroborated');
    expect(rowOf(matrix(), 'rulvia-denies-targeting-civilians').sourcing.grade).toBe(
      'single-source',
    );
  });
});

describe('buildClaimMatrix: cells', () => {
  it('says stance, whose claim, hedge, origin and the cited figure', () => {
    const model = matrix();
    const toll = cellOf(model, 'toll-200-civilians', 'a1');
    expect(toll).toMatchObject({
      stance: 'attributes',
      attributedTo: 'Amberly International',
      hedged: false,
      origin: 'reviewed',
      figureInEvidence: true,
    });
    // Of the two figures in the span, the one of the claim's group (civilians, not fighters).
    expect(toll.figure?.id).toBe('a1-f1');
    expect(toll.label).toBe(
      'Rulvian strikes killed at least 200 civilians (30 Sep to 29 Nov 2015) — Wire Desk (article a1): attributes to Amberly International, cites at least 200 civilians, reviewed',
    );

    const crimes = cellOf(model, 'may-be-war-crimes', 'a2');
    expect(crimes.label).toBe(
      'The strikes may amount to war crimes — Daily Reprint (article a2): attributes to Amberly International, hedged, machine-proposed',
    );
    expect(cellOf(model, 'may-be-war-crimes', 'a3')).toMatchObject({
      hedged: false,
      origin: 'auto',
    });
  });

  it('cites no figure of another group than the claim’s: the cell keeps its stance, not the number', () => {
    const cell = cellOf(matrix(), 'arvel-market-49-killed', 'a3');
    expect(cell.stance).toBe('asserts');
    expect(cell.figure).toBeNull();
    expect(cell.label).not.toContain('cites');
  });

  it('never cites a witness’s account, a change or a wider count as the claim’s toll', () => {
    for (const role of ['account', 'change', 'ratio', 'method', 'context'] as const) {
      const corpus = structuredClone(fixtureCorpus);
      for (const f of corpus.figures) if (f.id === 'a1-f1') f.role = role;
      const cell = cellOf(matrix({}, corpus), 'toll-200-civilians', 'a1');
      expect(cell.figure?.id ?? null, role).not.toBe('a1-f1');
    }
  });

  it('says "not read", not "not reported", for an article in a language the machine does not read', () => {
    const corpus = structuredClone(fixtureCorpus);
    corpus.diagnostics.push({
      level: 'warning',
      code: 'language-not-read',
      message: 'This article looks French (fr); the machine reads English only.',
      articleId: 'a3',
      start: null,
      end: null,
    });
    const cell = cellOf(matrix({}, corpus), 'toll-200-civilians', 'a3');
    expect(cell.stance).toBe('not-reported');
    expect(cell.column.unread).toContain('French');
    expect(cell.label).toContain('not read by the machine');
    expect(cell.label).not.toContain('not reported');
    // An article that was read keeps "not reported".
    expect(cellOf(matrix(), 'toll-200-civilians', 'a3').label).toContain('not reported');
  });

  it('says "not reported" explicitly, with no figure', () => {
    const cell = cellOf(matrix(), 'toll-200-civilians', 'a3');
    expect(cell).toMatchObject({ stance: 'not-reported', evidence: [], figure: null });
    expect(cell.label).toBe(
      'Rulvian strikes killed at least 200 civilians (30 Sep to 29 Nov 2015) — Unidentified outlet (article a3): not reported',
    );
  });

  it('shows a vague figure as vague words, never as its conventional number', () => {
    const corpus = structuredClone(fixtureCorpus);
    const text = corpus.articles[1]!.text;
    const quote = 'Hundreds of civilians have died since the campaign began, activists say.';
    const start = text.indexOf(quote);
    corpus.claims.push({
      id: 'hundreds-died',
      statement: 'Hundreds of civilians died in the campaign',
      category: 'casualties',
      claimant: 'activists',
      figure: { eventId: 'campaign', group: 'civilians', outcome: 'killed' },
      origin: 'curated',
    });
    corpus.evidence.push({
      articleId: 'a2',
      start,
      end: start + quote.length,
      quote,
      claimId: 'hundreds-died',
      stance: 'attributes',
      attributedTo: 'activists',
      hedged: false,
      origin: 'auto',
    });
    const cell = cellOf(matrix({}, valid(corpus)), 'hundreds-died', 'a2');
    expect(cell.figure?.id).toBe('a2-f2');
    expect(cell.label).toContain('cites hundreds of civilians (vague)');
    expect(cell.label).not.toMatch(/\b200\b/);
  });

  it('marks which cells have a stance the stance filter asks for, and says so', () => {
    expect(cellOf(matrix(), 'toll-200-civilians', 'a1').matchesStances).toBeNull();
    const filtered = matrix({ stances: ['not-reported'] });
    const missing = cellOf(filtered, 'toll-200-civilians', 'a3');
    expect(missing.matchesStances).toBe(true);
    expect(missing.label).toMatch(/: not reported, matches the stance filter$/);
    const carried = cellOf(filtered, 'toll-200-civilians', 'a1');
    expect(carried.matchesStances).toBe(false);
    expect(carried.label).not.toContain('matches the stance filter');
  });

  it('shows every stance an article takes: a denial it also reports gets its own mark', () => {
    const corpus = structuredClone(fixtureCorpus);
    const carried = corpus.evidence.find(
      (e) => e.articleId === 'a2' && e.claimId === 'may-be-war-crimes',
    )!;
    corpus.evidence.push({
      ...carried,
      stance: 'disputes',
      attributedTo: 'a ministry spokesman',
      hedged: false,
      origin: 'auto',
    });
    const cell = cellOf(matrix({}, corpus), 'may-be-war-crimes', 'a2');
    expect(cell.stance).toBe('attributes');
    expect(cell.also).toEqual([
      { stance: 'disputes', attributedTo: 'a ministry spokesman', reviewed: false },
    ]);
    expect(cell.label).toContain('also reports a denial, citing a ministry spokesman');
    // The stance filter matches the cell by its second stance, and says so.
    const filtered = cellOf(matrix({ stances: ['disputes'] }, corpus), 'may-be-war-crimes', 'a2');
    expect(filtered.matchesStances).toBe(true);
    expect(filtered.label).toMatch(/matches the stance filter$/);
    const row = matrix({}, corpus).rows.find((r) => r.claim.id === 'may-be-war-crimes');
    expect(row?.stances).toEqual(['attributes', 'disputes']);
  });

  it('is undefined outside the matrix', () => {
    const model = matrix();
    expect(model.cell(-1, 0)).toBeUndefined();
    expect(model.cell(0, 3)).toBeUndefined();
    expect(model.cell(4, 0)).toBeUndefined();
  });
});

describe('buildClaimMatrix at size', () => {
  it('builds 1,000 claims × 100 outlets quickly and computes only the cells asked for', () => {
    const corpus = generateCorpus({
      seed: 5,
      outlets: 100,
      articles: 120,
      claims: 1000,
      claimsPerArticle: 40,
    });
    const started = performance.now();
    const model = matrix({ sort: 'disagreement' }, corpus);
    const elapsed = performance.now() - started;
    expect(model.rows).toHaveLength(1000);
    expect(model.columns).toHaveLength(120);
    expect(model.groups).toHaveLength(100);
    // Generous for a shared machine; a cell-by-cell build would take far longer.
    expect(elapsed).toBeLessThan(500);
    const reported = model.rows.flatMap((_, r) =>
      model.columns.map((_, c) => model.cell(r, c)?.stance),
    );
    expect(reported.filter((s) => s !== 'not-reported').length).toBe(corpus.evidence.length);
  });
});
