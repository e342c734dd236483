// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import { DEFAULT_FILTERS } from '../filters/filters.ts';
import { articleLabel } from '../wording/article-label.ts';
// eslint-disable-next-line import-x/no-restricted-paths -- The test feeds the export the model the matrix view builds and hands it, as the page does.
import { buildClaimMatrix } from '../views/claim-matrix/claim-matrix-model.ts';
import {
  matrixLegend,
  matrixSelection,
  matrixSvg,
  matrixTable,
  type MatrixRowNote,
} from './matrix-svg.ts';
import { STANCE_GLYPHS } from './stance-glyphs.ts';
import { pngScale } from './svg-to-png.ts';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('matrixSelection', () => {
  it('follows the filters and the order the page gives', () => {
    const all = matrixSelection(fixtureCorpus, DEFAULT_FILTERS);
    expect(all.claims).toHaveLength(4);
    expect(all.articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    const ordered = matrixSelection(
      fixtureCorpus,
      { ...DEFAULT_FILTERS, outlets: ['wire-desk', 'unidentified-a3'] },
      {
        claimIds: ['rulvia-denies-targeting-civilians', 'may-be-war-crimes'],
        articleIds: ['a3', 'a1'],
      },
    );
    expect(ordered.claims.map((c) => c.id)).toEqual([
      'rulvia-denies-targeting-civilians',
      'may-be-war-crimes',
    ]);
    expect(ordered.articles.map((a) => a.id)).toEqual(['a3', 'a1']);
    expect(ordered.cells[1]?.map((c) => c.stance)).toEqual(['attributes', 'attributes']);
    expect(ordered.cells[0]?.map((c) => c.stance)).toEqual(['not-reported', 'asserts']);
  });
});

describe('matrixSelection cells', () => {
  it('stand for the passage the page shows: a reviewed denial does not hide an attributed report', () => {
    const corpus = structuredClone(fixtureCorpus);
    const carried = corpus.evidence.find(
      (e) => e.articleId === 'a2' && e.claimId === 'may-be-war-crimes',
    )!;
    corpus.evidence.push({
      ...carried,
      stance: 'disputes',
      attributedTo: 'Rulvian Defence Ministry',
      hedged: false,
      origin: 'reviewed',
    });
    const selection = matrixSelection(corpus, {
      ...DEFAULT_FILTERS,
      claims: ['may-be-war-crimes'],
    });
    const cell = selection.cells[0]?.find((c) => c.article.id === 'a2');
    expect(cell?.stance).toBe('attributes');
    expect(cell?.evidence?.attributedTo).toBe('Amberly International');
    expect(cell?.evidence?.hedged).toBe(true);
  });
});

describe('matrixSvg', () => {
  const selection = matrixSelection(fixtureCorpus, DEFAULT_FILTERS);
  const drawn = matrixSvg(fixtureCorpus, selection);
  const doc = parse(drawn.markup);

  it('writes a long attribution in full under its mark, never cut with an ellipsis', () => {
    const corpus = structuredClone(fixtureCorpus);
    const who = 'the Sylvan Network for Human Rights and several local coordination committees';
    const attributed = corpus.evidence.find((e) => e.stance === 'attributes');
    if (!attributed) throw new Error('the fixture has an attributed passage');
    attributed.attributedTo = who;
    const svg = parse(matrixSvg(corpus, matrixSelection(corpus, DEFAULT_FILTERS)).markup);
    const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(words.replace(/\s+/g, ' ')).toContain(who);
    expect(words).not.toContain('…');
  });

  it('is well formed and names every claim and outlet', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const outlet of ['Wire Desk', 'Daily Reprint', 'Unidentified outlet']) {
      expect(text).toContain(outlet);
    }
    expect(text).toContain('Rulvia denies targeting civilians');
    expect(text).toContain('not reported');
    // The figures the cells cite, in the articles' words.
    expect(text).toContain('49 civilians');
    // "46 people" counts people, not the claim's civilians: the page cites it nowhere, nor the export.
    expect(text).not.toContain('46 people');
    expect(drawn.width).toBe(340 + 3 * 104);
  });

  it('draws one stance mark per cell, in the matrix legend’s shapes', () => {
    const marks = [...doc.querySelectorAll('g:not([data-also]) > path:not([data-reviewed])')].map(
      (p) => p.getAttribute('d'),
    );
    expect(marks).toHaveLength(12);
    const count = (stance: keyof typeof STANCE_GLYPHS) =>
      marks.filter((d) => d === STANCE_GLYPHS[stance].path).length;
    expect(count('attributes')).toBe(6);
    expect(count('asserts')).toBe(2);
    expect(count('not-reported')).toBe(4);
    // Reviewed links get a tick (machine-proposed ones nothing); hedged ones a "~".
    expect(doc.querySelectorAll('path[data-reviewed]').length).toBe(
      selection.cells.flat().filter((c) => c.evidence?.origin === 'reviewed').length,
    );
    expect(doc.querySelectorAll('path[data-reviewed]').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('rect[stroke-dasharray]')).toHaveLength(0);
    expect([...doc.querySelectorAll('text')].filter((t) => t.textContent === '~')).toHaveLength(2);
  });
});

describe('every stance and the row notes in the export', () => {
  // Article a2 carries the war-crimes claim and, in an invented second passage, reports its denial.
  const corpus = structuredClone(fixtureCorpus);
  const carried = corpus.evidence.find(
    (e) => e.articleId === 'a2' && e.claimId === 'may-be-war-crimes',
  )!;
  corpus.evidence.push({
    ...carried,
    stance: 'disputes',
    attributedTo: 'a ministry spokesman',
    hedged: false,
    origin: 'reviewed',
  });
  const note: MatrixRowNote = {
    grade: 'contested',
    why: 'contested: an invented basis',
    counts: '3 of 3 outlets · 2 sources',
    outlets: 3,
    outletCount: 3,
    sources: 2,
    sourcesInAll: 2,
    disputing: 1,
    disputes: '1 article reports a denial',
    discrepancies: ['an invented subject'],
    totals: null,
  };
  const selection = matrixSelection(
    corpus,
    { ...DEFAULT_FILTERS, stances: ['disputes'] },
    {},
    new Map([['may-be-war-crimes', note]]),
  );

  it('keeps a claim disputed behind a stronger mark, and draws the second stance small', () => {
    expect(selection.claims.map((c) => c.id)).toEqual(['may-be-war-crimes']);
    const cell = selection.cells[0]?.find((c) => c.article.id === 'a2');
    expect(cell?.stance).toBe('attributes');
    expect(cell?.also).toEqual([
      { stance: 'disputes', attributedTo: 'a ministry spokesman', reviewed: true },
    ]);
    expect(cell?.matchesStances).toBe(true);
    const svg = parse(matrixSvg(corpus, selection).markup);
    const small = [...svg.querySelectorAll('g[data-also] > path')].map((p) => p.getAttribute('d'));
    expect(small).toContain(STANCE_GLYPHS.disputes.path);
    const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(words).toContain('a ministry spokesman');
  });

  it('says each row’s grade, counts, denials and discrepancies, in the drawing and the table', () => {
    const words = [...parse(matrixSvg(corpus, selection).markup).querySelectorAll('text')]
      .map((t) => t.textContent)
      .join(' ');
    expect(words).toContain('contested · 3 of 3 outlets · 2 sources');
    expect(words).toContain('1 article reports a denial');
    expect(words).toContain('≠ 1 discrepancy');
    const table = matrixTable(corpus, selection);
    const row = table.rows.find((r) => r.article === 'a2');
    expect(row).toMatchObject({
      grade: 'contested',
      sourcesShown: 2,
      sourcesInAll: 2,
      denials: 1,
      discrepancies: 1,
      discrepancySubjects: 'an invented subject',
      alsoStances: 'disputes (a ministry spokesman)',
    });
    // A claim without a note says nothing it does not know.
    const bare = matrixTable(fixtureCorpus, matrixSelection(fixtureCorpus, DEFAULT_FILTERS));
    expect(bare.rows.every((r) => r.grade === null && r.alsoStances === null)).toBe(true);
  });
});

describe('the stance filter in the export', () => {
  it('marks the cells whose stance it asks for, as the page does, and the legend says so', () => {
    const filters = { ...DEFAULT_FILTERS, stances: ['not-reported' as const] };
    const selection = matrixSelection(fixtureCorpus, filters);
    const matching = selection.cells.flat().filter((c) => c.matchesStances === true);
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.every((c) => c.stance === 'not-reported')).toBe(true);
    const bars = (markup: string) => parse(markup).querySelectorAll('rect[height="4"]');
    expect(bars(matrixSvg(fixtureCorpus, selection).markup)).toHaveLength(matching.length);
    expect(matrixLegend(undefined, { stanceFilter: true }).at(-1)?.label).toMatch(/stance filter/);

    const unfiltered = matrixSelection(fixtureCorpus, DEFAULT_FILTERS);
    expect(unfiltered.cells.flat().every((c) => c.matchesStances === null)).toBe(true);
    expect(bars(matrixSvg(fixtureCorpus, unfiltered).markup)).toHaveLength(0);
  });
});

describe('matrixLegend', () => {
  it('explains every mark', () => {
    expect(matrixLegend().map((e) => e.label)).toEqual([
      'asserts',
      'attributes',
      'disputes',
      'not reported',
      'small second mark: the article also takes that stance',
      'hedged (“may”, “could”, “allegedly”)',
      'reviewed by a curator; links without it are machine-proposed',
    ]);
  });
});

describe('matrixTable', () => {
  it('has a line per cell, with the quote behind it', () => {
    const table = matrixTable(fixtureCorpus, matrixSelection(fixtureCorpus, DEFAULT_FILTERS));
    expect(table.rows).toHaveLength(12);
    expect(table.rows[0]).toMatchObject({
      stance: 'attributes',
      article: 'a1',
      origin: 'reviewed',
    });
    expect(
      table.rows.filter((r) => r.stance === 'not reported').every((r) => r.quote === null),
    ).toBe(true);
  });
});

describe('pngScale', () => {
  it('draws at 2x unless a side would pass what a canvas allows', () => {
    expect(pngScale(1000, 400)).toBe(2);
    expect(pngScale(12_000, 400)).toBeCloseTo(16_000 / 12_000);
  });
});

describe('matrix page and export: one wording', () => {
  it('words each cited figure and labels each article the same on the page and in the export', () => {
    // Article a2's "at least 200 civilians" is written in lower case; a capitalised quote and a
    // vague one used to come out differently in the export ("At least …", the quote + "(vague)").
    const corpus = structuredClone(fixtureCorpus);
    const figure = corpus.figures.find((f) => f.id === 'a2-f1')!;
    const article = corpus.articles.find((a) => a.id === 'a2')!;
    figure.quote = 'At least 200 civilians';
    const page = buildClaimMatrix(corpus, DEFAULT_FILTERS);
    const cellAt = (claimId: unknown, articleId: unknown) =>
      page.cell(
        page.rows.findIndex((r) => r.claim.id === claimId),
        page.columns.findIndex((c) => c.article.id === articleId),
      );
    const selection = matrixSelection(corpus, DEFAULT_FILTERS);
    const table = matrixTable(corpus, selection);
    // The drawing wraps a figure's words over lines: read its texts as one run of words.
    const drawn = [...parse(matrixSvg(corpus, selection).markup).querySelectorAll('text')]
      .map((t) => t.textContent)
      .join(' ');
    for (const row of table.rows) {
      const cell = cellAt(row.claim, row.article);
      if (row.figure === null) {
        expect(cell?.figure ?? null).toBeNull();
        continue;
      }
      expect(cell?.label).toContain(`cites ${String(row.figure)}`);
      expect(drawn).toContain(String(row.figure));
    }
    expect(table.rows.find((r) => r.article === 'a2' && r.figure !== null)?.figure).toBe(
      'at least 200 civilians',
    );
    // The header names the outlet and "article a2, inferred" as the page's labels do.
    expect(drawn).toContain('article a2, inferred');
    expect(articleLabel(corpus, article)).toBe('Daily Reprint (article a2, inferred)');
  });
});
