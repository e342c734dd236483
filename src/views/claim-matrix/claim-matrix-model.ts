import type {
  Article,
  Claim,
  ClaimCategory,
  Corpus,
  Discrepancy,
  Evidence,
  Figure,
  Origin,
  Outlet,
  Stance,
} from '../../corpus/schema.ts';
import { ClaimCategorySchema } from '../../corpus/schema.ts';
import { applyFilters, cellStance, primaryEvidence } from '../../filters/apply-filters.ts';
import type { CellStance, Filters, Sort } from '../../filters/filters.ts';
import { citedFigure } from './cited-figure.ts';
import { articleLabel } from '../article-label.ts';
import { figureWords } from '../figure-wording.ts';

/** One column of the matrix: one article, under its outlet. */
export interface MatrixColumn {
  article: Article;
  outlet: Outlet;
  /** Index into `groups`: the outlet this column sits under. */
  group: number;
  /** "Wire Desk (article a1)": how the column is named to a person. */
  label: string;
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

/** One row of the matrix: one claim, with what the visible articles make of it. */
export interface MatrixRow {
  claim: Claim;
  /** Visible outlets with at least one article that carries the claim. */
  outlets: number;
  /** Visible articles that carry the claim. */
  articles: number;
  /** Independent sources among those articles, once wire and spun copies are grouped. */
  sources: number;
  /** The corpus's discrepancies about this claim. */
  discrepancies: Discrepancy[];
  /** The distinct stances the visible articles take, in schema order. */
  stances: Stance[];
  /** Some carrying articles hedge the claim and others do not. */
  hedgeDiffers: boolean;
}

/** What one cell shows: how one article carries one claim, or that it does not. */
export interface MatrixCell {
  claim: Claim;
  column: MatrixColumn;
  stance: CellStance;
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
  /** Whether the cell's stance is one the stance filter asks for; null when none is set. */
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

/** A category as a person reads it: "legal assessment". */
export function categoryLabel(category: ClaimCategory): string {
  return category.replace(/-/g, ' ');
}

/** What a stance says in words: "attributes to Amnesty International", "not reported". */
export function stanceWords(stance: CellStance, attributedTo: string | null): string {
  switch (stance) {
    case 'asserts':
      return 'asserts';
    case 'attributes':
      return attributedTo === null ? 'attributes' : `attributes to ${attributedTo}`;
    case 'disputes':
      return attributedTo === null ? 'disputes' : `disputes, citing ${attributedTo}`;
    case 'not-reported':
      return 'not reported';
  }
}

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
  const sourceOf = new Map<string, string>();
  for (const group of corpus.sourceGroups) {
    for (const id of group.articleIds) sourceOf.set(id, group.id);
  }
  const discrepanciesByClaim = new Map<string, Discrepancy[]>();
  for (const d of corpus.discrepancies) {
    if (d.claimId === null) continue;
    discrepanciesByClaim.set(d.claimId, [...(discrepanciesByClaim.get(d.claimId) ?? []), d]);
  }
  const articleOutlet = new Map(columns.map((c) => [c.article.id, c.outlet.id]));
  const chosenStances = new Set<CellStance>(filters.stances);

  const rows: MatrixRow[] = visible.claims.map((claim) => {
    const byArticle = evidenceByCell.get(claim.id) ?? new Map<string, Evidence[]>();
    const carrying = [...byArticle.keys()].filter((id) => articleOutlet.has(id));
    const shown = carrying.map((id) => {
      const evidence = byArticle.get(id) ?? [];
      return { stance: cellStance(evidence), hedged: primaryEvidence(evidence)?.hedged ?? false };
    });
    const stanceSet = new Set(shown.map((s) => s.stance));
    return {
      claim,
      outlets: new Set(carrying.map((id) => articleOutlet.get(id))).size,
      articles: carrying.length,
      // An article in no source group is a source of its own.
      sources: new Set(carrying.map((id) => sourceOf.get(id) ?? `article:${id}`)).size,
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
      // One article can carry a claim and also report its denial: say so, the mark shows one.
      const others = new Set(evidence.map((e) => e.stance).filter((s) => s !== stance));
      if (others.has('attributes')) parts.push('also attributes it');
      if (others.has('disputes')) parts.push('also reports a denial');
      if (figure) {
        parts.push(`cites ${figureWords(figure)}${inEvidence ? '' : ' elsewhere in the article'}`);
      }
      if (evidence.length > 1) parts.push(`${evidence.length} passages`);
      parts.push(primary.origin === 'auto' ? 'machine-proposed' : 'reviewed');
    }
    // The stance filter keeps rows with a matching cell; which cells match is said and shown.
    const matchesStances = chosenStances.size === 0 ? null : chosenStances.has(stance);
    if (matchesStances) parts.push('matches the stance filter');
    return {
      claim: row.claim,
      column,
      stance,
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
