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
 * Where articles disagree about the same thing: totals for one event, group and outcome, a hedge
 * one keeps and another drops, a quote worded differently or altered (words swapped one for one),
 * an actor's responses at different times, and a headline that says more than its own body.
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

/**
 * The figures compared as tolls: totals only, and only where the text says what happened to what
 * was counted. A part ("including 32 children"), an account ("beside 40 bodies"), the work behind
 * a report ("25 analysed", "six documented"), a change or a wider count is another measure, never
 * a disagreement with a total.
 */
function comparable(figure: Figure): boolean {
  return figure.role === 'total' && figure.outcome !== null;
}

/** Totals compare when they count the same event, group and outcome (killed with killed). */
function measureKey(figure: Figure): string {
  return `${figure.eventId ?? ''}|${figure.group}|${figure.outcome ?? ''}`;
}

/** "at least 200 civilians killed", "200 or more civilians", "hundreds of civilians", "40–50 people". */
function describeFigure(figure: Figure): string {
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
function compatible(a: Figure, b: Figure): boolean {
  const aHigh = a.high ?? Infinity;
  const bHigh = b.high ?? Infinity;
  return a.low <= bHigh && b.low <= aHigh;
}

function figureDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const eventLabel = new Map(input.events.map((e) => [e.id, e.label]));
  const groups = new Map<string, Figure[]>();
  for (const figure of input.figures) {
    if (figure.eventId === null || !comparable(figure)) continue;
    const key = measureKey(figure);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [figure]);
    else list.push(figure);
  }
  const found: Discrepancy[] = [];
  for (const figures of groups.values()) {
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
    const first = figures[0];
    if (first === undefined || first.eventId === null) continue;
    found.push({
      kind: 'figure',
      subject:
        `${eventLabel.get(first.eventId) ?? first.eventId}: ${first.group} ${first.outcome ?? ''}`.trim(),
      claimId: null,
      eventId: first.eventId,
      items: [...shown.values()].map((f) =>
        item(
          f,
          `article ${f.articleId} gives ${describeFigure(f)}${f.attributedTo === null ? '' : `, per ${f.attributedTo}`}`,
        ),
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
      subject: `${claim.statement.replace(/[.!]+$/u, '')} (hedged in some articles, stated flatly in others)`,
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

/** A quotation's words as written (for showing) and folded (for comparing). */
interface QuoteWords {
  words: string[];
  written: string[];
}

function quoteWords(text: string): QuoteWords {
  const written = [...text.matchAll(QUOTE_WORD)].map((m) => m[0]);
  return { written, words: written.map((w) => w.toLowerCase().replace(/’/gu, "'")) };
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

/** One word of a quotation put where the other version has another: [index in a, index in b]. */
type Swap = [number, number];

/**
 * The words swapped one for one between two versions of a quotation, or null when they differ in
 * any other way (words added, dropped or moved). The versions are aligned on their longest common
 * subsequence of words; a stretch one version has and the other lacks at its start or end is the
 * quotation's extent, not a change. Between the shared words, each gap must hold as many words on
 * both sides: a spinner swaps words for synonyms in place ("international law" → "worldwide law"),
 * keeping the length and the order; an outlet rewording or re-translating a quote does not.
 */
export function swappedWords(a: readonly string[], b: readonly string[]): Swap[] | null {
  if (a.length > MAX_ALIGN_WORDS || b.length > MAX_ALIGN_WORDS) return null;
  const width = b.length + 1;
  // lcs[i * width + j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const matches: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      matches.push([i, j]);
      i += 1;
      j += 1;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  if (matches.length === 0) return null;
  const swaps: Swap[] = [];
  const gap = (fromA: number, toA: number, fromB: number, toB: number, edge: boolean) => {
    const lengthA = toA - fromA;
    const lengthB = toB - fromB;
    // At an edge, words on one side only are the other version's shorter extent.
    if (edge && (lengthA === 0 || lengthB === 0)) return true;
    if (lengthA !== lengthB) return false;
    for (let k = 0; k < lengthA; k++) swaps.push([fromA + k, fromB + k]);
    return true;
  };
  const [firstA, firstB] = matches[0] ?? [0, 0];
  if (!gap(0, firstA, 0, firstB, true)) return null;
  for (let m = 1; m < matches.length; m++) {
    const [prevA, prevB] = matches[m - 1] ?? [0, 0];
    const [nextA, nextB] = matches[m] ?? [0, 0];
    if (!gap(prevA + 1, nextA, prevB + 1, nextB, false)) return null;
  }
  const [lastA, lastB] = matches.at(-1) ?? [0, 0];
  if (!gap(lastA + 1, a.length, lastB + 1, b.length, true)) return null;
  return swaps;
}

/** How an article says a quotation reached it: "in a report", "in a statement". */
const CHANNEL =
  /\bin\s+(?:a|an|its|his|her|their|the)\s+(?:new\s+|written\s+)?(report|statement|briefing|interview|press release|tweet|post)\b/iu;

interface QuoteEntry extends QuoteWords {
  quote: Quote;
  /** The speaker this article gives the quotation: its own quote's speaker, by name. */
  speaker: string | null;
  /** "in a report", where the sentence carrying the quotation says so. */
  channel: string | null;
}

function quoteEntries(input: DiscrepancyInput): QuoteEntry[] {
  const personName = new Map(input.people.map((p) => [p.id, p.name]));
  const sentencesOf = new Map(input.articles.map((a) => [a.id, a]));
  return input.quotes
    .map((quote): QuoteEntry => {
      // Each article's own attribution: the speaker its quote was given (from the cue, or from the
      // sentence's attribution when the cue names no one), never another article's.
      const article = sentencesOf.get(quote.articleId);
      const index =
        article?.sentences.findIndex((s) => quote.start >= s.start && quote.start < s.end) ?? -1;
      const sentence = index >= 0 ? article?.sentences[index] : undefined;
      const fromSentence = index >= 0 ? (article?.attributions[index]?.speaker ?? null) : null;
      const speaker =
        quote.speakerId === null
          ? fromSentence
          : (personName.get(quote.speakerId) ?? quote.speakerId);
      const channel = sentence === undefined ? null : (CHANNEL.exec(sentence.quote)?.[0] ?? null);
      return { quote, speaker, channel, ...quoteWords(quote.quote) };
    })
    .filter((q) => q.words.length >= MIN_QUOTE_WORDS)
    .sort((a, b) => byPlace(a.quote, b.quote));
}

/** The first words of a quotation as written, for a subject line. */
function opening(entry: QuoteEntry | undefined): string {
  const words = entry?.written ?? [];
  return `${words.slice(0, 8).join(' ')}${words.length > 8 ? '…' : ''}`;
}

const listIds = (ids: readonly string[]) =>
  ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}`;

/** "article 001", "articles 000, 002 and 003". */
const articlesNamed = (ids: readonly string[]) =>
  `${ids.length === 1 ? 'article' : 'articles'} ${listIds(ids)}`;

function quoteDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const quotes = quoteEntries(input);
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
  // A spokesman's words may be credited to him or to his organisation: both are one voice, so
  // the two versions are compared (and each keeps the speaker its own article gives).
  const affiliation = new Map(input.people.map((p) => [p.name, p.affiliation]));
  const voiceOf = (name: string) => affiliation.get(name) ?? name;
  const sameVoice = (x: string | null, y: string | null) =>
    x === null || y === null || x === y || voiceOf(x) === y || voiceOf(y) === x;
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  /** Differing pairs of one quotation, with the words swapped when that is all that differs. */
  const pairs: { x: number; y: number; swaps: Swap[] | null }[] = [];
  const seen = new Set<string>();
  for (const list of postings.values()) {
    for (let p = 0; p < list.length; p++) {
      for (let r = p + 1; r < list.length; r++) {
        const x = list[p] ?? 0;
        const y = list[r] ?? 0;
        const a = quotes[x];
        const b = quotes[y];
        if (a === undefined || b === undefined || a.quote.articleId === b.quote.articleId) continue;
        if (seen.has(`${x}:${y}`)) continue;
        seen.add(`${x}:${y}`);
        if (!sameVoice(a.speaker, b.speaker)) continue;
        const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
        const longSet = new Set(long.words);
        const shared = short.words.filter((w) => longSet.has(w)).length / short.words.length;
        if (shared < SAME_QUOTE) continue;
        const ra = find(x);
        const rb = find(y);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        // The same words, one quote running further than the other, is not a rewording.
        if (sameWordsOtherExtent(a.words, b.words)) continue;
        // Words swapped one for one count as an alteration only between versions credited to the
        // same speaker: a report and its author's statement may word one thought two ways.
        const swaps =
          a.speaker !== null && a.speaker === b.speaker ? swappedWords(a.words, b.words) : null;
        pairs.push({ x, y, swaps: swaps !== null && swaps.length > 0 ? swaps : null });
      }
    }
  }
  const clusters = new Map<number, typeof pairs>();
  for (const pair of pairs) {
    const root = find(pair.x);
    const list = clusters.get(root);
    if (list === undefined) clusters.set(root, [pair]);
    else list.push(pair);
  }
  const found: Discrepancy[] = [];
  for (const clusterPairs of clusters.values()) {
    const members = [...new Set(clusterPairs.flatMap((p) => [p.x, p.y]))].sort((i, j) => i - j);
    const cluster = members.map((i) => quotes[i]).filter((q): q is QuoteEntry => q !== undefined);
    const articleIds = [...new Set(cluster.map((q) => q.quote.articleId))];
    if (articleIds.length < 2) continue;
    const credit = (q: QuoteEntry) =>
      q.speaker === null
        ? 'no speaker named'
        : `credited to ${q.speaker}${q.channel === null ? '' : ` (${q.channel})`}`;
    const altered = clusterPairs.every((p) => p.swaps !== null);
    if (altered) {
      found.push(alteredQuote(quotes, members, clusterPairs, credit));
      continue;
    }
    const speakers = new Map<string, string[]>();
    for (const q of cluster) {
      const name = q.speaker ?? 'no speaker named';
      speakers.set(name, [...new Set([...(speakers.get(name) ?? []), q.quote.articleId])]);
    }
    const whose =
      speakers.size === 1
        ? cluster[0]?.speaker == null
          ? 'A quotation'
          : `A quotation of ${cluster[0].speaker}`
        : `A quotation, credited to ${[...speakers].map(([name, ids]) => `${name} in ${articlesNamed(ids)}`).join(' and to ')},`;
    found.push({
      kind: 'quote',
      subject: `${whose} worded differently: “${opening(cluster[0])}”`,
      claimId: null,
      eventId: null,
      items: cluster.map((q) => {
        const others = new Set(cluster.filter((o) => o !== q).flatMap((o) => o.words));
        const own = [...new Set(q.words)].filter((w) => !others.has(w));
        const note = `article ${q.quote.articleId}'s wording, ${credit(q)}${own.length === 0 ? '' : `; only here: ${own.slice(0, 6).join(', ')}`}`;
        return item(q.quote, note);
      }),
    });
  }
  return found;
}

/**
 * A quotation whose versions differ only by words swapped one for one: an alteration, not a
 * rewording. The altered version is named where the text shows which it is: the one that renders
 * one word of the other version by different words in different places ("international law" and
 * "international law" become "worldwide law" and "global law"), or, among three or more versions,
 * the one every difference involves; otherwise the finding says it is one of them.
 */
function alteredQuote(
  quotes: readonly QuoteEntry[],
  members: readonly number[],
  pairs: readonly { x: number; y: number; swaps: Swap[] | null }[],
  credit: (q: QuoteEntry) => string,
): Discrepancy {
  const suspects = new Set<number>();
  for (const { x, y, swaps } of pairs) {
    const a = quotes[x];
    const b = quotes[y];
    if (a === undefined || b === undefined || swaps === null) continue;
    const rendered = (from: QuoteEntry, to: QuoteEntry, side: 0 | 1) => {
      const ways = new Map<string, Set<string>>();
      for (const swap of swaps) {
        const source = from.words[swap[side]] ?? '';
        const target = to.words[swap[side === 0 ? 1 : 0]] ?? '';
        ways.set(source, new Set([...(ways.get(source) ?? []), target]));
      }
      return [...ways.values()].some((set) => set.size > 1);
    };
    // b's one word appears as several words in a: a is the version changed.
    if (rendered(b, a, 1) && !rendered(a, b, 0)) suspects.add(x);
    if (rendered(a, b, 0) && !rendered(b, a, 1)) suspects.add(y);
  }
  if (suspects.size === 0 && new Set(members.map((i) => quotes[i]?.quote.articleId)).size >= 3) {
    for (const i of members) if (pairs.every((p) => p.x === i || p.y === i)) suspects.add(i);
  }
  const cluster = members.map((i) => ({ i, q: quotes[i] })).filter((m) => m.q !== undefined) as {
    i: number;
    q: QuoteEntry;
  }[];
  const speaker = cluster[0]?.q.speaker ?? null;
  const alteredIds = [...new Set([...suspects].map((i) => quotes[i]?.quote.articleId ?? ''))];
  const allIds = [...new Set(cluster.map((m) => m.q.quote.articleId))];
  const where =
    alteredIds.length > 0
      ? `in ${articlesNamed(alteredIds)}`
      : `in one of ${articlesNamed(allIds).replace(/ and ([^ ]+)$/u, ' or $1')}`;
  const swapsNote = (i: number) => {
    const words: string[] = [];
    for (const { x, y, swaps } of pairs) {
      if (swaps === null || (x !== i && y !== i)) continue;
      const mine = quotes[i];
      const other = quotes[x === i ? y : x];
      if (mine === undefined || other === undefined) continue;
      const byOther = new Map<string, string[]>();
      for (const [ia, ib] of swaps) {
        const [own, theirs] = x === i ? [ia, ib] : [ib, ia];
        const key = other.written[theirs] ?? '';
        byOther.set(key, [...new Set([...(byOther.get(key) ?? []), mine.written[own] ?? ''])]);
      }
      const list = [...byOther]
        .map(
          ([theirs, own]) =>
            `${own.map((w) => `“${w}”`).join(' and ')} where article ${other.quote.articleId} has “${theirs}”`,
        )
        .join('; ');
      words.push(list);
    }
    return [...new Set(words)].join('; ');
  };
  return {
    kind: 'quote',
    subject: `${speaker === null ? 'A quotation' : `A quotation of ${speaker}`} altered ${where}, words swapped for others: “${opening(cluster[0]?.q)}”`,
    claimId: null,
    eventId: null,
    items: cluster.map(({ i, q }) => {
      const role = suspects.has(i)
        ? `article ${q.quote.articleId}'s version, altered: ${swapsNote(i)}`
        : suspects.size > 0
          ? `article ${q.quote.articleId}'s version`
          : `article ${q.quote.articleId}'s version: ${swapsNote(i)}`;
      return item(q.quote, `${role}; ${credit(q)}`);
    }),
  };
}

const NO_COMMENT =
  /\b(?:no\s+(?:immediate\s+)?comment|declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond|comment|reply)|could\s+not\s+(?:immediately\s+)?be\s+reached|not\s+(?:immediately\s+)?available\s+for\s+comment|refused\s+to\s+comment)\b/iu;
/** "No immediate comment", "did not immediately respond": an answer at one moment, not a position. */
const NOT_YET = /\b(?:immediate(?:ly)?|yet)\b/iu;
const REJECTION_WORDS =
  /\b(?:fakes?|lies|biased|clich\w*|groundless|baseless|ungrounded|unfounded|propaganda|untrue|false|fabricat\w*|debunked)\b/iu;
const ABOUT_A_REPORT = /\b(?:report|allegations?|accusations?|claims?|findings|charges)\b/iu;
/** A rejection of the report itself, not of one of its points ("accusations … about cluster bombs"). */
const THE_REPORT = /\b(?:report|findings|allegations)\b/iu;
/** Words that place a response in time: "said later on Wednesday", "after reviewing the report". */
const TIMING =
  /\b(?:[Ll]ater(?:\s+(?:that\s+day|on\s+\p{Lu}\p{Ll}+day))?|[Aa]fter\s+(?:reviewing|studying|reading)\s+(?:the|its)\s+report|has\s+(?:now\s+)?studied\s+the\s+report|[Ss]ubsequently|[Aa]fterwards)\b/u;

function responseDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  type Response = { span: Span; kind: 'no-comment' | 'rejection'; rank: number };
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
      // The passage that carries the finding: a rejection of the report itself before a rejection
      // of one of its points, and words that place it in time before words that do not.
      const rank =
        kind === 'rejection' ? (THE_REPORT.test(text) ? 2 : 0) + (TIMING.test(text) ? 1 : 0) : 0;
      const span = { articleId: article.id, start: sentence.start, end: sentence.end, quote: text };
      const list = byActor.get(actor);
      const response = { span, kind, rank } as const;
      if (list === undefined) byActor.set(actor, [response]);
      else list.push(response);
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
    /** Each article's best passage: highest rank, then the first in the text. */
    const bestPerArticle = (list: readonly Response[]) => {
      const best = new Map<string, Response>();
      for (const r of list) {
        const kept = best.get(r.span.articleId);
        if (kept === undefined || r.rank > kept.rank) best.set(r.span.articleId, r);
      }
      return [...best.values()];
    };
    const silentShown = bestPerArticle(contradicted);
    const rejectingShown = bestPerArticle(
      rejecting.filter((r) => !contradicted.some((s) => s.span.articleId === r.span.articleId)),
    );
    const notYet = silentShown.every((r) => NOT_YET.test(r.span.quote));
    const ids = (list: readonly Response[]) => articlesNamed(list.map((r) => r.span.articleId));
    found.push({
      kind: 'response',
      // "No immediate comment" is what an actor said when first asked; a rejection reported by
      // others is what it said later. Both can be true: the articles differ in when they were
      // written, not in what the actor said.
      subject: notYet
        ? `${actor}: “no immediate comment” in ${ids(silentShown)}, a rejection of the report in ${ids(rejectingShown)}: a difference in timing, not a contradiction`
        : `${actor}: no comment in ${ids(silentShown)}, a rejection of the report in ${ids(rejectingShown)}: responses at different times or to different askers`,
      claimId: null,
      eventId: null,
      items: [
        ...silentShown.map((r) =>
          item(
            r.span,
            `article ${r.span.articleId}: ${NOT_YET.test(r.span.quote) ? 'no immediate comment (a first answer)' : 'no comment'}`,
          ),
        ),
        ...rejectingShown.map((r) => {
          const when = TIMING.exec(r.span.quote)?.[0];
          return item(
            r.span,
            `article ${r.span.articleId}: rejects the report${when === undefined ? '' : ` (“${when}”)`}`,
          );
        }),
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
    for (const head of figures.filter((f) => inHeadline(f) && comparable(f))) {
      const body = figures.filter(
        (f) =>
          !inHeadline(f) &&
          comparable(f) &&
          f.group === head.group &&
          f.outcome === head.outcome &&
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
