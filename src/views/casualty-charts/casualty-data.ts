import type { Article, Corpus, Event, Figure, FigureGroup } from '../../corpus/schema.ts';
import { FigureGroupSchema } from '../../corpus/schema.ts';
import { applyFilters } from '../../filters/apply-filters.ts';
import type { Filters } from '../../filters/filters.ts';
import {
  articleLabel,
  articleLabelParts,
  type ArticleLabelParts,
} from '../../wording/article-label.ts';
import {
  attributionWords,
  compatibleAmounts,
  figureAmount,
  figureKind,
  figureWords,
  groupLabel,
  isToll,
  roleWords,
  sameAmount,
  type FigureKind,
} from '../../wording/figure-wording.ts';

/** One bar of a casualty chart: what one article cites for the chart's event, group and outcome. */
export interface ChartRow {
  /** Unique within the chart. */
  key: string;
  articleId: string;
  outletId: string;
  /** "Wire Desk (article a1)". */
  articleLabel: string;
  /** The outlet alone where that names the article ("VICE News"), for sentences naming several. */
  shortLabel: string;
  /** The label on two lines: "VICE News" / "article 001, inferred". */
  labelParts: ArticleLabelParts;
  kind: FigureKind | 'not-reported';
  /** Where the bar starts to be uncertain; null for a vague figure or when not reported. */
  low: number | null;
  /** The upper end; null for a lower bound, a vague figure, or not reported. */
  high: number | null;
  /** "at least 200", "hundreds (vague)", "not reported". */
  valueText: string;
  /** Who the article says gave the figure ("Harbour Watch", "activists"), when it says. */
  attributedTo: string | null;
  /** A total of the event, or a part of one (shown where the article gives no total); null when not reported. */
  role: 'total' | 'part' | null;
  /** For a part: the total it is part of, in words: "part of at least 46 civilians". */
  partOf: string | null;
  /** For a total: the parts the article gives with it: "of which 32 children and 11 women". */
  parts: string | null;
  /** The figures behind the bar, each a span of the article; empty when not reported. */
  figures: Figure[];
}

/**
 * What the whole corpus says about one chart's count, whatever the filters show: one article
 * gives it, several agree, they differ in ways that can all be true, or they disagree (two figures
 * that cannot both be true: 49 against 46, 180 against "at least 200").
 */
export type ChartVerdict = 'single' | 'agree' | 'differ' | 'disagree';

/** What a filter leaves out of a chart, for its finding to say. */
export interface ChartScope {
  /** Outlets drawn, and outlets of the corpus the filter hides. */
  shownOutlets: number;
  hiddenOutlets: number;
}

/** One chart: the totals every visible article cites for one event, group and outcome. */
export interface CasualtyChart {
  /** Stable id: "ariha-market/civilians/killed". */
  key: string;
  event: Event | null;
  group: FigureGroup;
  outcome: string | null;
  /** "civilians killed". */
  groupLabel: string;
  /** "Millbrook market strike: civilians killed". */
  title: string;
  /** One row per visible article (more when it cites several values), in corpus order. */
  rows: ChartRow[];
  /** Over the whole corpus, not the filtered view. */
  verdict: ChartVerdict;
  /** The chart's finding in two sentences at most (and a scope note under a filter), its text alternative. */
  finding: string;
}

/** A number in the articles that is not a toll: a witness's account, the report's method, a wider count. */
export interface OtherNumber {
  key: string;
  figure: Figure;
  outletId: string | null;
  event: Event | null;
  /** "VICE News (article 001, inferred)". */
  articleLabel: string;
  /** "40 bodies", "6 attacks", "around 300,000 people". */
  words: string;
  /** "a witness's account", "the report's method: attacks documented", "a wider count". */
  role: string;
  /** "per Mohammed Qurabi al-Ghazal"; null when the article does not say whose it is. */
  attribution: string | null;
}

/** The casualty view's model, shared by the page and its exports. */
export interface CasualtyModel {
  charts: CasualtyChart[];
  others: OtherNumber[];
}

const NO_EVENT = 'no-event';
const GROUP_ORDER = FigureGroupSchema.options;
const VERDICT_RANK: Record<ChartVerdict, number> = { disagree: 0, differ: 1, agree: 1, single: 1 };

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

const list = (items: readonly string[]) =>
  items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** The verdict over the rows of every article of the corpus for one chart. */
export function chartVerdict(rows: readonly ChartRow[]): ChartVerdict {
  const reported = rows.filter((r) => r.kind !== 'not-reported');
  const reporters = new Set(reported.map((r) => r.articleId));
  if (reporters.size <= 1) return 'single';
  const values = new Set(reported.map((r) => r.valueText));
  if (values.size === 1) return 'agree';
  const figures = reported.flatMap((r) => r.figures.map((f) => ({ f, articleId: r.articleId })));
  const disagree = figures.some((a) =>
    figures.some((b) => a.articleId !== b.articleId && !compatibleAmounts(a.f, b.f)),
  );
  return disagree ? 'disagree' : 'differ';
}

/**
 * States what a chart's count is across the WHOLE corpus — who reports it, whether they agree,
 * where it is not reported — in two short sentences, so "only", "all" and "not reported in" stay
 * true whatever the filters hide. Under a filter (`scope` with hidden outlets) it says what the
 * drawing is about: "Shown: 1 outlet; 4 hidden by the filter."
 *
 * `allRows` holds a row for every article of the corpus, not only the rows drawn.
 */
export function chartFinding(
  allRows: readonly ChartRow[],
  scope: ChartScope | null = null,
): string {
  const articles = [...new Set(allRows.map((r) => r.articleId))];
  const reported = allRows.filter((r) => r.kind !== 'not-reported');
  const reporters = [...new Set(reported.map((r) => r.articleId))];
  const missing = articles.filter((id) => !reporters.includes(id));
  // Numbers first, then the vague words, each in the order the articles give them.
  const values = [
    ...new Set([
      ...reported.filter((r) => r.kind !== 'vague').map((r) => r.valueText),
      ...reported.filter((r) => r.kind === 'vague').map((r) => r.valueText),
    ]),
  ];
  const nameOf = (id: string) => allRows.find((r) => r.articleId === id)?.shortLabel ?? id;
  const total = articles.length;
  const count = reporters.length;
  const filtered = scope !== null && scope.hiddenOutlets > 0;

  if (count === 0) {
    return filtered
      ? `No article in the whole corpus reports it.`
      : 'No article reports this figure.';
  }

  // Who reports it: every article, only one, two by name, or a count.
  let who: string;
  let ours = true; // whether `who` starts with our word (and may be lower-cased after a lead-in)
  if (count === 1) {
    who = total > 1 ? `Only ${nameOf(reporters[0] ?? '')}` : nameOf(reporters[0] ?? '');
    ours = total > 1;
  } else if (count === 2) {
    who = list(reporters.map(nameOf));
    ours = false;
  } else if (count === total) who = `All ${total} articles`;
  else who = `${count} of ${total} articles`;

  const verdict = chartVerdict(allRows);
  let sentence: string;
  switch (verdict) {
    case 'single':
      sentence =
        values.length === 1
          ? `${who} reports it: ${values[0] ?? ''}.`
          : `${who} reports it, ${values.length} ways: ${values.join('; ')}.`;
      break;
    case 'agree':
      sentence = `${who} agree: ${values[0] ?? ''}.`;
      break;
    case 'differ':
      sentence = `${who} give figures that can ${count === 2 ? 'both' : 'all'} be true: ${values.join('; ')}.`;
      break;
    case 'disagree':
      sentence = `${who} disagree: ${values.join('; ')}.`;
      break;
  }
  if (filtered) sentence = `In the whole corpus, ${ours ? lowerFirst(sentence) : sentence}`;
  if (missing.length === 1) sentence += ` Not reported in ${nameOf(missing[0] ?? '')}.`;
  else if (missing.length > 1) sentence += ` Not reported in the other ${missing.length}.`;

  if (filtered) {
    const outlets = `${scope.shownOutlets} outlet${scope.shownOutlets === 1 ? '' : 's'}`;
    sentence += ` Shown: ${outlets}; ${scope.hiddenOutlets} hidden by the filter.`;
  }
  return sentence;
}

function compareEvents(a: Event | null, b: Event | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

/** Rows for one chart: for each article, its totals for the chart's count, else its parts. */
function chartRows(
  corpus: Corpus,
  articles: readonly Article[],
  figures: readonly Figure[],
): ChartRow[] {
  const byId = new Map(corpus.figures.map((f) => [f.id, f]));
  const partsOf = (total: Figure) =>
    corpus.figures
      .filter((f) => f.role === 'part' && f.partOf === total.id)
      .sort((a, b) => a.start - b.start);
  const rows: ChartRow[] = [];
  for (const article of articles) {
    const base = {
      articleId: article.id,
      outletId: article.outletId,
      articleLabel: articleLabel(corpus, article),
      shortLabel: articleLabel(corpus, article, { form: 'short' }),
      labelParts: articleLabelParts(corpus, article),
    };
    const own = figures.filter((f) => f.articleId === article.id).sort((a, b) => a.start - b.start);
    const totals = own.filter((f) => f.role === 'total');
    const cited = totals.length > 0 ? totals : own.filter((f) => f.role === 'part');
    if (cited.length === 0) {
      rows.push({
        ...base,
        key: `${article.id}#none`,
        kind: 'not-reported',
        low: null,
        high: null,
        valueText: 'not reported',
        attributedTo: null,
        role: null,
        partOf: null,
        parts: null,
        figures: [],
      });
      continue;
    }
    const distinct: Figure[][] = [];
    for (const figure of cited) {
      const same = distinct.find(
        (group) =>
          group[0] !== undefined &&
          sameAmount(group[0], figure) &&
          group[0].attributedTo === figure.attributedTo,
      );
      if (same) same.push(figure);
      else distinct.push([figure]);
    }
    distinct.forEach((group, index) => {
      const figure = group[0];
      if (!figure) return;
      const kind = figureKind(figure);
      const total = figure.partOf === null ? undefined : byId.get(figure.partOf);
      const parts = group.flatMap(partsOf);
      rows.push({
        ...base,
        key: `${article.id}#${index}`,
        kind,
        // A vague amount has no number to draw: its conventional low is never a bar's length.
        low: kind === 'vague' ? null : figure.low,
        high: kind === 'vague' ? null : figure.high,
        valueText: figureAmount(figure),
        attributedTo: figure.attributedTo,
        role: figure.role === 'part' ? 'part' : 'total',
        partOf:
          figure.role === 'part'
            ? total
              ? `part of ${figureWords(total)}`
              : 'part of a total the article gives'
            : null,
        parts:
          parts.length > 0
            ? `of which ${list([...new Set(parts.map((p) => figureWords(p)))])}`
            : null,
        figures: group,
      });
    });
  }
  return rows;
}

/**
 * The casualty view's model for what the filters let through: one chart per event, group and
 * outcome that has a total of people (killed, injured, missing…) in the corpus and that a visible
 * article cites, each with a row per visible article (its total, else its part of a total, else
 * "not reported"), its verdict and finding computed over the whole corpus; and apart, every other
 * number of the visible articles — accounts, method counts, wider counts, counts of things — with
 * what it counts. Charts with a disagreement come first, then by event date and group.
 */
export function casualtyModel(corpus: Corpus, filters: Filters): CasualtyModel {
  const view = applyFilters(corpus, filters);
  const visible = new Set(view.articles.map((a) => a.id));
  const narrowed = claimsNarrowed(filters);
  const eventOf = (id: string | null) => corpus.events.find((e) => e.id === id) ?? null;
  const inEvidence = (f: Figure) =>
    view.evidence.some((e) => e.articleId === f.articleId && e.start <= f.start && f.end <= e.end);
  const inView = (f: Figure) =>
    visible.has(f.articleId) && (filters.event === null || f.eventId === filters.event);

  const shownOutlets = new Set(view.articles.map((a) => a.outletId));
  const hiddenOutlets = new Set(
    corpus.articles.map((a) => a.outletId).filter((id) => !shownOutlets.has(id)),
  );
  const scope: ChartScope = { shownOutlets: shownOutlets.size, hiddenOutlets: hiddenOutlets.size };

  const tollsByKey = new Map<string, Figure[]>();
  for (const figure of corpus.figures) {
    if (!isToll(figure)) continue;
    const key = chartKey(figure);
    tollsByKey.set(key, [...(tollsByKey.get(key) ?? []), figure]);
  }

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
    return matchesClaim || figures.some(inEvidence);
  };

  const charts: CasualtyChart[] = [];
  const rankByKey = new Map<string, number>();
  for (const [key, figures] of tollsByKey) {
    // A chart compares totals: a count given only as parts of another total is shown beside it.
    if (!figures.some((f) => f.role === 'total')) continue;
    const shownFigures = figures.filter(inView);
    if (shownFigures.length === 0 || !keptByClaims(key, shownFigures)) continue;
    const first = figures[0];
    if (!first) continue;
    const allRows = chartRows(corpus, corpus.articles, figures);
    const rows = allRows.filter((r) => visible.has(r.articleId));
    const event = eventOf(first.eventId);
    const label = groupLabel(first.group, first.outcome);
    const verdict = chartVerdict(allRows);
    charts.push({
      key,
      event,
      group: first.group,
      outcome: first.outcome,
      groupLabel: label,
      title: `${event?.label ?? 'No event named'}: ${label}`,
      rows,
      verdict,
      finding: chartFinding(allRows, scope),
    });
    rankByKey.set(key, VERDICT_RANK[verdict]);
  }

  // An event with a disagreement leads; within an event, its disagreements lead.
  const eventRank = new Map<string, number>();
  for (const chart of charts) {
    const id = chart.event?.id ?? NO_EVENT;
    eventRank.set(id, Math.min(eventRank.get(id) ?? Infinity, rankByKey.get(chart.key) ?? 1));
  }
  const rankOf = (chart: CasualtyChart) => eventRank.get(chart.event?.id ?? NO_EVENT) ?? 1;
  charts.sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      compareEvents(a.event, b.event) ||
      (a.event?.id ?? '').localeCompare(b.event?.id ?? '') ||
      (rankByKey.get(a.key) ?? 1) - (rankByKey.get(b.key) ?? 1) ||
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      (a.outcome ?? '').localeCompare(b.outcome ?? ''),
  );

  const charted = new Set(charts.map((c) => c.key));
  const articleOrder = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const others: OtherNumber[] = corpus.figures
    .filter((f) => inView(f) && (!narrowed || inEvidence(f)))
    // A toll is charted, or drawn beside its total; anything else is an other number.
    .filter(
      (f) => !isToll(f) || (f.role === 'part' && !charted.has(chartKey(f)) && f.partOf === null),
    )
    .map((figure) => {
      const article = corpus.articles.find((a) => a.id === figure.articleId);
      return {
        key: figure.id,
        figure,
        outletId: article?.outletId ?? null,
        event: eventOf(figure.eventId),
        articleLabel: article ? articleLabel(corpus, article) : `article ${figure.articleId}`,
        words: figureWords(figure),
        role: roleWords(figure),
        attribution: attributionWords(figure),
      };
    })
    .sort(
      (a, b) =>
        compareEvents(a.event, b.event) ||
        (a.event?.id ?? '').localeCompare(b.event?.id ?? '') ||
        (articleOrder.get(a.figure.articleId) ?? 0) - (articleOrder.get(b.figure.articleId) ?? 0) ||
        a.figure.start - b.figure.start,
    );

  return { charts, others };
}

/** Other numbers that say the same words for the same thing, whoever prints them: one line on the page. */
export interface OtherNumberGroup {
  key: string;
  /** The words as the first article gives them: "six attacks". */
  quote: string;
  role: string;
  attribution: string | null;
  event: Event | null;
  /** One per article (and place) that gives them, in order. */
  items: OtherNumber[];
}

/**
 * Gathers other numbers with the same words (case aside), role, attribution and event, so "six
 * attacks" the report documented, in four articles, is one line naming the four.
 */
export function groupOtherNumbers(others: readonly OtherNumber[]): OtherNumberGroup[] {
  const groups = new Map<string, OtherNumberGroup>();
  for (const other of others) {
    const key = [
      other.figure.quote.toLocaleLowerCase(),
      other.role,
      other.attribution ?? '',
      other.figure.eventId ?? '',
    ].join('|');
    const group = groups.get(key);
    if (group) group.items.push(other);
    else {
      groups.set(key, {
        key: other.key,
        quote: other.figure.quote,
        role: other.role,
        attribution: other.attribution,
        event: other.event,
        items: [other],
      });
    }
  }
  return [...groups.values()];
}

/** The casualty charts the filters let through (the model's charts). */
export function casualtyCharts(corpus: Corpus, filters: Filters): CasualtyChart[] {
  return casualtyModel(corpus, filters).charts;
}
