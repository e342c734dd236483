import type {
  Article,
  Claim,
  Corpus,
  Discrepancy,
  Evidence,
  Figure,
  Origin,
  Outlet,
  Stance,
} from '../../corpus/schema.ts';
import { ClaimCategorySchema } from '../../corpus/schema.ts';
import {
  applyFilters,
  cellStance,
  cellStances,
  otherStances,
  primaryEvidence,
  type OtherStance,
} from '../../filters/apply-filters.ts';
import type { CellStance, Filters, Sort } from '../../filters/filters.ts';
import { citedFigure } from '../../wording/cited-figure.ts';
import {
  carries,
  gradeClaim,
  gradeTotals,
  type ClaimGrade,
  type TotalsGrade,
} from './claim-grade.ts';
import { claimSources, reuseIndex } from './claim-sources.ts';
import {
  articleLabel,
  articleLabelParts,
  type ArticleLabelParts,
} from '../../wording/article-label.ts';
import { figureWords } from '../../wording/figure-wording.ts';
import { alsoWords, stanceWords } from '../shared/claim-words.ts';

/** One column of the matrix: one article, under its outlet. */
export interface MatrixColumn {
  article: Article;
  outlet: Outlet;
  /** Index into `groups`: the outlet this column sits under. */
  group: number;
  /** "Wire Desk (article a1)": how the column is named to a person. */
  label: string;
  /** The outlet's name without "(article …)", and which article: for headers on two lines. */
  parts: ArticleLabelParts;
  /**
   * Why the machine read nothing in this article (a language it does not read), from the build's
   * diagnostics; null when it was read. Its empty cells then mean "not read", not "not reported".
   */
  unread: string | null;
}

/** The columns of one outlet, side by side. */
export interface MatrixGroup {
  outlet: Outlet;
  firstColumn: number;
  columnCount: number;
}

/** How a claim is sourced in the whole corpus, whatever the filters show: its grade's basis. */
export interface ClaimSourcing {
  grade: ClaimGrade;
  /** Independent sources carrying the claim in the corpus (`claimSources`). */
  sources: number;
  /** The articles of each of those sources. */
  sourceArticles: string[][];
  /** Passages reporting a denial or rebuttal of it, and whose words each reports. */
  disputes: { articleId: string; attributedTo: string | null }[];
  /** For a count claim: the range of the totals its sources cite and the lowest; else null. */
  totals: TotalsGrade | null;
}

/** One row of the matrix: one claim, with what the visible articles make of it. */
export interface MatrixRow {
  claim: Claim;
  /** Visible outlets with an article that carries the claim (asserts or attributes it). */
  outlets: number;
  /** Visible articles that carry the claim. */
  articles: number;
  /**
   * Independent sources among those articles: two are one source when the passages that carry
   * the claim in both lie in copy they share (`claimSources`).
   */
  sources: number;
  /** Visible articles that report a denial or rebuttal of the claim. */
  disputing: number;
  /** The grade and its basis, over the whole corpus. */
  sourcing: ClaimSourcing;
  /** The filters hide some article that carries or disputes the claim. */
  partlyHidden: boolean;
  /** The corpus's discrepancies about this claim. */
  discrepancies: Discrepancy[];
  /** The distinct stances the visible articles take (any passage's), in schema order. */
  stances: Stance[];
  /** Some carrying articles hedge the claim and others do not. */
  hedgeDiffers: boolean;
}

/** What one cell shows: how one article carries one claim, or that it does not. */
export interface MatrixCell {
  claim: Claim;
  column: MatrixColumn;
  /** The stance the cell's main mark shows: its primary passage's. */
  stance: CellStance;
  /**
   * The other stances the article takes on the claim, each with whose words it reports (the
   * first such passage's): "also reports a denial, citing …". Drawn as small second marks.
   */
  also: OtherStance[];
  /** The evidence behind the cell, reviewed links first; empty when not reported. */
  evidence: Evidence[];
  hedged: boolean;
  /** Who made the link the cell shows; null when not reported. */
  origin: Origin | null;
  attributedTo: string | null;
  /** The figure the article cites for a claim that is a count; null otherwise. */
  figure: Figure | null;
  /** The figure lies inside the evidence span (else elsewhere in the same article). */
  figureInEvidence: boolean;
  /** Whether any of the cell's stances is one the stance filter asks for; null when none is set. */
  matchesStances: boolean | null;
  /** Row, column and stance in words, for screen readers and tooltips. */
  label: string;
}

export interface ClaimMatrixModel {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  groups: MatrixGroup[];
  /** The cell at a row and column index; undefined outside the matrix. */
  cell: (row: number, column: number) => MatrixCell | undefined;
  /** How many claims and articles the corpus holds before filtering. */
  totals: { claims: number; articles: number };
}

const CATEGORY_ORDER = new Map(ClaimCategorySchema.options.map((c, i) => [c, i]));

const ORIGIN_ORDER: Record<Origin, number> = { reviewed: 0, auto: 1 };

function compareRows(sort: Sort, order: Map<string, number>) {
  const byCorpus = (a: MatrixRow, b: MatrixRow) =>
    (order.get(a.claim.id) ?? 0) - (order.get(b.claim.id) ?? 0);
  const byCategory = (a: MatrixRow, b: MatrixRow) =>
    (CATEGORY_ORDER.get(a.claim.category) ?? 0) - (CATEGORY_ORDER.get(b.claim.category) ?? 0);
  switch (sort) {
    case 'category':
      return (a: MatrixRow, b: MatrixRow) => byCategory(a, b) || byCorpus(a, b);
    case 'coverage':
      return (a: MatrixRow, b: MatrixRow) =>
        b.outlets - a.outlets || b.sources - a.sources || b.articles - a.articles || byCorpus(a, b);
    case 'disagreement':
      return (a: MatrixRow, b: MatrixRow) =>
        b.discrepancies.length - a.discrepancies.length ||
        b.stances.length - a.stances.length ||
        Number(b.hedgeDiffers) - Number(a.hedgeDiffers) ||
        byCorpus(a, b);
  }
}

/**
 * What the claim matrix shows for a corpus and the filters: rows (claims, sorted by
 * `filters.sort`), columns (visible articles grouped by outlet, in corpus order) and each cell's
 * stance, hedge, origin and cited figure. Cells are computed when asked for, so a large corpus
 * costs only the cells on screen.
 */
export function buildClaimMatrix(corpus: Corpus, filters: Filters): ClaimMatrixModel {
  const visible = applyFilters(corpus, filters);
  const outletById = new Map(corpus.outlets.map((o) => [o.id, o]));

  const articlesByOutlet = new Map<string, Article[]>();
  for (const article of visible.articles) {
    const list = articlesByOutlet.get(article.outletId) ?? [];
    list.push(article);
    articlesByOutlet.set(article.outletId, list);
  }
  // Outlets in corpus order, then any outlet an article names that the list lacks.
  const outletOrder = [
    ...corpus.outlets.map((o) => o.id),
    ...[...articlesByOutlet.keys()].filter((id) => !outletById.has(id)),
  ];
  const groups: MatrixGroup[] = [];
  const unreadOf = new Map(
    corpus.diagnostics
      .filter((d) => d.code === 'language-not-read' && d.articleId !== null)
      .map((d) => [d.articleId ?? '', d.message]),
  );
  const columns: MatrixColumn[] = [];
  for (const outletId of outletOrder) {
    const articles = articlesByOutlet.get(outletId);
    if (!articles) continue;
    const outlet: Outlet = outletById.get(outletId) ?? {
      id: outletId,
      name: `Unidentified outlet (${outletId})`,
      kind: 'unknown',
      identification: { how: 'unknown', evidence: [] },
    };
    groups.push({ outlet, firstColumn: columns.length, columnCount: articles.length });
    for (const article of articles) {
      columns.push({
        article,
        outlet,
        group: groups.length - 1,
        // An unidentified outlet's name already says which article it is.
        // The column header marks how the outlet is known: the label need not say "inferred".
        label: articleLabel(corpus, article, { identity: false }),
        parts: articleLabelParts(corpus, article),
        unread: unreadOf.get(article.id) ?? null,
      });
    }
  }

  const evidenceByCell = new Map<string, Map<string, Evidence[]>>();
  for (const e of visible.evidence) {
    const byArticle = evidenceByCell.get(e.claimId) ?? new Map<string, Evidence[]>();
    const list = byArticle.get(e.articleId) ?? [];
    list.push(e);
    byArticle.set(e.articleId, list);
    evidenceByCell.set(e.claimId, byArticle);
  }
  const figuresByArticle = new Map<string, Figure[]>();
  for (const f of corpus.figures) {
    const list = figuresByArticle.get(f.articleId) ?? [];
    list.push(f);
    figuresByArticle.set(f.articleId, list);
  }
  const reuseOf = reuseIndex(corpus.reuse);
  // The whole corpus's passages per claim: a grade speaks of the corpus, whatever is shown.
  const allEvidenceByClaim = new Map<string, Evidence[]>();
  for (const e of corpus.evidence) {
    const list = allEvidenceByClaim.get(e.claimId);
    if (list === undefined) allEvidenceByClaim.set(e.claimId, [e]);
    else list.push(e);
  }
  const sourcingOf = (claim: Claim): ClaimSourcing => {
    const evidence = allEvidenceByClaim.get(claim.id) ?? [];
    const carried = evidence.filter(carries);
    const carryingIds = new Set(carried.map((e) => e.articleId));
    const sourceArticles = claimSources(carried, reuseOf(carryingIds));
    const disputes = evidence
      .filter((e) => e.stance === 'disputes')
      .map((e) => ({ articleId: e.articleId, attributedTo: e.attributedTo }));
    let totals: TotalsGrade | null = null;
    if (claim.figure !== null) {
      totals = gradeTotals(
        sourceArticles.flatMap((ids, source) =>
          ids.map((id) => ({
            figure: citedFigure(
              claim,
              evidence.filter((e) => e.articleId === id),
              figuresByArticle.get(id) ?? [],
            ).figure,
            source: String(source),
          })),
        ),
        sourceArticles.length,
      );
    }
    return {
      grade: gradeClaim({ sources: sourceArticles.length, disputes: disputes.length }),
      sources: sourceArticles.length,
      sourceArticles,
      disputes,
      totals,
    };
  };
  const discrepanciesByClaim = new Map<string, Discrepancy[]>();
  for (const d of corpus.discrepancies) {
    if (d.claimId === null) continue;
    discrepanciesByClaim.set(d.claimId, [...(discrepanciesByClaim.get(d.claimId) ?? []), d]);
  }
  const articleOutlet = new Map(columns.map((c) => [c.article.id, c.outlet.id]));
  const chosenStances = new Set<CellStance>(filters.stances);

  const rows: MatrixRow[] = visible.claims.map((claim) => {
    const byArticle = evidenceByCell.get(claim.id) ?? new Map<string, Evidence[]>();
    const reporting = [...byArticle.keys()].filter((id) => articleOutlet.has(id));
    const carrying = reporting.filter((id) => (byArticle.get(id) ?? []).some(carries));
    const carriedHere = carrying.flatMap((id) => (byArticle.get(id) ?? []).filter(carries));
    const sourcing = sourcingOf(claim);
    const inCorpus = new Set((allEvidenceByClaim.get(claim.id) ?? []).map((e) => e.articleId));
    const shown = reporting.map((id) => {
      const evidence = byArticle.get(id) ?? [];
      return { stances: cellStances(evidence), hedged: primaryEvidence(evidence)?.hedged ?? false };
    });
    const stanceSet = new Set(shown.flatMap((s) => s.stances));
    return {
      claim,
      outlets: new Set(carrying.map((id) => articleOutlet.get(id))).size,
      articles: carrying.length,
      sources: claimSources(carriedHere, reuseOf(carrying)).length,
      disputing: reporting.filter((id) =>
        (byArticle.get(id) ?? []).some((e) => e.stance === 'disputes'),
      ).length,
      sourcing,
      partlyHidden: [...inCorpus].some((id) => !articleOutlet.has(id)),
      discrepancies: discrepanciesByClaim.get(claim.id) ?? [],
      stances: (['asserts', 'attributes', 'disputes'] as const).filter((s) => stanceSet.has(s)),
      hedgeDiffers: new Set(shown.map((s) => s.hedged)).size > 1,
    };
  });
  const corpusOrder = new Map(visible.claims.map((c, i) => [c.id, i]));
  rows.sort(compareRows(filters.sort, corpusOrder));

  const cell = (rowIndex: number, columnIndex: number): MatrixCell | undefined => {
    const row = rows[rowIndex];
    const column = columns[columnIndex];
    if (!row || !column) return undefined;
    const evidence = [...(evidenceByCell.get(row.claim.id)?.get(column.article.id) ?? [])].sort(
      (a, b) => ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] || a.start - b.start,
    );
    const primary = primaryEvidence(evidence);
    const stance = cellStance(evidence);
    const stances = cellStances(evidence);
    const also = otherStances(evidence);
    const { figure, inEvidence } = citedFigure(
      row.claim,
      evidence,
      figuresByArticle.get(column.article.id) ?? [],
    );
    const attributedTo = primary?.attributedTo ?? null;
    const hedged = primary?.hedged ?? false;
    const parts = [
      stance === 'not-reported' && column.unread !== null
        ? 'not read by the machine (a language it does not read)'
        : stanceWords(stance, attributedTo),
    ];
    if (primary) {
      if (hedged) parts.push('hedged');
      // One article can carry a claim and also report its denial: each has its own mark.
      for (const other of also) {
        parts.push(
          `also ${alsoWords(other.stance, other.attributedTo)}${other.reviewed ? ' (reviewed)' : ''}`,
        );
      }
      if (figure) {
        parts.push(`cites ${figureWords(figure)}${inEvidence ? '' : ' elsewhere in the article'}`);
      }
      if (evidence.length > 1) parts.push(`${evidence.length} passages`);
      parts.push(primary.origin === 'auto' ? 'machine-proposed' : 'reviewed');
    }
    // The stance filter keeps rows with a matching cell; which cells match is said and shown.
    const matchesStances =
      chosenStances.size === 0 ? null : stances.some((s) => chosenStances.has(s));
    if (matchesStances) parts.push('matches the stance filter');
    return {
      claim: row.claim,
      column,
      stance,
      also,
      evidence,
      hedged,
      origin: primary?.origin ?? null,
      attributedTo,
      figure,
      figureInEvidence: inEvidence,
      matchesStances,
      label: `${row.claim.statement} — ${column.label}: ${parts.join(', ')}`,
    };
  };

  return {
    rows,
    columns,
    groups,
    cell,
    totals: { claims: corpus.claims.length, articles: corpus.articles.length },
  };
}
