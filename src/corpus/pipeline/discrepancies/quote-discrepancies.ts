import type { Discrepancy, Quote } from '../../schema.ts';
import { articlesNamed, byPlace, byText, item, type DiscrepancyInput } from './shared.ts';

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

/** One quotation worded differently, or altered, in two or more articles. */
export function quoteDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
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
