import type { Article, Claim, Corpus, Evidence, Figure } from '../corpus/schema.ts';
import {
  applyFilters,
  cellStance,
  cellStances,
  otherStances,
  primaryEvidence,
  type OtherStance,
} from '../filters/apply-filters.ts';
import type { CellStance, Filters } from '../filters/filters.ts';
import { escapeXml, wrapText, type LegendEntry, type TextMeasure } from './compose-svg.ts';
import {
  GLYPH_STROKE_WIDTH,
  REVIEWED_MARK,
  STANCE_GLYPHS,
  type StanceGlyph,
} from './stance-glyphs.ts';
import type { DataTable } from './to-csv.ts';
import { citedFigure } from '../wording/cited-figure.ts';
import { articleLabelParts } from '../wording/article-label.ts';
import { figureWords } from '../wording/figure-wording.ts';

/** The tick of a reviewed link, in a 20×20 box, as the page draws it. */
const REVIEWED_SVG = `<path data-reviewed="" d="${REVIEWED_MARK.path}" fill="none" stroke="${REVIEWED_MARK.stroke}" stroke-width="${REVIEWED_MARK.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"/>`;

function glyph(stance: CellStance, glyphs: Record<CellStance, StanceGlyph>): string {
  const g = glyphs[stance];
  return `<path d="${g.path}" fill="${g.fill}" stroke="${g.stroke}" stroke-width="${GLYPH_STROKE_WIDTH}"/>`;
}

/**
 * What the page's row header says about a claim, handed over by the view so the export says the
 * same: its grade and the rule's basis, the counts, the denials and discrepancies, the totals.
 */
export interface MatrixRowNote {
  /** "corroborated" */
  grade: string;
  /** The grade's rule and what it rests on, in words. */
  why: string;
  /** "5 of 5 outlets · 3 sources", as the row header says it. */
  counts: string;
  /** Outlets shown carrying the claim, of how many shown. */
  outlets: number;
  outletCount: number;
  /** Independent sources carrying it among the articles shown, and in all articles. */
  sources: number;
  sourcesInAll: number;
  /** Articles shown that report a denial or rebuttal of it, and that in words (null when none). */
  disputing: number;
  disputes: string | null;
  /** The subjects of the corpus's discrepancies about the claim. */
  discrepancies: string[];
  /** "total at least 200 civilians · 3 sources"; null for a claim that is not a count. */
  totals: string | null;
}

/** One cell of the exported matrix. */
export interface MatrixCell {
  claim: Claim;
  article: Article;
  stance: CellStance;
  /** The other stances the article takes on the claim, each with whose words (as on the page). */
  also: OtherStance[];
  /** The evidence the stance comes from (reviewed before auto); null when not reported. */
  evidence: Evidence | null;
  /** For a claim that is a count, the figure inside that evidence (its group first); else null. */
  figure: Figure | null;
  /** Whether any of the cell's stances is one the stance filter asks for; null when none is set. */
  matchesStances: boolean | null;
  /** The machine read nothing in the article (a language it does not read). */
  unread: boolean;
}

/** What the exported matrix shows, in the order the page shows it. */
export interface MatrixSelection {
  claims: Claim[];
  articles: Article[];
  cells: MatrixCell[][];
  /** Each claim's row note, as the page's row header says it; null where none was handed over. */
  notes: (MatrixRowNote | null)[];
}

/**
 * The filtered matrix: claims and articles as `applyFilters` lets them through, in the order given
 * (the page's sort) where an order is given, each cell with its stance as `cellStance` decides.
 */
export function matrixSelection(
  corpus: Corpus,
  filters: Filters,
  order: { claimIds?: readonly string[]; articleIds?: readonly string[] } = {},
  notes: ReadonlyMap<string, MatrixRowNote> = new Map(),
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
      const stances = cellStances(evidence);
      const also = otherStances(evidence);
      // The same passage the page's cell stands for, so mark, voice and hedge agree with it.
      const primary = primaryEvidence(evidence) ?? null;
      // The figure the page's cell cites, by the same rule (a total of the claim's group and outcome).
      const { figure } = citedFigure(
        claim,
        evidence,
        corpus.figures.filter((f) => f.articleId === article.id),
      );
      const matchesStances =
        filters.stances.length === 0 ? null : stances.some((s) => filters.stances.includes(s));
      const unread = unreadArticles.has(article.id);
      return { claim, article, stance, also, evidence: primary, figure, matchesStances, unread };
    }),
  );
  return { claims, articles, cells, notes: claims.map((claim) => notes.get(claim.id) ?? null) };
}

const ROW_LABEL = 340;
const COLUMN = 104;
const HEADER_LINE = 14;

/** A note under a cell's marks: whose words, a figure, or another stance's source after its mark. */
interface CellNote {
  text: string;
  figure: boolean;
  mark?: CellStance;
  /** The other stance's passage is reviewed: a tick after the name. */
  reviewed?: boolean;
}

/**
 * The matrix as an SVG drawing (the chart part of an export): claims as rows, each with its grade,
 * counts, denials, discrepancies and totals as the page's row header says them; articles as
 * columns headed by outlet and article; each cell the stance's mark, a small mark for each other
 * stance the article takes, "~" when hedged, a tick when reviewed, whose claim it is under the
 * mark, and the figure a count claim cites.
 */
export function matrixSvg(
  corpus: Corpus,
  selection: MatrixSelection,
  options: { glyphs?: Record<CellStance, StanceGlyph>; measure?: TextMeasure } = {},
): { markup: string; width: number; height: number } {
  const glyphs = options.glyphs ?? STANCE_GLYPHS;
  const measure = options.measure;
  const measureText: TextMeasure =
    measure ?? ((text, size, bold) => text.length * size * (bold ? 0.6 : 0.55));
  const out: string[] = [];
  const ink = '#0f172a';
  const muted = '#475569';
  const flag = '#78350f';

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
    // The claim in full, never cut; the row grows to hold it.
    const lines = wrapText(claim.statement, ROW_LABEL - 16, 12, false, measure);
    const note = selection.notes[r] ?? null;
    // Under the claim, as on the page: the grade first (bold), the counts, the denials and the
    // discrepancies; then the totals; then the category and claimant.
    const meta: { text: string; bold?: string; colour: string }[] = [];
    if (note) {
      const flagged =
        note.discrepancies.length > 0
          ? ` · ≠ ${note.discrepancies.length} ${note.discrepancies.length === 1 ? 'discrepancy' : 'discrepancies'}`
          : '';
      const said = `${note.grade} · ${note.counts}${note.disputes ? ` · ${note.disputes}` : ''}${flagged}`;
      wrapText(said, ROW_LABEL - 16, 10, false, measure).forEach((text, i) => {
        meta.push(
          i === 0 && text.startsWith(note.grade)
            ? { text: text.slice(note.grade.length), bold: note.grade, colour: ink }
            : { text, colour: ink },
        );
      });
      if (note.totals) {
        for (const text of wrapText(note.totals, ROW_LABEL - 16, 10, false, measure)) {
          meta.push({ text, colour: ink });
        }
      }
    }
    for (const text of wrapText(
      `${claim.category.replace('-', ' ')} · ${claim.claimant}`,
      ROW_LABEL - 16,
      10,
      false,
      measure,
    )) {
      meta.push({ text, colour: muted });
    }

    const notes = (selection.cells[r] ?? []).map((cell) => {
      const under =
        cell.stance === 'attributes' || cell.stance === 'disputes'
          ? (cell.evidence?.attributedTo ?? '')
          : cell.stance === 'not-reported'
            ? cell.unread
              ? 'not read'
              : 'not reported'
            : '';
      // Whose claim it is, under the mark: wrapped, never cut.
      const cellLines: CellNote[] = wrapText(under, COLUMN - 6, 10, false, measure).map((text) => ({
        text,
        figure: false,
      }));
      // Whose words each other stance reports, after its small mark, as on the page.
      for (const other of cell.also) {
        if (other.attributedTo === null) continue;
        wrapText(other.attributedTo, COLUMN - 20, 10, false, measure).forEach((text, i) => {
          cellLines.push(
            i === 0
              ? { text, figure: false, mark: other.stance, reviewed: other.reviewed }
              : { text, figure: false },
          );
        });
      }
      // Wrapped, never cut: the words of a figure are the point of the cell.
      if (cell.figure) {
        const words = figureWords(cell.figure);
        for (const text of wrapText(words, COLUMN - 6, 10, true, measure)) {
          cellLines.push({ text, figure: true });
        }
      }
      return cellLines;
    });
    const noteLines = Math.max(0, ...notes.map((n) => n.length));
    // A marked cell's bar sits below its words, never under them.
    const bar = selection.cells[r]?.some((cell) => cell.matchesStances === true) ? 4 : 0;
    const labelHeight = 8 + lines.length * 15 + meta.length * 13;
    const rowHeight = Math.max(44, labelHeight, 32 + noteLines * 12) + bar;
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
    meta.forEach((line, i) => {
      const bold = line.bold ? `<tspan font-weight="700">${escapeXml(line.bold)}</tspan>` : '';
      const colour = line.text.includes('≠') && !line.bold ? flag : line.colour;
      out.push(
        `<text x="4" y="${y + 14 + lines.length * 15 + i * 13}" font-size="10" fill="${colour}">${bold}${escapeXml(line.text)}</text>`,
      );
    });
    selection.cells[r]?.forEach((cell, c) => {
      const cx = ROW_LABEL + c * COLUMN + COLUMN / 2;
      if (cell.matchesStances === true) {
        // As on the page: an amber ground and bar on the cells the stance filter asks for.
        const x = ROW_LABEL + c * COLUMN + 1;
        out.push(
          `<rect x="${x}" y="${y}" width="${COLUMN - 2}" height="${rowHeight}" fill="${STANCE_MATCH.ground}"/>`,
          `<rect x="${x}" y="${y + rowHeight - 4}" width="${COLUMN - 2}" height="4" fill="${STANCE_MATCH.bar}"/>`,
        );
      }
      // The main mark, a small one for each other stance the article takes, "~", then the tick.
      const hedged = cell.evidence?.hedged === true;
      const reviewed = cell.evidence?.origin === 'reviewed';
      const marksWidth = 20 + cell.also.length * 13 + (hedged ? 13 : 0) + (reviewed ? 14 : 0);
      const left = cx - marksWidth / 2;
      let x = left;
      out.push(`<g transform="translate(${x} ${y + 6})">${glyph(cell.stance, glyphs)}</g>`);
      x += 21;
      for (const other of cell.also) {
        out.push(
          `<g data-also="" transform="translate(${x} ${y + 10}) scale(0.6)">${glyph(other.stance, glyphs)}</g>`,
        );
        x += 13;
      }
      if (hedged) {
        out.push(
          `<text x="${x + 1}" y="${y + 20}" font-size="15" font-weight="700" fill="${ink}">~</text>`,
        );
        x += 13;
      }
      if (reviewed) {
        out.push(`<g transform="translate(${x + 1} ${y + 9}) scale(0.65)">${REVIEWED_SVG}</g>`);
      }
      const cellNotes = notes[c] ?? [];
      cellNotes.forEach((cellNote, i) => {
        const baseline = y + 38 + i * 12;
        if (cellNote.mark) {
          // A small mark, then the name, centred together.
          const textWidth = measureText(cellNote.text, 10, false);
          const width = 12 + textWidth + (cellNote.reviewed ? 11 : 0);
          const at = cx - width / 2;
          out.push(
            `<g data-also="" transform="translate(${at} ${baseline - 9}) scale(0.5)">${glyph(cellNote.mark, glyphs)}</g>`,
            `<text x="${at + 12}" y="${baseline}" font-size="10" fill="${muted}">${escapeXml(cellNote.text)}</text>`,
          );
          if (cellNote.reviewed) {
            out.push(
              `<g transform="translate(${at + 14 + textWidth} ${baseline - 9}) scale(0.45)">${REVIEWED_SVG}</g>`,
            );
          }
          return;
        }
        out.push(
          `<text x="${cx}" y="${baseline}" text-anchor="middle" font-size="10"` +
            `${cellNote.figure ? ` font-weight="700" fill="${ink}"` : ` fill="${muted}"`}>${escapeXml(cellNote.text)}</text>`,
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
 * The legend of an exported matrix: the four stance marks, the small second mark, "~", the
 * reviewed tick, and the marked cell when a stance filter is set. (The rules behind the grades
 * go under it as notes: see `composeSvg`.)
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
      swatch: box(glyph(stance, glyphs)),
    })),
    {
      key: 'also',
      label: 'small second mark: the article also takes that stance',
      swatch: box(`<g transform="translate(4 4) scale(0.6)">${glyph('disputes', glyphs)}</g>`),
    },
    {
      key: 'hedged',
      label: 'hedged (“may”, “could”, “allegedly”)',
      swatch: box('<text x="4" y="16" font-size="18" font-weight="700" fill="#0f172a">~</text>'),
    },
    {
      key: 'reviewed',
      label: `${REVIEWED_MARK.label}; links without it are machine-proposed`,
      swatch: box(REVIEWED_SVG),
    },
    ...(stanceFilter
      ? [
          {
            key: 'stance-match',
            label: 'marked cell: one of its stances is one the stance filter asks for',
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
  const noteOf = new Map(
    selection.claims.map((claim, r) => [claim.id, selection.notes[r] ?? null]),
  );
  return {
    columns: [
      { key: 'claim', label: 'Claim' },
      { key: 'statement', label: 'Statement' },
      { key: 'category', label: 'Category' },
      { key: 'grade', label: 'Grade' },
      { key: 'gradeBasis', label: 'Grade: rule and basis' },
      { key: 'outletsCarrying', label: 'Outlets carrying it (shown)' },
      { key: 'sourcesShown', label: 'Independent sources (shown)' },
      { key: 'sourcesInAll', label: 'Independent sources (all articles)' },
      { key: 'denials', label: 'Articles reporting a denial (shown)' },
      { key: 'discrepancies', label: 'Discrepancies' },
      { key: 'discrepancySubjects', label: 'Discrepancies about' },
      { key: 'totals', label: 'Totals cited (range, lowest)' },
      { key: 'article', label: 'Article' },
      { key: 'outlet', label: 'Outlet' },
      { key: 'outletName', label: 'Outlet name' },
      { key: 'stance', label: 'Stance' },
      { key: 'attributedTo', label: 'Attributed to' },
      { key: 'alsoStances', label: 'Also' },
      { key: 'hedged', label: 'Hedged' },
      { key: 'origin', label: 'Origin' },
      { key: 'figure', label: 'Figure cited' },
      { key: 'quote', label: 'Quote' },
      { key: 'start', label: 'Start offset' },
      { key: 'end', label: 'End offset' },
    ],
    rows: selection.cells.flat().map((cell) => {
      const note = noteOf.get(cell.claim.id) ?? null;
      return {
        claim: cell.claim.id,
        statement: cell.claim.statement,
        category: cell.claim.category,
        grade: note?.grade ?? null,
        gradeBasis: note?.why ?? null,
        outletsCarrying: note?.outlets ?? null,
        sourcesShown: note?.sources ?? null,
        sourcesInAll: note?.sourcesInAll ?? null,
        denials: note?.disputing ?? null,
        discrepancies: note ? note.discrepancies.length : null,
        discrepancySubjects:
          note && note.discrepancies.length > 0 ? note.discrepancies.join('; ') : null,
        totals: note?.totals ?? null,
        article: cell.article.id,
        // The outlet's id, as every view's export writes it; its name beside it.
        outlet: cell.article.outletId,
        outletName:
          corpus.outlets.find((o) => o.id === cell.article.outletId)?.name ?? cell.article.outletId,
        stance:
          cell.stance === 'not-reported'
            ? cell.unread
              ? 'not read'
              : 'not reported'
            : cell.stance,
        attributedTo: cell.evidence?.attributedTo ?? null,
        alsoStances:
          cell.also.length > 0
            ? cell.also
                .map((o) =>
                  o.attributedTo === null ? o.stance : `${o.stance} (${o.attributedTo})`,
                )
                .join('; ')
            : null,
        hedged: cell.evidence ? cell.evidence.hedged : null,
        origin: cell.evidence?.origin ?? null,
        figure: cell.figure ? figureWords(cell.figure) : null,
        quote: cell.evidence?.quote ?? null,
        start: cell.evidence?.start ?? null,
        end: cell.evidence?.end ?? null,
      };
    }),
  };
}
