import type {
  Claim,
  Discrepancy,
  DiscrepancyKind,
  Event,
  Evidence,
  Figure,
  Person,
  Quote,
  Span,
} from '../schema.ts';
import { subjectOf, type Attribution, type NameBook } from './attribution.ts';
import { hasHedge } from './match-claims.ts';
import type { Sentence } from './types.ts';

/**
 * Where articles disagree about the same thing: figures for one event and group, a hedge one
 * keeps and another drops, a quote worded differently, an actor's contradictory responses, and a
 * headline that says more than its own body.
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

type Item = Discrepancy['items'][number];

function item(span: Span, note: string): Item {
  return { articleId: span.articleId, start: span.start, end: span.end, quote: span.quote, note };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byPlace(a: Span, b: Span): number {
  return byText(a.articleId, b.articleId) || a.start - b.start || a.end - b.end;
}

/** Casualty counts compare with each other; injuries and other counts (documented, analysed) apart. */
function outcomeClass(outcome: string | null): string {
  // A count whose outcome the text does not give ("five of the attacks") is compared with nothing.
  if (outcome === null) return 'unspecified';
  if (outcome !== null && /injur|wound/iu.test(outcome)) return 'injured';
  if (outcome !== null && /kill|dead|die|death|missing/iu.test(outcome)) return 'killed';
  return 'count';
}

function describeFigure(figure: Figure): string {
  const amount = figure.vague
    ? figure.quote
    : figure.high === null
      ? `${figure.low} or more`
      : figure.high === figure.low
        ? String(figure.low)
        : `${figure.low}–${figure.high}`;
  const qualifier = figure.qualifier !== null && !figure.vague ? `${figure.qualifier} ` : '';
  return `${qualifier}${amount} ${figure.group}${figure.outcome === null ? '' : ` ${figure.outcome}`}`;
}

/** Two figures can both be true: their ranges meet ("at least 200" and "hundreds" do; 25 and 6 do not). */
function compatible(a: Figure, b: Figure): boolean {
  const aHigh = a.high ?? Infinity;
  const bHigh = b.high ?? Infinity;
  return a.low <= bHigh && b.low <= aHigh;
}

function figureDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const eventLabel = new Map(input.events.map((e) => [e.id, e.label]));
  const groups = new Map<string, Figure[]>();
  for (const figure of input.figures) {
    if (figure.eventId === null) continue;
    const key = `${figure.eventId}|${figure.group}|${outcomeClass(figure.outcome)}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [figure]);
    else list.push(figure);
  }
  const found: Discrepancy[] = [];
  for (const [key, figures] of groups) {
    // Two figures from different articles conflict when one's low exceeds the other's high. If
    // any pair does, the highest low or the lowest high is in one: linear, not quadratic.
    const highestLow = figures.reduce((a, b) => (b.low > a.low ? b : a));
    const lowestHigh = figures.reduce((a, b) =>
      (b.high ?? Infinity) < (a.high ?? Infinity) ? b : a,
    );
    const conflict = figures.some(
      (g) =>
        (g.articleId !== highestLow.articleId && !compatible(highestLow, g)) ||
        (g.articleId !== lowestHigh.articleId && !compatible(lowestHigh, g)),
    );
    if (!conflict) continue;
    // One item per article and distinct value: the first time each article gives it.
    const shown = new Map<string, Figure>();
    for (const f of [...figures].sort(byPlace)) {
      const value = `${f.articleId}|${f.low}|${f.high ?? ''}|${f.vague}`;
      if (!shown.has(value)) shown.set(value, f);
    }
    const [eventId = '', group = '', outcome = ''] = key.split('|');
    found.push({
      kind: 'figure',
      subject: `${eventLabel.get(eventId) ?? eventId}: ${group}${outcome === 'count' ? '' : ` ${outcome}`}`,
      claimId: null,
      eventId,
      items: [...shown.values()].map((f) =>
        item(f, `article ${f.articleId} gives ${describeFigure(f)}`),
      ),
    });
  }
  return found;
}

/** Evidence in the claimant's own voice, or the outlet's: where a hedge is the claimant's to keep. */
function inClaimantVoice(evidence: Evidence, claimant: string, book: NameBook): boolean {
  if (evidence.stance === 'asserts') return true;
  if (evidence.stance !== 'attributes' || evidence.attributedTo === null) return false;
  const speaker = book.resolve(evidence.attributedTo)?.name;
  const owner = book.resolve(claimant)?.name;
  return speaker !== undefined && speaker === owner;
}

function groupByArticle<T extends { articleId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.articleId);
    if (list === undefined) groups.set(item.articleId, [item]);
    else list.push(item);
  }
  return groups;
}

function mostlyQuoted(span: Span, quotesOf: ReadonlyMap<string, readonly Quote[]>): boolean {
  let inside = 0;
  for (const q of quotesOf.get(span.articleId) ?? []) {
    inside += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  }
  return inside * 2 >= span.end - span.start;
}

function hedgeDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const found: Discrepancy[] = [];
  const quotesOf = groupByArticle(input.quotes);
  // A hedge is dropped only where the claimant hedged: a claim stated as "may amount to war
  // crimes" reported as "committed war crimes". Claims stated flatly have no hedge to drop.
  for (const claim of input.claims.filter((c) => hasHedge(c.statement))) {
    const relevant = input.evidence
      .filter((e) => e.claimId === claim.id && inClaimantVoice(e, claim.claimant, input.book))
      .sort(byPlace);
    const hedgedIn = new Set(relevant.filter((e) => e.hedged).map((e) => e.articleId));
    // Words inside quotation marks are the speaker's: an outlet drops a hedge only in its own words.
    const plain = relevant.filter((e) => !e.hedged && !mostlyQuoted(e, quotesOf));
    const dropped = plain.filter((e) => [...hedgedIn].some((id) => id !== e.articleId));
    if (dropped.length === 0) continue;
    const hedgedItems = [...hedgedIn]
      .sort()
      .map((id) => relevant.find((e) => e.articleId === id && e.hedged))
      .filter((e): e is Evidence => e !== undefined);
    found.push({
      kind: 'hedge',
      subject: `${claim.statement} (hedged in some articles, stated flatly in others)`,
      claimId: claim.id,
      eventId: null,
      items: [
        ...dropped.map((e) => item(e, `article ${e.articleId} drops the hedge`)),
        ...hedgedItems.map((e) => item(e, `article ${e.articleId} keeps the hedge`)),
      ].sort(byPlace),
    });
  }
  return found;
}

const QUOTE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function quoteWords(text: string): string[] {
  return [...text.matchAll(QUOTE_WORD)].map((m) => m[0].toLowerCase().replace(/’/gu, "'"));
}

/** Shortest quote worth comparing: shorter ones ("fake information") recur by chance. */
const MIN_QUOTE_WORDS = 6;
/** Share of the shorter quote's words found in the longer for them to be one quote. */
const SAME_QUOTE = 0.7;
const QUOTE_RARE_WORDS = 4;
/** A word in more quotes than this finds too many pairs to compare (a quote every outlet repeats). */
const MAX_QUOTE_POSTINGS = 200;

/** Quotes longer than this are not aligned word by word (the cost is their product). */
const MAX_ALIGN_WORDS = 400;

/**
 * Two quotes that share one unbroken run of words reaching the start of one and the end of one
 * (one inside the other, or overlapping at their ends): the same words, quoted to different
 * extents. A changed word inside the shared part breaks the run.
 */
function sameWordsOtherExtent(a: readonly string[], b: readonly string[]): boolean {
  if (a.length > MAX_ALIGN_WORDS || b.length > MAX_ALIGN_WORDS) return false;
  let best = { i: 0, j: 0, length: 0 };
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const length = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : 0;
      current[j] = length;
      if (length > best.length) best = { i: i - length, j: j - length, length };
    }
    [previous, current] = [current, previous];
  }
  const fromAStart = best.i === 0 || best.j === 0;
  const toAnEnd = best.i + best.length === a.length || best.j + best.length === b.length;
  return best.length > 0 && fromAStart && toAnEnd;
}

function quoteDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const quotes = input.quotes
    .map((quote) => ({ quote, words: quoteWords(quote.quote) }))
    .filter((q) => q.words.length >= MIN_QUOTE_WORDS)
    .sort((a, b) => byPlace(a.quote, b.quote));
  const frequency = new Map<string, number>();
  for (const q of quotes)
    for (const w of new Set(q.words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  // Candidates share one of their rarest words: linear in the number of quotes, not quadratic.
  const postings = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const rare = [...new Set(q.words)]
      .filter((w) => (frequency.get(w) ?? 0) >= 2)
      .sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || byText(a, b))
      .slice(0, QUOTE_RARE_WORDS);
    for (const w of rare) {
      const list = postings.get(w);
      if (list === undefined) postings.set(w, [i]);
      else if (list.length < MAX_QUOTE_POSTINGS) list.push(i);
    }
  });
  // A spokesman's words may be credited to him or to his organisation: both are one voice.
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const voiceOf = (id: string) => {
    const person = byId.get(id);
    return person?.affiliation ?? person?.name ?? id;
  };
  const sameVoice = (x: string | null, y: string | null) =>
    x === null ||
    y === null ||
    x === y ||
    voiceOf(x) === (byId.get(y)?.name ?? y) ||
    voiceOf(y) === (byId.get(x)?.name ?? x);
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const differ = new Set<number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = quotes[list[x] ?? 0];
        const b = quotes[list[y] ?? 0];
        if (a === undefined || b === undefined || a.quote.articleId === b.quote.articleId) continue;
        const speakersAgree = sameVoice(a.quote.speakerId, b.quote.speakerId);
        if (!speakersAgree) continue;
        const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
        const longSet = new Set(long.words);
        const shared = short.words.filter((w) => longSet.has(w)).length / short.words.length;
        if (shared < SAME_QUOTE) continue;
        const ra = find(list[x] ?? 0);
        const rb = find(list[y] ?? 0);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        // The same words, one quote running further than the other, is not a rewording.
        if (!sameWordsOtherExtent(a.words, b.words)) {
          differ.add(list[x] ?? 0);
          differ.add(list[y] ?? 0);
        }
      }
    }
  }
  const clusters = new Map<number, number[]>();
  for (const i of differ) {
    const root = find(i);
    const list = clusters.get(root);
    if (list === undefined) clusters.set(root, [i]);
    else list.push(i);
  }
  const peopleName = new Map(input.people.map((p) => [p.id, p.name]));
  const found: Discrepancy[] = [];
  for (const members of clusters.values()) {
    const cluster = members
      .map((i) => quotes[i])
      .filter((q): q is (typeof quotes)[number] => q !== undefined)
      .sort((a, b) => byPlace(a.quote, b.quote));
    if (new Set(cluster.map((q) => q.quote.articleId)).size < 2) continue;
    const speakerId = cluster.find((q) => q.quote.speakerId !== null)?.quote.speakerId ?? null;
    const speaker = speakerId === null ? null : (peopleName.get(speakerId) ?? speakerId);
    const opening = cluster[0]?.words.slice(0, 8).join(' ') ?? '';
    found.push({
      kind: 'quote',
      subject: `${speaker === null ? 'A quotation' : `A quotation of ${speaker}`} worded differently: "${opening}…"`,
      claimId: null,
      eventId: null,
      items: cluster.map((q) => {
        const others = new Set(cluster.filter((o) => o !== q).flatMap((o) => o.words));
        const own = [...new Set(q.words)].filter((w) => !others.has(w));
        const note =
          own.length === 0
            ? `article ${q.quote.articleId}'s wording`
            : `article ${q.quote.articleId}'s wording; only here: ${own.slice(0, 6).join(', ')}`;
        return item(q.quote, note);
      }),
    });
  }
  return found;
}

const NO_COMMENT =
  /\b(?:no\s+(?:immediate\s+)?comment|declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond|comment|reply)|could\s+not\s+be\s+reached|not\s+available\s+for\s+comment|refused\s+to\s+comment)\b/iu;
const REJECTION_WORDS =
  /\b(?:fakes?|lies|biased|clich\w*|groundless|baseless|ungrounded|unfounded|propaganda|untrue|false|fabricat\w*|debunked)\b/iu;
const ABOUT_A_REPORT = /\b(?:report|allegations?|accusations?|claims?|findings|charges)\b/iu;

function responseDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  type Response = { span: Span; kind: 'no-comment' | 'rejection' };
  const byActor = new Map<string, Response[]>();
  for (const article of input.articles) {
    article.sentences.forEach((sentence, i) => {
      const attribution = article.attributions[i];
      const text = sentence.quote;
      // "The ministry had no immediate comment" names its actor as the subject, with no verb of saying.
      const speaker = attribution?.speaker ?? subjectOf(text, input.book);
      if (speaker === null) return;
      const actor = input.affiliationOf.get(speaker) ?? speaker;
      const kind = NO_COMMENT.test(text)
        ? 'no-comment'
        : ABOUT_A_REPORT.test(text) && (attribution?.denial === true || REJECTION_WORDS.test(text))
          ? 'rejection'
          : null;
      if (kind === null) return;
      const span = { articleId: article.id, start: sentence.start, end: sentence.end, quote: text };
      const list = byActor.get(actor);
      if (list === undefined) byActor.set(actor, [{ span, kind }]);
      else list.push({ span, kind });
    });
  }
  const found: Discrepancy[] = [];
  for (const [actor, responses] of [...byActor].sort(([a], [b]) => byText(a, b))) {
    const silent = responses.filter((r) => r.kind === 'no-comment');
    const rejecting = responses.filter((r) => r.kind === 'rejection');
    const contradicted = silent.filter((s) =>
      rejecting.some((r) => r.span.articleId !== s.span.articleId),
    );
    if (contradicted.length === 0) continue;
    const firstPerArticle = (list: Response[]) => [
      ...new Map(list.map((r) => [r.span.articleId, r])).values(),
    ];
    found.push({
      kind: 'response',
      subject: `${actor}: "no comment" in one article, a rejection of the report in another`,
      claimId: null,
      eventId: null,
      items: [
        ...firstPerArticle(contradicted).map((r) =>
          item(r.span, `article ${r.span.articleId}: no comment`),
        ),
        ...firstPerArticle(
          rejecting.filter((r) => !contradicted.some((s) => s.span.articleId === r.span.articleId)),
        ).map((r) => item(r.span, `article ${r.span.articleId}: rejects the report`)),
      ].sort(byPlace),
    });
  }
  return found;
}

function headlineDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const found: Discrepancy[] = [];
  const claimStatement = new Map(input.claims.map((c) => [c.id, c.statement]));
  const evidenceOf = groupByArticle(input.evidence);
  const figuresOf = groupByArticle(input.figures);
  for (const article of input.articles) {
    const headlines = article.headline
      .map((i) => article.sentences[i])
      .filter((s): s is Sentence => s !== undefined);
    const inHeadline = (span: Span) =>
      span.articleId === article.id &&
      headlines.some((h) => span.start >= h.start && span.end <= h.end);
    const own = evidenceOf.get(article.id) ?? [];
    // The headline states flatly what the body keeps hedged.
    for (const head of own.filter((e) => inHeadline(e) && !e.hedged)) {
      const hedgedBody = own.find((e) => e.claimId === head.claimId && !inHeadline(e) && e.hedged);
      if (hedgedBody === undefined) continue;
      found.push({
        kind: 'headline',
        subject: `Article ${article.id}'s headline drops the hedge its body keeps: ${claimStatement.get(head.claimId) ?? head.claimId}`,
        claimId: head.claimId,
        eventId: null,
        items: [item(head, 'headline, without the hedge'), item(hedgedBody, 'body, hedged')],
      });
    }
    // The headline gives a figure the body does not support.
    const figures = figuresOf.get(article.id) ?? [];
    for (const head of figures.filter(inHeadline)) {
      const body = figures.filter(
        (f) =>
          !inHeadline(f) &&
          f.group === head.group &&
          outcomeClass(f.outcome) === outcomeClass(head.outcome) &&
          (head.eventId === null || f.eventId === null || f.eventId === head.eventId),
      );
      if (body.length === 0 || body.some((f) => compatible(f, head))) continue;
      const first = body[0];
      if (first === undefined) continue;
      found.push({
        kind: 'headline',
        subject: `Article ${article.id}'s headline gives a figure its body does not: ${describeFigure(head)}`,
        claimId: null,
        eventId: head.eventId,
        items: [
          item(head, `headline: ${describeFigure(head)}`),
          item(first, `body: ${describeFigure(first)}`),
        ],
      });
    }
  }
  return found;
}

const KIND_ORDER: readonly DiscrepancyKind[] = ['figure', 'hedge', 'quote', 'response', 'headline'];

/** Every discrepancy found, in a stable order: by kind, then by the first place it is seen. */
export function findDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const all = [
    ...figureDiscrepancies(input),
    ...hedgeDiscrepancies(input),
    ...quoteDiscrepancies(input),
    ...responseDiscrepancies(input),
    ...headlineDiscrepancies(input),
  ].filter((d) => d.items.length >= 2);
  return all.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      byPlace(a.items[0] ?? a.items[1] ?? emptySpan, b.items[0] ?? emptySpan) ||
      byText(a.subject, b.subject),
  );
}

const emptySpan: Span = { articleId: '', start: 0, end: 0, quote: '' };
