import type { Corpus, Discrepancy, DiscrepancyKind } from '../../corpus/schema.ts';
import { applyFilters } from '../../filters/apply-filters.ts';
import type { Filters } from '../../filters/filters.ts';
import { COLUMNS, type DataTable } from '../../export/to-csv.ts';
import { articleLabel } from '../../wording/article-label.ts';

/** How each kind of discrepancy is named in headings, in the order they are listed. */
export const KIND_HEADINGS: Record<DiscrepancyKind, string> = {
  figure: 'Different totals for the same event, group and outcome',
  hedge: 'A hedge dropped',
  // A quotation either reworded, or altered: words swapped one for one (spun copy). The subject says which.
  quote: 'A quotation worded differently or altered',
  // "No immediate comment" then a rejection is a difference in timing, and the subject says so.
  response: 'Responses that differ',
  headline: 'A headline against its own body',
};

/** One side of a discrepancy: an article's words and what they say. */
export interface DiscrepancySide {
  articleId: string;
  outletId: string;
  /** "Wire Desk (article a1)". */
  articleLabel: string;
  articleTitle: string | null;
  start: number;
  end: number;
  quote: string;
  note: string;
  /** The text around the quote, trimmed to whole words, with an ellipsis where it is cut. */
  before: string;
  after: string;
}

export interface ShownDiscrepancy {
  /** Its place in the corpus's list: stable across filters. */
  index: number;
  discrepancy: Discrepancy;
  sides: DiscrepancySide[];
  /** Sides in articles the filters hide. */
  hidden: number;
}

/**
 * The text around a span: up to `radius` characters each side, cut at a word boundary, with "…"
 * where it is cut and line breaks folded to spaces. The context stops at boilerplate (`removed`:
 * a photo caption, a menu), so a caption never reads as the sentence beside the quote.
 */
export function spanContext(
  text: string,
  start: number,
  end: number,
  radius = 90,
  removed: readonly { start: number; end: number }[] = [],
): { before: string; after: string } {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  // Where the text or its boilerplate ends the context, nothing is cut: no ellipsis.
  let wholeBefore = from === 0;
  let wholeAfter = to === text.length;
  for (const r of removed) {
    if (r.end <= start && r.end >= from) {
      from = r.end;
      wholeBefore = true;
    }
    if (r.start >= end && r.start <= to) {
      to = r.start;
      wholeAfter = true;
    }
  }
  // Leave out a word the cut would halve.
  if (!wholeBefore && !/\s/.test(text[from - 1] ?? '')) {
    const space = text.slice(from, start).search(/\s/);
    from = space >= 0 ? from + space + 1 : start;
  }
  if (!wholeAfter && !/\s/.test(text[to] ?? '')) {
    const tail = text.slice(end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    to = space >= 0 ? end + space : end;
  }
  const fold = (part: string) => part.replace(/\s+/g, ' ');
  const before = fold(text.slice(from, start));
  const after = fold(text.slice(end, to));
  return {
    before: wholeBefore ? (from > 0 ? before.trimStart() : before) : `…${before}`,
    after: wholeAfter ? (to < text.length ? after.trimEnd() : after) : `${after}…`,
  };
}

function claimsNarrowed(filters: Filters): boolean {
  return (
    filters.claims.length > 0 ||
    filters.categories.length > 0 ||
    filters.stances.length > 0 ||
    filters.q.trim() !== ''
  );
}

/**
 * The discrepancies the filters let through, by kind then corpus order. One shows when at least two
 * of its sides are in visible articles, its event is the chosen one (or its claim touches it), and,
 * when claims are narrowed, its claim is among those shown.
 */
export function shownDiscrepancies(corpus: Corpus, filters: Filters): ShownDiscrepancy[] {
  const view = applyFilters(corpus, filters);
  const articles = new Map(view.articles.map((a) => [a.id, a]));
  const claimIds = new Set(view.claims.map((c) => c.id));
  const narrowed = claimsNarrowed(filters);
  const kinds = Object.keys(KIND_HEADINGS);

  return corpus.discrepancies
    .map((discrepancy, index) => ({ discrepancy, index }))
    .filter(({ discrepancy: d }) => {
      const claimShown = d.claimId !== null && claimIds.has(d.claimId);
      if (filters.event !== null && d.eventId !== filters.event && !claimShown) return false;
      return !narrowed || claimShown;
    })
    .map(({ discrepancy, index }) => {
      const sides = discrepancy.items.flatMap((item): DiscrepancySide[] => {
        const article = articles.get(item.articleId);
        if (!article) return [];
        return [
          {
            articleId: article.id,
            outletId: article.outletId,
            articleLabel: articleLabel(corpus, article),
            articleTitle: article.title,
            start: item.start,
            end: item.end,
            quote: item.quote,
            note: item.note,
            ...spanContext(article.text, item.start, item.end, 90, article.removed),
          },
        ];
      });
      return { index, discrepancy, sides, hidden: discrepancy.items.length - sides.length };
    })
    .filter((shown) => shown.sides.length >= 2)
    .sort(
      (a, b) =>
        kinds.indexOf(a.discrepancy.kind) - kinds.indexOf(b.discrepancy.kind) || a.index - b.index,
    );
}

/** The shown discrepancies as a table, one line per side: what the CSV and JSON exports hold. */
export function discrepanciesTable(shown: readonly ShownDiscrepancy[]): DataTable {
  return {
    // The shared columns (article, outlet, event, quote, offsets) carry the headings every view's
    // export uses; the outlet is its id, as in the casualty charts' table.
    columns: [
      COLUMNS.kind,
      { key: 'subject', label: 'Subject' },
      COLUMNS.claim,
      COLUMNS.event,
      COLUMNS.article,
      COLUMNS.outlet,
      { key: 'note', label: 'What it says' },
      COLUMNS.quote,
      COLUMNS.start,
      COLUMNS.end,
    ],
    rows: shown.flatMap(({ discrepancy, sides }) =>
      sides.map((side) => ({
        kind: discrepancy.kind,
        subject: discrepancy.subject,
        claim: discrepancy.claimId,
        event: discrepancy.eventId,
        article: side.articleId,
        outlet: side.outletId,
        note: side.note,
        quote: side.quote,
        start: side.start,
        end: side.end,
      })),
    ),
  };
}
