import type { Corpus, Event, Figure, FigureGroup } from '../../corpus/schema.ts';
import { FigureGroupSchema } from '../../corpus/schema.ts';
import { applyFilters } from '../../filters/apply-filters.ts';
import type { Filters } from '../../filters/filters.ts';
import { articleLabel } from './article-label.ts';
import {
  figureKind,
  formatFigure,
  groupLabel,
  sameValue,
  type FigureKind,
} from './figure-value.ts';

/** One bar of a casualty chart: what one article cites for the chart's event and group. */
export interface ChartRow {
  /** Unique within the chart. */
  key: string;
  articleId: string;
  outletId: string;
  /** "Wire Desk (article a1)". */
  articleLabel: string;
  kind: FigureKind | 'not-reported';
  /** Where the bar starts to be uncertain; null when the article does not report the figure. */
  low: number | null;
  /** The upper end; null for a lower bound, a vague figure, or not reported. */
  high: number | null;
  /** "at least 200", "hundreds (vague)", "not reported". */
  valueText: string;
  /** Who the article says gave the figure ("Amnesty International", "activists"), when it says. */
  attributedTo: string | null;
  /** The figures behind the bar, each a span of the article; empty when not reported. */
  figures: Figure[];
}

/** One chart: every visible article's figure for one event, group and outcome. */
export interface CasualtyChart {
  /** Stable id: "ariha-market/civilians/killed". */
  key: string;
  event: Event | null;
  group: FigureGroup;
  outcome: string | null;
  /** "civilians killed". */
  groupLabel: string;
  /** "Ariha market strike: civilians killed". */
  title: string;
  rows: ChartRow[];
  /** The chart's main finding in one or two sentences, its text alternative. */
  finding: string;
}

const NO_EVENT = 'no-event';
const GROUP_ORDER = FigureGroupSchema.options;

function chartKey(figure: Pick<Figure, 'eventId' | 'group' | 'outcome'>): string {
  return `${figure.eventId ?? NO_EVENT}/${figure.group}/${figure.outcome ?? ''}`;
}

/** True when a filter other than outlets and the event narrows the claims. */
function claimsNarrowed(filters: Filters): boolean {
  return (
    filters.claims.length > 0 ||
    filters.categories.length > 0 ||
    filters.stances.length > 0 ||
    filters.q.trim() !== ''
  );
}

/**
 * States what a chart shows, for people who cannot see it: whether outlets agree, who cites what,
 * who does not report the figure, and whom an article gives a figure to.
 */
export function chartFinding(rows: readonly ChartRow[]): string {
  const reported = rows.filter((r) => r.kind !== 'not-reported');
  const missing = rows.filter((r) => r.kind === 'not-reported');
  const reporters = [...new Set(reported.map((r) => r.articleId))];
  const values = [...new Set(reported.map((r) => r.valueText))];
  const labelOf = (articleId: string) =>
    rows.find((r) => r.articleId === articleId)?.articleLabel ?? articleId;
  const list = (items: string[]) =>
    items.length <= 2
      ? items.join(' and ')
      : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

  let sentence: string;
  if (reported.length === 0) {
    sentence = 'No visible article reports this figure.';
  } else if (values.length === 1) {
    sentence =
      reporters.length === 1
        ? `Only ${labelOf(reporters[0] ?? '')} reports it: ${values[0] ?? ''}.`
        : `Outlets agree: ${values[0] ?? ''} in ${list(reporters.map(labelOf))}.`;
  } else if (reporters.length === 1) {
    sentence = `Only ${labelOf(reporters[0] ?? '')} reports it, in ${values.length} ways: ${list(values)}.`;
  } else {
    const byValue = values.map(
      (value) =>
        `${value} in ${list([...new Set(reported.filter((r) => r.valueText === value).map((r) => r.articleLabel))])}`,
    );
    // Two articles disagree only when their figures cannot both be true: 49 against 46, or 180
    // against "at least 200". "At least 32" beside 32, or a vague "hundreds", is a difference.
    const precise = reported.filter((r) => r.kind !== 'vague' && r.low !== null);
    const span = (r: ChartRow) => [r.low ?? 0, r.high ?? Infinity] as const;
    const disagree = precise.some((a) =>
      precise.some((b) => {
        const [aLow, aHigh] = span(a);
        const [bLow, bHigh] = span(b);
        return a.articleId !== b.articleId && (aHigh < bLow || bHigh < aLow);
      }),
    );
    sentence = `${disagree ? 'Outlets disagree' : 'Outlets cite different figures'}: ${byValue.join('; ')}.`;
  }
  const missingIds = [...new Set(missing.map((r) => r.articleId))];
  if (reported.length > 0 && missingIds.length > 0) {
    sentence += ` Not reported in ${list(missingIds.map(labelOf))}.`;
  }
  // Whose figure it is, where the article says: a witness's count is not the outlet's own toll.
  for (const row of reported) {
    if (row.attributedTo !== null) {
      sentence += ` ${capitalize(row.articleLabel)} attributes ${row.valueText} to ${row.attributedTo}.`;
    }
  }
  return sentence;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function compareEvents(a: Event | null, b: Event | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

/**
 * The casualty charts the filters let through: one per event, group and outcome that a visible
 * article cites, each with one row per visible article (a row per distinct value when an article
 * cites several, a "not reported" row when it cites none). Ordered by event date, then group.
 */
export function casualtyCharts(corpus: Corpus, filters: Filters): CasualtyChart[] {
  const view = applyFilters(corpus, filters);
  const articleIds = new Set(view.articles.map((a) => a.id));
  const narrowed = claimsNarrowed(filters);

  const keptByClaims = (key: string, figures: Figure[]): boolean => {
    if (!narrowed) return true;
    const [eventId, group, outcome] = key.split('/');
    const matchesClaim = view.claims.some(
      (c) =>
        c.figure !== null &&
        (c.figure.eventId ?? NO_EVENT) === eventId &&
        c.figure.group === group &&
        (c.figure.outcome === null || c.figure.outcome === outcome),
    );
    const insideEvidence = figures.some((f) =>
      view.evidence.some(
        (e) => e.articleId === f.articleId && e.start <= f.start && f.end <= e.end,
      ),
    );
    return matchesClaim || insideEvidence;
  };

  const byKey = new Map<string, Figure[]>();
  for (const figure of corpus.figures) {
    if (!articleIds.has(figure.articleId)) continue;
    if (filters.event !== null && figure.eventId !== filters.event) continue;
    const key = chartKey(figure);
    byKey.set(key, [...(byKey.get(key) ?? []), figure]);
  }

  const charts: CasualtyChart[] = [];
  for (const [key, figures] of byKey) {
    if (!keptByClaims(key, figures)) continue;
    const first = figures[0];
    if (!first) continue;
    const event = corpus.events.find((e) => e.id === first.eventId) ?? null;
    const rows: ChartRow[] = [];
    for (const article of view.articles) {
      const label = articleLabel(corpus, article);
      const own = figures
        .filter((f) => f.articleId === article.id)
        .sort((a, b) => a.start - b.start);
      if (own.length === 0) {
        rows.push({
          key: `${article.id}#none`,
          articleId: article.id,
          outletId: article.outletId,
          articleLabel: label,
          kind: 'not-reported',
          low: null,
          high: null,
          valueText: 'not reported',
          attributedTo: null,
          figures: [],
        });
        continue;
      }
      const distinct: Figure[][] = [];
      for (const figure of own) {
        const same = distinct.find(
          (list) =>
            list[0] !== undefined &&
            sameValue(list[0], figure) &&
            list[0].attributedTo === figure.attributedTo,
        );
        if (same) same.push(figure);
        else distinct.push([figure]);
      }
      distinct.forEach((list, index) => {
        const figure = list[0];
        if (!figure) return;
        const kind = figureKind(figure);
        rows.push({
          key: `${article.id}#${index}`,
          articleId: article.id,
          outletId: article.outletId,
          articleLabel: label,
          kind,
          low: figure.low,
          high: kind === 'vague' ? null : figure.high,
          valueText: formatFigure(figure),
          attributedTo: figure.attributedTo,
          figures: list,
        });
      });
    }
    const group = first.group;
    const label = groupLabel(group, first.outcome);
    charts.push({
      key,
      event,
      group,
      outcome: first.outcome,
      groupLabel: label,
      title: `${event?.label ?? 'No event named'}: ${label}`,
      rows,
      finding: chartFinding(rows),
    });
  }

  return charts.sort(
    (a, b) =>
      compareEvents(a.event, b.event) ||
      (a.event?.id ?? '').localeCompare(b.event?.id ?? '') ||
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      (a.outcome ?? '').localeCompare(b.outcome ?? ''),
  );
}
