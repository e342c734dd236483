import type {
  Claim,
  Discrepancy,
  Event,
  Evidence,
  Figure,
  Person,
  Quote,
  Span,
} from '../../schema.ts';
import type { Attribution, NameBook } from '../attribution.ts';
import type { Sentence } from '../types.ts';

/**
 * What every discrepancy finder reads, and how a finding is written: the input, an item quoting
 * its span, the order of spans, the figures compared as tolls and how one is worded.
 */

/** What the discrepancy finders know about one article. */
export interface DiscrepancyArticle {
  id: string;
  sentences: readonly Sentence[];
  /** Aligned with `sentences`. */
  attributions: readonly Attribution[];
  /** Indexes into `sentences` of the headline's sentences. */
  headline: readonly number[];
}

/** The whole corpus as the finders see it. */
export interface DiscrepancyInput {
  articles: readonly DiscrepancyArticle[];
  evidence: readonly Evidence[];
  figures: readonly Figure[];
  quotes: readonly Quote[];
  claims: readonly Claim[];
  events: readonly Event[];
  people: readonly Person[];
  /** Resolves names to canonical people and organisations (claimants, speakers). */
  book: NameBook;
  /** A person's affiliation, by canonical name: a spokesman speaks for his ministry. */
  affiliationOf: ReadonlyMap<string, string>;
}

/** One passage of a finding, with what it shows. */
export type Item = Discrepancy['items'][number];

/** The item quoting a span, with its note. */
export function item(span: Span, note: string): Item {
  return { articleId: span.articleId, start: span.start, end: span.end, quote: span.quote, note };
}

/** Orders text by code unit: the same order on every machine. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Spans in text order: by article, then start, then end. */
export function byPlace(a: Span, b: Span): number {
  return byText(a.articleId, b.articleId) || a.start - b.start || a.end - b.end;
}

/**
 * The figures compared as tolls: totals only, and only where the text says what happened to what
 * was counted. A part ("including 32 children"), an account ("beside 40 bodies"), the work behind
 * a report ("25 analysed", "six documented"), a change or a wider count is another measure, never
 * a disagreement with a total.
 */
export function comparable(figure: Figure): boolean {
  return figure.role === 'total' && figure.outcome !== null;
}

/** "at least 200 civilians killed", "200 or more civilians", "hundreds of civilians", "40–50 people". */
export function describeFigure(figure: Figure): string {
  const what = `${figure.group}${figure.outcome === null ? '' : ` ${figure.outcome}`}`;
  if (figure.vague)
    return `“${figure.quote}” (vague)${figure.outcome === null ? '' : `, ${figure.outcome}`}`;
  const qualifier = figure.qualifier === null ? '' : `${figure.qualifier} `;
  const amount =
    figure.high === null
      ? // "At least 200" already says the count is open-ended: never "at least 200 or more".
        figure.qualifier === null
        ? `${figure.low} or more`
        : `${qualifier}${figure.low}`
      : figure.high === figure.low
        ? `${qualifier}${figure.low}`
        : `${qualifier}${figure.low}–${figure.high}`;
  return `${amount} ${what}`;
}

/** Two figures can both be true: their ranges meet ("at least 200" and "hundreds" do; 25 and 6 do not). */
export function compatible(a: Figure, b: Figure): boolean {
  const aHigh = a.high ?? Infinity;
  const bHigh = b.high ?? Infinity;
  return a.low <= bHigh && b.low <= aHigh;
}

export { groupByArticle } from '../group-by-article.ts';

const listIds = (ids: readonly string[]) =>
  ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}`;

/** "article 001", "articles 000, 002 and 003". */
export const articlesNamed = (ids: readonly string[]) =>
  `${ids.length === 1 ? 'article' : 'articles'} ${listIds(ids)}`;
