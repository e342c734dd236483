import type {
  Article,
  Corpus,
  Event,
  Figure,
  FigureGroup,
  RemovedReason,
} from '../../corpus/schema.ts';
import { applyFilters } from '../../filters/apply-filters.ts';
import { escapeRegExp } from '../../corpus/pipeline/text-patterns.ts';
import type { Filters } from '../../filters/filters.ts';
import { articleLabel } from '../../wording/article-label.ts';
import { figureRange, groupLabel, isToll } from '../../wording/figure-wording.ts';
import { MONTHS, formatDate, placeText } from '../shared/event-words.ts';

const DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO calendar day, so date arithmetic never meets time zones. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

/** The ISO calendar day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The short name of a month, "Oct", from a day number. */
export function monthName(day: number): string {
  return MONTHS[new Date(day * DAY).getUTCMonth()] ?? '';
}

/** First and last day (day numbers, inclusive) an event may have happened on, given its precision. */
export function eventDays(
  event: Pick<Event, 'date' | 'endDate' | 'datePrecision'>,
): { start: number; end: number } | null {
  if (event.date === null) return null;
  const date = new Date(`${event.date}T00:00:00Z`);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  switch (event.datePrecision) {
    case 'month':
      return { start: Date.UTC(year, month, 1) / DAY, end: Date.UTC(year, month + 1, 1) / DAY - 1 };
    case 'year':
      return { start: Date.UTC(year, 0, 1) / DAY, end: Date.UTC(year + 1, 0, 1) / DAY - 1 };
    case 'day': {
      const start = dayNumber(event.date);
      return { start, end: event.endDate === null ? start : dayNumber(event.endDate) };
    }
  }
}

/** Day numbers of the first of each month from `start` to `end`. */
export function monthStarts(start: number, end: number): number[] {
  const first = new Date(start * DAY);
  const days: number[] = [];
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
  for (;;) {
    const day = Date.UTC(year, month, 1) / DAY;
    if (day > end) return days;
    days.push(day);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
}

/** How an article touches a strike: a figure for it, a date of it, or evidence for a claim about it. */
export type MentionKind = 'figure' | 'date' | 'claim';

export interface ArticleRef {
  articleId: string;
  outletId: string;
  /** "Wire Desk (article a1)". */
  label: string;
}

export interface StrikeFigures {
  /** "civilians killed", "missiles". */
  groupLabel: string;
  /** Across the outlets that cite it: "46–49", "at least 200; hundreds (vague)". */
  range: string;
  /** Totals of people, and parts given with them (`isToll`): what the strike's toll is said to be. */
  figures: Figure[];
}

/** Boilerplate as a reader would name it: "a photo caption", "a “Related” link". */
export const REMOVED_WORDS: Record<RemovedReason, string> = {
  'site-menu': 'the site menu',
  'read-mode-widget': 'page furniture',
  trending: 'a trending list',
  'related-links': 'a “Related” link',
  appeal: 'a donation appeal',
  caption: 'a photo caption',
  credit: 'a photo credit',
  dateline: 'a dateline',
  other: 'text set aside as boilerplate',
};

/** The strike's place named in text set aside as boilerplate (a photo caption), not in the body. */
export interface BoilerplateMention extends ArticleRef {
  reason: RemovedReason;
  /** The boilerplate's range and words, so a link can open it in the source reader. */
  start: number;
  end: number;
  quote: string;
  /** The article is hidden by the filters. */
  hidden: boolean;
}

export interface StrikeEntry {
  event: Event;
  /** Day numbers of the first and last day it may have happened; null when the date is unknown. */
  days: { start: number; end: number } | null;
  /** "29 Nov 2015", "Nov 2015 (day not known)", "date unknown". */
  dateText: string;
  /** Where the strike happened (`placeText`), or its label when it has no place. */
  placeText: string;
  /** The totals (and parts) the visible articles cite, by group and outcome. */
  figures: StrikeFigures[];
  /** Totals (and parts) cited in articles the filters hide. */
  hiddenTotals: number;
  /**
   * Every other number linked to the strike (a witness's count, the report's method, three
   * missiles): shown apart, as what it is, never as its toll.
   */
  otherNumbers: Figure[];
  mentionedBy: (ArticleRef & { how: MentionKind[] })[];
  notMentionedBy: ArticleRef[];
  /** Where the strike is named only in boilerplate, across the whole corpus (any filter). */
  boilerplate: BoilerplateMention[];
  /**
   * When no visible article mentions the strike, why, true over the whole corpus: "named only in a
   * photo caption of article 003", "no article mentions it", "not in the articles shown (2 hidden
   * by the filters)". Null when a visible article mentions it.
   */
  absence: string | null;
}

export interface TimelineModel {
  /** Day numbers of the axis ends. */
  start: number;
  end: number;
  campaigns: { event: Event; start: number; end: number | null }[];
  publications: { event: Event; day: number }[];
  strikes: StrikeEntry[];
  articles: (ArticleRef & { day: number })[];
  undatedArticles: ArticleRef[];
  /** The whole timeline in words: its text alternative. */
  summary: string;
}

function dateText(event: Event): string {
  if (event.date === null) return 'date unknown';
  if (event.endDate !== null && event.datePrecision === 'day') {
    return `${formatDate(event.date)} to ${formatDate(event.endDate)}`;
  }
  const text = formatDate(event.date, event.datePrecision);
  return event.datePrecision === 'day' ? text : `${text} (day not known)`;
}

const GROUP_ORDER: readonly FigureGroup[] = [
  'civilians',
  'people',
  'fighters',
  'children',
  'women',
  'attacks',
  'other',
];

/** Where a group of figures goes in a strike's list: by how wide its count is. */
function groupRank(figures: readonly Figure[]): number {
  return GROUP_ORDER.indexOf(figures[0]?.group ?? 'other');
}

/**
 * The boilerplate ranges (captions, credits, menus) that name the event's place by its name or an
 * alias, whole words, any case: "the Mill quarter of Northbay" in a photo caption.
 */
export function boilerplateMentions(
  articles: readonly Pick<Article, 'id' | 'text' | 'removed'>[],
  event: Pick<Event, 'place'>,
): { articleId: string; reason: RemovedReason; start: number; end: number; quote: string }[] {
  const names = event.place ? [event.place.name, ...event.place.aliases] : [];
  if (names.length === 0) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return articles.flatMap((article) =>
    article.removed
      .filter((r) => pattern.test(article.text.slice(r.start, r.end)))
      .map((r) => ({
        articleId: article.id,
        reason: r.reason,
        start: r.start,
        end: r.end,
        quote: article.text.slice(r.start, r.end),
      })),
  );
}

/** Why no visible article mentions a strike, in words that hold over the whole corpus. */
function absence(
  mentions: number,
  boilerplate: readonly BoilerplateMention[],
  visibleArticles: number,
): string {
  if (mentions === 0 && boilerplate.length > 0) {
    const byReason = new Map<RemovedReason, string[]>();
    for (const b of boilerplate)
      byReason.set(b.reason, [...(byReason.get(b.reason) ?? []), b.articleId]);
    const where = [...byReason]
      .map(([reason, ids]) => {
        const unique = [...new Set(ids)];
        return `${REMOVED_WORDS[reason]} of ${unique.length === 1 ? 'article' : 'articles'} ${unique.join(', ')}`;
      })
      .join(' and in ');
    const hidden = boilerplate.filter((b) => b.hidden).length;
    return `named only in ${where}${hidden > 0 ? ' (hidden by the filters)' : ''}`;
  }
  if (mentions === 0) return 'no article mentions it';
  const shown = `${visibleArticles} ${visibleArticles === 1 ? 'article' : 'articles'}`;
  const hidden = `${mentions} ${mentions === 1 ? 'article' : 'articles'}`;
  return `not mentioned in the ${shown} shown; ${hidden} hidden by the filters ${mentions === 1 ? 'mentions' : 'mention'} it`;
}

/**
 * The timeline the filters let through: the campaign as a span, each strike on its date at its
 * precision with the figures visible articles cite for it and which visible articles mention it or
 * not, the report as a marker, and the articles' dates. The axis runs from the earliest of these
 * to the latest.
 */
export function timelineModel(corpus: Corpus, filters: Filters): TimelineModel {
  const { articles } = applyFilters(corpus, filters);
  const refs: ArticleRef[] = articles.map((a) => ({
    articleId: a.id,
    outletId: a.outletId,
    label: articleLabel(corpus, a),
  }));
  const visible = new Set(articles.map((a) => a.id));

  const campaigns = corpus.events
    .filter((e) => e.kind === 'campaign' && e.date !== null)
    .map((event) => ({
      event,
      start: dayNumber(event.date ?? ''),
      end: event.endDate === null ? null : dayNumber(event.endDate),
    }));
  const publications = corpus.events
    .filter((e) => e.kind === 'publication' && e.date !== null)
    .map((event) => ({ event, day: dayNumber(event.date ?? '') }));

  const allRefs = corpus.articles.map((a) => ({
    articleId: a.id,
    outletId: a.outletId,
    label: articleLabel(corpus, a),
  }));
  const strikes: StrikeEntry[] = corpus.events
    .filter((e) => e.kind === 'strike')
    .map((event) => {
      const linked = corpus.figures.filter((f) => f.eventId === event.id);
      // In article and text order, so each article's parts follow the total they belong to.
      const figures = linked
        .filter((f) => visible.has(f.articleId))
        .sort(
          (a, b) =>
            (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
            a.start - b.start,
        );
      const tolls = figures.filter(isToll);
      const groups = new Map<string, Figure[]>();
      for (const figure of tolls) {
        const key = groupLabel(figure.group, figure.outcome);
        groups.set(key, [...(groups.get(key) ?? []), figure]);
      }
      const claimIds = new Set(
        corpus.claims.filter((c) => c.figure?.eventId === event.id).map((c) => c.id),
      );
      // Over every article, so what the timeline says of the strike stays true under a filter.
      const mentions = allRefs.flatMap((ref) => {
        const how: MentionKind[] = [];
        if (linked.some((f) => f.articleId === ref.articleId)) how.push('figure');
        if (corpus.dates.some((d) => d.eventId === event.id && d.articleId === ref.articleId)) {
          how.push('date');
        }
        if (corpus.evidence.some((e) => claimIds.has(e.claimId) && e.articleId === ref.articleId)) {
          how.push('claim');
        }
        return how.length > 0 ? [{ ...ref, how }] : [];
      });
      const mentionedBy = mentions.filter((m) => visible.has(m.articleId));
      // Text set aside as boilerplate is not a mention, but it is not silence either: a strike
      // named only in a photo caption says so.
      const boilerplate: BoilerplateMention[] = boilerplateMentions(corpus.articles, event)
        .filter((b) => !mentions.some((m) => m.articleId === b.articleId))
        .map((b) => {
          const ref = allRefs.find((r) => r.articleId === b.articleId);
          return {
            ...b,
            outletId: ref?.outletId ?? '',
            label: ref?.label ?? b.articleId,
            hidden: !visible.has(b.articleId),
          };
        });
      const named = new Set([
        ...mentionedBy.map((m) => m.articleId),
        ...boilerplate.map((b) => b.articleId),
      ]);
      return {
        event,
        days: eventDays(event),
        dateText: dateText(event),
        placeText: placeText(event) ?? event.label,
        // The widest count first (civilians before the children and women counted in it), so
        // each total leads and the parts given with it follow.
        figures: [...groups]
          .sort(([, a], [, b]) => groupRank(a) - groupRank(b))
          .map(([label, list]) => ({
            groupLabel: label,
            range: figureRange(list),
            figures: list,
          })),
        hiddenTotals: linked.filter((f) => isToll(f) && !visible.has(f.articleId)).length,
        otherNumbers: figures.filter((f) => !isToll(f)),
        mentionedBy,
        notMentionedBy: refs.filter((ref) => !named.has(ref.articleId)),
        boilerplate,
        absence: mentionedBy.length > 0 ? null : absence(mentions.length, boilerplate, refs.length),
      };
    })
    .sort((a, b) => (a.days?.start ?? Infinity) - (b.days?.start ?? Infinity));

  const dated = refs.flatMap((ref, i) => {
    const published = articles[i]?.published;
    return published ? [{ ...ref, day: dayNumber(published) }] : [];
  });
  const undatedArticles = refs.filter((ref) => !dated.some((d) => d.articleId === ref.articleId));

  const days = [
    ...campaigns.flatMap((c) => (c.end === null ? [c.start] : [c.start, c.end])),
    ...publications.map((p) => p.day),
    ...strikes.flatMap((s) => (s.days ? [s.days.start, s.days.end] : [])),
    ...dated.map((d) => d.day),
  ];
  const today = dayNumber(corpus.referenceDate);
  const start = days.length > 0 ? Math.min(...days) : today;
  const end = days.length > 0 ? Math.max(...days) : today;

  return {
    start,
    end,
    campaigns,
    publications,
    strikes,
    articles: dated,
    undatedArticles,
    summary: summarise(campaigns, publications, strikes, dated, undatedArticles),
  };
}

function summarise(
  campaigns: TimelineModel['campaigns'],
  publications: TimelineModel['publications'],
  strikes: StrikeEntry[],
  dated: TimelineModel['articles'],
  undated: ArticleRef[],
): string {
  const parts: string[] = [];
  for (const c of campaigns) {
    parts.push(
      c.end === null
        ? `${c.event.label}: from ${formatDate(isoDay(c.start))}.`
        : `${c.event.label}: ${formatDate(isoDay(c.start))} to ${formatDate(isoDay(c.end))}.`,
    );
  }
  parts.push(
    strikes.length === 0
      ? 'No strikes in the corpus.'
      : `${strikes.length} ${strikes.length === 1 ? 'strike' : 'strikes'}: ${strikes
          .map((s) => `${s.placeText}, ${s.dateText}${s.absence === null ? '' : ` (${s.absence})`}`)
          .join('; ')}.`,
  );
  for (const p of publications) parts.push(`${p.event.label}: ${formatDate(isoDay(p.day))}.`);
  const byDay = new Map<number, number>();
  for (const d of dated) byDay.set(d.day, (byDay.get(d.day) ?? 0) + 1);
  const counts = [...byDay]
    .sort(([a], [b]) => a - b)
    .map(([day, n]) => `${formatDate(isoDay(day))} (${n})`);
  if (undated.length > 0) counts.push(`date unknown (${undated.length})`);
  if (counts.length > 0) parts.push(`Articles published: ${counts.join(', ')}.`);
  return parts.join(' ');
}
