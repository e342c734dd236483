import type { Article, Claim, Corpus, Evidence, Figure } from '../corpus/schema.ts';
import { applyFilters, cellStance, primaryEvidence } from '../filters/apply-filters.ts';
import type { CellStance, Filters } from '../filters/filters.ts';
import { escapeXml, wrapText, type LegendEntry, type TextMeasure } from './compose-svg.ts';
import {
  AUTO_FRAME,
  GLYPH_STROKE_WIDTH,
  STANCE_GLYPHS,
  type StanceGlyph,
} from './stance-glyphs.ts';
import type { DataTable } from './to-csv.ts';
/* eslint-disable import-x/no-restricted-paths -- A known crossing, waiting for its move: which
   figure a cell cites, an article's label and a figure's words are rules the page and this export
   share, so they belong in a module below both, not in the views. */
import { citedFigure } from '../views/claim-matrix/cited-figure.ts';
import { articleLabelParts } from '../views/article-label.ts';
import { figureWords } from '../views/figure-wording.ts';
/* eslint-enable import-x/no-restricted-paths */

const AUTO_FRAME_SVG = `<rect x="${AUTO_FRAME.x}" y="${AUTO_FRAME.y}" width="${AUTO_FRAME.size}" height="${AUTO_FRAME.size}" rx="${AUTO_FRAME.radius}" fill="none" stroke="${AUTO_FRAME.stroke}" stroke-width="${AUTO_FRAME.strokeWidth}" stroke-dasharray="${AUTO_FRAME.dash}"/>`;

function glyph(stance: CellStance, auto: boolean, glyphs: Record<CellStance, StanceGlyph>): string {
  const g = glyphs[stance];
  return (
    (auto ? AUTO_FRAME_SVG : '') +
    `<path d="${g.path}" fill="${g.fill}" stroke="${g.stroke}" stroke-width="${GLYPH_STROKE_WIDTH}"/>`
  );
}

/** One cell of the exported matrix. */
export interface MatrixCell {
  claim: Claim;
  article: Article;
  stance: CellStance;
  /** The evidence the stance comes from (reviewed before auto); null when not reported. */
  evidence: Evidence | null;
  /** For a claim that is a count, the figure inside that evidence (its group first); else null. */
  figure: Figure | null;
  /** Whether the stance is one the stance filter asks for; null when none is set. */
  matchesStances: boolean | null;
  /** The machine read nothing in the article (a language it does not read). */
  unread: boolean;
}

/** What the exported matrix shows, in the order the page shows it. */
export interface MatrixSelection {
  claims: Claim[];
  articles: Article[];
  cells: MatrixCell[][];
}

/**
 * The filtered matrix: claims and articles as `applyFilters` lets them through, in the order given
 * (the page's sort) where an order is given, each cell with its stance as `cellStance` decides.
 */
export function matrixSelection(
  corpus: Corpus,
  filters: Filters,
  order: { claimIds?: readonly string[]; articleIds?: readonly string[] } = {},
): MatrixSelection {
  const view = applyFilters(corpus, filters);
  const arrange = <T extends { id: string }>(items: T[], ids?: readonly string[]) =>
    ids ? ids.flatMap((id) => items.filter((item) => item.id === id)) : items;
  const claims = arrange(view.claims, order.claimIds);
  const articles = arrange(view.articles, order.articleIds);
  const unreadArticles = new Set(
    corpus.diagnostics.filter((d) => d.code === 'language-not-read').map((d) => d.articleId),
  );
  const cells = claims.map((claim) =>
    articles.map((article) => {
      const evidence = view.evidence.filter(
        (e) => e.claimId === claim.id && e.articleId === article.id,
      );
      const stance = cellStance(evidence);
      // The same passage the page's cell stands for, so mark, voice and hedge agree with it.
      const primary = primaryEvidence(evidence) ?? null;
      // The figure the page's cell cites, by the same rule (a total of the claim's group and outcome).
      const { figure } = citedFigure(
        claim,
        evidence,
        corpus.figures.filter((f) => f.articleId === article.id),
      );
      const matchesStances = filters.stances.length === 0 ? null : filters.stances.includes(stance);
      const unread = unreadArticles.has(article.id);
      return { claim, article, stance, evidence: primary, figure, matchesStances, unread };
    }),
  );
  return { claims, articles, cells };
}

const ROW_LABEL = 300;
const COLUMN = 104;
const HEADER_LINE = 14;

/**
 * The matrix as an SVG drawing (the chart part of an export): claims as rows, articles as columns
 * headed by outlet, each cell the stance's mark, a dashed frame when machine-proposed, "~" when
 * hedged, whose claim it is under an "attributes" mark, and the figure a count claim cites.
 */
export function matrixSvg(
  corpus: Corpus,
  selection: MatrixSelection,
  options: { glyphs?: Record<CellStance, StanceGlyph>; measure?: TextMeasure } = {},
): { markup: string; width: number; height: number } {
  const glyphs = options.glyphs ?? STANCE_GLYPHS;
  const measure = options.measure;
  const out: string[] = [];
  const ink = '#0f172a';
  const muted = '#475569';

  const headers = selection.articles.map((article) => {
    const { outlet, detail } = articleLabelParts(corpus, article);
    const lines = wrapText(outlet, COLUMN - 8, 11, true, measure).slice(0, 3);
    return { lines, detail };
  });
  const headerLines = Math.max(1, ...headers.map((h) => h.lines.length));
  const headerHeight = headerLines * HEADER_LINE + 22;

  headers.forEach((header, c) => {
    const cx = ROW_LABEL + c * COLUMN + COLUMN / 2;
    header.lines.forEach((line, i) => {
      out.push(
        `<text x="${cx}" y="${12 + i * HEADER_LINE}" text-anchor="middle" font-size="11" font-weight="700" fill="${ink}">${escapeXml(line)}</text>`,
      );
    });
    out.push(
      `<text x="${cx}" y="${12 + headerLines * HEADER_LINE}" text-anchor="middle" font-size="10" fill="${muted}">${escapeXml(header.detail)}</text>`,
    );
  });

  let y = headerHeight;
  selection.claims.forEach((claim, r) => {
    const lines = wrapText(claim.statement, ROW_LABEL - 16, 12, false, measure).slice(0, 4);
    // Whose claim it is, under the mark: wrapped, never cut; the row grows to hold it.
    const notes = (selection.cells[r] ?? []).map((cell) => {
      const under =
        cell.stance === 'attributes' || cell.stance === 'disputes'
          ? (cell.evidence?.attributedTo ?? '')
          : cell.stance === 'not-reported'
            ? cell.unread
              ? 'not read'
              : 'not reported'
            : '';
      const wrapped = wrapText(under, COLUMN - 6, 10, false, measure);
      const lines = wrapped.map((text) => ({ text, figure: false }));
      // Wrapped, never cut: the words of a figure are the point of the cell.
      if (cell.figure) {
        const words = figureWords(cell.figure);
        for (const text of wrapText(words, COLUMN - 6, 10, true, measure)) {
          lines.push({ text, figure: true });
        }
      }
      return lines;
    });
    const noteLines = Math.max(0, ...notes.map((n) => n.length));
    // A marked cell's bar sits below its words, never under them.
    const bar = selection.cells[r]?.some((cell) => cell.matchesStances === true) ? 4 : 0;
    const rowHeight = Math.max(44, lines.length * 15 + 20, 32 + noteLines * 12) + bar;
    if (r % 2 === 0) {
      out.push(
        `<rect x="0" y="${y}" width="${ROW_LABEL + selection.articles.length * COLUMN}" height="${rowHeight}" fill="#f8fafc"/>`,
      );
    }
    lines.forEach((line, i) => {
      out.push(
        `<text x="4" y="${y + 16 + i * 15}" font-size="12" fill="${ink}">${escapeXml(line)}</text>`,
      );
    });
    out.push(
      `<text x="4" y="${y + 16 + lines.length * 15}" font-size="10" fill="${muted}">${escapeXml(`${claim.category.replace('-', ' ')} · ${claim.claimant}`)}</text>`,
    );
    selection.cells[r]?.forEach((cell, c) => {
      const cx = ROW_LABEL + c * COLUMN + COLUMN / 2;
      const auto = cell.evidence?.origin === 'auto';
      if (cell.matchesStances === true) {
        // As on the page: an amber ground and bar on the cells the stance filter asks for.
        const x = ROW_LABEL + c * COLUMN + 1;
        out.push(
          `<rect x="${x}" y="${y}" width="${COLUMN - 2}" height="${rowHeight}" fill="${STANCE_MATCH.ground}"/>`,
          `<rect x="${x}" y="${y + rowHeight - 4}" width="${COLUMN - 2}" height="4" fill="${STANCE_MATCH.bar}"/>`,
        );
      }
      out.push(
        `<g transform="translate(${cx - 10} ${y + 6})">${glyph(cell.stance, auto, glyphs)}</g>`,
      );
      if (cell.evidence?.hedged) {
        out.push(
          `<text x="${cx + 14}" y="${y + 20}" font-size="15" font-weight="700" fill="${ink}">~</text>`,
        );
      }
      const cellNotes = notes[c] ?? [];
      cellNotes.forEach((note, i) => {
        out.push(
          `<text x="${cx}" y="${y + 38 + i * 12}" text-anchor="middle" font-size="10"` +
            `${note.figure ? ` font-weight="700" fill="${ink}"` : ` fill="${muted}"`}>${escapeXml(note.text)}</text>`,
        );
      });
    });
    y += rowHeight;
  });

  const width = ROW_LABEL + selection.articles.length * COLUMN;
  const height = y + 4;
  for (let c = 0; c <= selection.articles.length; c++) {
    const x = ROW_LABEL + c * COLUMN;
    out.push(`<line x1="${x}" x2="${x}" y1="${headerHeight - 4}" y2="${y}" stroke="#e2e8f0"/>`);
  }
  out.push(
    `<line x1="0" x2="${width}" y1="${headerHeight - 4}" y2="${headerHeight - 4}" stroke="#94a3b8"/>`,
  );
  if (selection.claims.length === 0) {
    out.push(
      `<text x="4" y="${headerHeight + 18}" font-size="12" fill="${muted}">No claims for what the filters show.</text>`,
    );
  }
  const drawnHeight = Math.max(height, headerHeight + 30);
  return {
    markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${drawnHeight}" viewBox="0 0 ${width} ${drawnHeight}">${out.join('')}</svg>`,
    width,
    height: drawnHeight,
  };
}

/** The page's marking of a cell the stance filter asks for: Tailwind's amber-50, Okabe–Ito orange. */
const STANCE_MATCH = { ground: '#fffbeb', bar: '#e69f00' };

/**
 * The legend of an exported matrix: the four stance marks, the machine-proposed frame and "~", and
 * the marked cell when a stance filter is set.
 */
export function matrixLegend(
  glyphs: Record<CellStance, StanceGlyph> = STANCE_GLYPHS,
  { stanceFilter = false }: { stanceFilter?: boolean } = {},
): LegendEntry[] {
  const box = (inner: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 20 20">${inner}</svg>`;
  return [
    ...(['asserts', 'attributes', 'disputes', 'not-reported'] as const).map((stance) => ({
      key: stance,
      label: glyphs[stance].label,
      swatch: box(glyph(stance, false, glyphs)),
    })),
    { key: 'auto', label: 'machine-proposed, not yet reviewed', swatch: box(AUTO_FRAME_SVG) },
    {
      key: 'hedged',
      label: 'hedged (“may”, “could”, “allegedly”)',
      swatch: box('<text x="4" y="16" font-size="18" font-weight="700" fill="#0f172a">~</text>'),
    },
    ...(stanceFilter
      ? [
          {
            key: 'stance-match',
            label: 'marked cell: its stance is one the stance filter asks for',
            swatch: box(
              `<rect x="1" y="1" width="18" height="18" fill="${STANCE_MATCH.ground}" stroke="#cbd5e1"/><rect x="1" y="15" width="18" height="4" fill="${STANCE_MATCH.bar}"/>`,
            ),
          },
        ]
      : []),
  ];
}

/** The matrix as a table, one line per cell: what the CSV and JSON exports hold. */
export function matrixTable(corpus: Corpus, selection: MatrixSelection): DataTable {
  return {
    columns: [
      { key: 'claim', label: 'Claim' },
      { key: 'statement', label: 'Statement' },
      { key: 'category', label: 'Category' },
      { key: 'article', label: 'Article' },
      { key: 'outlet', label: 'Outlet' },
      { key: 'outletName', label: 'Outlet name' },
      { key: 'stance', label: 'Stance' },
      { key: 'attributedTo', label: 'Attributed to' },
      { key: 'hedged', label: 'Hedged' },
      { key: 'origin', label: 'Origin' },
      { key: 'figure', label: 'Figure cited' },
      { key: 'quote', label: 'Quote' },
      { key: 'start', label: 'Start offset' },
      { key: 'end', label: 'End offset' },
    ],
    rows: selection.cells.flat().map((cell) => ({
      claim: cell.claim.id,
      statement: cell.claim.statement,
      category: cell.claim.category,
      article: cell.article.id,
      // The outlet's id, as every view's export writes it; its name beside it.
      outlet: cell.article.outletId,
      outletName:
        corpus.outlets.find((o) => o.id === cell.article.outletId)?.name ?? cell.article.outletId,
      stance:
        cell.stance === 'not-reported' ? (cell.unread ? 'not read' : 'not reported') : cell.stance,
      attributedTo: cell.evidence?.attributedTo ?? null,
      hedged: cell.evidence ? cell.evidence.hedged : null,
      origin: cell.evidence?.origin ?? null,
      figure: cell.figure ? figureWords(cell.figure) : null,
      quote: cell.evidence?.quote ?? null,
      start: cell.evidence?.start ?? null,
      end: cell.evidence?.end ?? null,
    })),
  };
}
