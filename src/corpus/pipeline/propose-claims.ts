import MiniSearch from 'minisearch';
import words from './lexicon/claim-words.json' with { type: 'json' };
import functionWords from './lexicon/function-words.json' with { type: 'json' };
import type { Attribution } from './attribution.ts';
import { sentenceEvidence, type SideOf } from './match-claims.ts';
import { flat } from './segment.ts';
import type {
  Claim,
  ClaimCategory,
  DatePrecision,
  Evidence,
  FigureGroup,
  FigureRole,
} from '../schema.ts';
import type { Located, Sentence, TextRange } from './types.ts';

/**
 * Claims proposed by the machine: the propositions the articles make, found by grouping
 * check-worthy sentences across articles that carry the same figure (value, group, outcome), the
 * same quotation, or the same content (BM25 over normalised words, with MiniSearch), one sentence
 * per article per claim. A claim's statement is its most central sentence, verbatim, and says so
 * (`machineWorded`); its evidence carries stance and hedge by the rules curated claims use.
 */

/** A figure the build found, as far as proposing claims needs it. */
export interface ProposalFigure extends Located {
  low: number;
  high: number | null;
  vague: boolean;
  group: FigureGroup;
  outcome: string | null;
  role: FigureRole;
  eventId: string | null;
}

/** What the build knows about one article that proposing claims reads. */
export interface ProposalArticle {
  id: string;
  /** The outlet's name: a claim no one is reported as making is the outlets' own. */
  outlet: string;
  /** Body sentences (never boilerplate), in text order. */
  sentences: readonly Sentence[];
  /** Aligned with `sentences`. */
  attributions: readonly Attribution[];
  figures: readonly ProposalFigure[];
  /** Words inside quotation marks. */
  quotes: readonly Located[];
  /** Dates the build resolved, with the event each belongs to. */
  dates: readonly ProposalDate[];
}

/** A date the build resolved: its first day, last day of a range, precision and event. */
export interface ProposalDate extends TextRange {
  value: string;
  valueEnd: string | null;
  precision: DatePrecision;
  eventId: string | null;
}

export interface ProposeOptions {
  /** Which side a speaker is on (a person speaks for their organisation), as `matchClaims` uses it. */
  sideOf?: SideOf;
  /** Claim ids already in use (curated claims): proposed ids never repeat them. */
  taken?: ReadonlySet<string>;
  /** The catalogued events and the day each began: a count dated before its event is not its count. */
  events?: readonly { id: string; date: string | null }[];
}

export interface ProposedClaims {
  /** In order of how many articles carry each, most first. */
  claims: Claim[];
  evidence: Evidence[];
}

/** Fewest content words for a sentence of reported speech, a denial or an accusation to be a proposition. */
const MIN_CONTENT_WORDS = 4;
/** Fewest content words of a quotation two outlets may both carry. */
const MIN_QUOTE_WORDS = 3;
/** Fewest words two sentences must share to make one proposition. */
const MIN_SHARED_WORDS = 3;
/** How many of a sentence's rarest words it is looked up by. */
const QUERY_WORDS = 12;
/**
 * A word in more sentences than this says little about which claim a sentence makes, and looking
 * it up would make the work grow with the square of the corpus: it is left out of lookups.
 */
const MAX_LOOKUP_FREQUENCY = 100;
/** How many nearest sentences of other articles each sentence keeps (the work stays linear). */
const NEIGHBOURS = 24;
/** Similarity (the share of one sentence's BM25 weight the other's words carry) that makes two sentences one proposition. */
const SAME_CONTENT = 0.3;
/** The mean similarity between two groups of sentences for them to be one proposition. */
const SAME_GROUP = 0.22;
/** Share of a shorter quotation's words the longer one must hold for the two to be one quotation. */
const SAME_QUOTE = 0.8;
/** Roles of a figure that make a sentence a proposition of its own. */
export const CLAIM_ROLES: ReadonlySet<FigureRole> = new Set(['total', 'part', 'method']);
/**
 * The share of the outlets read that must carry a proposition for it to be proposed on that
 * alone; one carried more narrowly is proposed only when it is a finding in itself (a denial, an
 * accusation, a lone count). Keeps the proposals to what a reader of the corpus would check first.
 */
const WIDELY_CARRIED = 0.2;
/** The share of an article's sentences that make its lead (inverted pyramid: what it leads with), where a lone finding must be. */
const LEAD_SHARE = 1 / 3;
/** The similarity to a proposed claim's sentence at which a lone sentence restates it. */
const RESTATES = 0.15;
/** The mean similarity to a claim's sentences at which a sentence left out joins it. */
const ATTACH = 0.15;
/** Words of a claim's id, at most. */
const ID_WORDS = 5;

const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;

/**
 * A word as the proposer compares it: lower case, possessive and plural dropped, a light suffix
 * stripping ("denied", "denies", "deny" → "deny"; "strikes", "striking" → "strik").
 */
export function normaliseWord(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(/'s$|'$/u, '');
  if (/^\d/u.test(w)) return w.replace(/,/gu, '');
  if (w.length > 4 && /ie[sd]$/u.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/u.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/u.test(w) && !/(?:ll|ss)$/u.test(w)) {
    w = w.slice(0, -1);
  }
  return w;
}

/** Words that say nothing of which proposition a sentence makes: `lexicon/function-words.json`. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    ...functionWords.commonWords,
    ...functionWords.moreCommonWords,
    ...functionWords.claimStopWords,
  ].map(normaliseWord),
);
const ACCUSATION_WORDS: ReadonlySet<string> = new Set(words.accusationWords.map(normaliseWord));
const FIGURE_OUTCOMES: ReadonlySet<string> = new Set(words.figureOutcomes);
const TOLL_WORDS: ReadonlySet<string> = new Set(words.tollWords.map(normaliseWord));
/** The data file names every category (the type says so). */
const CATEGORY_WORDS: Readonly<Record<ClaimCategory, readonly string[]>> = words.categories;
const CATEGORY_ORDER = words.categoryOrder.filter((c): c is ClaimCategory => c in CATEGORY_WORDS);
/** Each category's cues, each cue the normalised words of a phrase. */
const CATEGORY_CUES: readonly { category: ClaimCategory; cues: string[][] }[] = CATEGORY_ORDER.map(
  (category) => ({
    category,
    cues: CATEGORY_WORDS[category].map((phrase) => phrase.split(/\s+/u).map(normaliseWord)),
  }),
);

/** A word of a sentence as the proposer and example matching compare it. */
export interface Word {
  /** Normalised. */
  term: string;
  /** Lower case, as written. */
  surface: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  content: boolean;
}

/** The words of a text, normalised, each marked content (not a stop word) or not. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normaliseWord(match[0]);
    out.push({
      term,
      surface: match[0].toLowerCase().replace(/’/gu, "'"),
      start: match.index,
      end: match.index + match[0].length,
      content: term.length > 1 && !STOP_WORDS.has(term),
    });
  }
  return out;
}

/** A check-worthy sentence. */
interface Candidate {
  article: number;
  sentence: number;
  words: Word[];
  /** Distinct content terms. */
  terms: string[];
  /** Figures that make it a proposition, with their offsets in the sentence. */
  figures: ProposalFigure[];
  /** The content terms of each quotation it carries. */
  quotes: Set<string>[];
  /** Where it stands in its article: 0 the first sentence, towards 1 the last. */
  position: number;
  /** Its speaker is named (or resolved to a name). */
  named: boolean;
  /** It reports a denial, rejection or rebuttal. */
  denial: boolean;
  /** It makes or reports an accusation. */
  accusation: boolean;
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The last day a date can mean: a range's end, the month's or the year's last day, or the day. */
function lastDay(date: ProposalDate): string {
  if (date.valueEnd !== null) return date.valueEnd;
  // "-31" for any month: only compared as text with other days, never read as a day.
  if (date.precision === 'month') return `${date.value.slice(0, 7)}-31`;
  if (date.precision === 'year') return `${date.value.slice(0, 4)}-12-31`;
  return date.value;
}

/** "Since" or "from" before a date: a period that runs on to the time of writing, never over. */
const OPEN_PERIOD = /(?:^|[^\p{L}])(?:since|from)\s+(?:early\s+|late\s+|mid-?)?$/iu;

/**
 * Whether a count of what happened is dated before the event it would count: its sentence names
 * a time that was over before the day its event began ("in November last year, 112 workers were
 * killed", "a fire in 1911"), or before the first catalogued event when it is linked to none. Such
 * a count is of an earlier happening, given for comparison: no claim about the events compared. A
 * report's work (role `method`) is dated by the period it covers, so it is not read this way.
 */
type DatedEarlier = (
  figure: ProposalFigure,
  sentence: Sentence,
  dates: readonly ProposalDate[],
) => boolean;

function datedEarlier(events: readonly { id: string; date: string | null }[]): DatedEarlier {
  const dayOf = new Map(events.flatMap((e) => (e.date === null ? [] : [[e.id, e.date] as const])));
  const first = [...dayOf.values()].sort(byText)[0];
  return (figure, sentence, dates) => {
    if (figure.role !== 'total' && figure.role !== 'part') return false;
    const day = figure.eventId === null ? first : dayOf.get(figure.eventId);
    if (day === undefined) return false;
    return dates.some(
      (d) =>
        lastDay(d) < day &&
        !OPEN_PERIOD.test(flat(sentence.quote.slice(0, Math.max(0, d.start - sentence.start)))),
    );
  };
}

/** The check-worthy sentences of one article: a counted total, a quotation, a denial, reported speech or an accusation with content words, or a dated event. */
function candidatesOf(article: ProposalArticle, index: number, earlier: DatedEarlier): Candidate[] {
  const out: Candidate[] = [];
  article.sentences.forEach((sentence, i) => {
    const text = flat(sentence.quote);
    const all = wordsOf(text);
    const content = all.filter((w) => w.content);
    const terms = [...new Set(content.map((w) => w.term))];
    const sentenceDates = article.dates.filter((d) => overlaps(d, sentence));
    const figures = article.figures
      .filter(
        (f) =>
          f.start >= sentence.start &&
          f.start < sentence.end &&
          CLAIM_ROLES.has(f.role) &&
          f.group !== 'other' &&
          f.outcome !== null &&
          FIGURE_OUTCOMES.has(f.outcome) &&
          !earlier(f, sentence, sentenceDates),
      )
      .map((f) => ({ ...f, start: f.start - sentence.start, end: f.end - sentence.start }));
    const quotes = article.quotes
      .filter((q) => overlaps(q, sentence))
      .map((q) => {
        const inside = all.filter(
          (w) =>
            w.content && w.start >= q.start - sentence.start && w.end <= q.end - sentence.start,
        );
        return new Set(inside.map((w) => w.term));
      })
      .filter((q) => q.size >= MIN_QUOTE_WORDS);
    const attribution = article.attributions[i];
    const wordy = terms.length >= MIN_CONTENT_WORDS;
    const speech =
      attribution !== undefined &&
      (attribution.denial || attribution.speaker !== null || attribution.cue !== null);
    const accusation = content.some((w) => ACCUSATION_WORDS.has(w.term));
    const dated = sentenceDates.some((d) => d.eventId !== null);
    if (figures.length > 0 || quotes.length > 0 || (wordy && (speech || accusation || dated))) {
      out.push({
        article: index,
        sentence: i,
        words: all,
        terms,
        figures,
        quotes,
        position: i / article.sentences.length,
        named: attribution?.speaker != null,
        denial: wordy && attribution?.denial === true,
        accusation: wordy && accusation,
      });
    }
  });
  return out;
}

/** Whether two quotations are one: the shorter's words are (nearly all) in the longer. */
function sameQuote(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [short, long] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of short) if (long.has(t)) shared += 1;
  return shared >= MIN_QUOTE_WORDS && shared / short.size >= SAME_QUOTE;
}

/** Similarities between candidates of different articles, symmetric, sparse: each keeps its nearest. */
class Similarities {
  private readonly edges = new Map<number, Map<number, number>>();

  get(a: number, b: number): number {
    return this.edges.get(a)?.get(b) ?? 0;
  }

  set(a: number, b: number, weight: number): void {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let row = this.edges.get(x);
      if (row === undefined) this.edges.set(x, (row = new Map<number, number>()));
      row.set(y, weight);
    }
  }

  neighbours(a: number): ReadonlyMap<number, number> {
    return this.edges.get(a) ?? new Map<number, number>();
  }

  /** Every pair once, strongest first (ties in index order, for a deterministic result). */
  pairs(): { a: number; b: number; weight: number }[] {
    const out: { a: number; b: number; weight: number }[] = [];
    for (const [a, row] of this.edges)
      for (const [b, weight] of row) if (a < b) out.push({ a, b, weight });
    return out.sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  }
}

/**
 * A BM25 index (MiniSearch) of documents given as their normalised terms joined by spaces: the
 * one similarity the proposer and example matching both weigh words by.
 */
export function termIndex(): MiniSearch<{ id: number; terms: string }> {
  return new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
  });
}

/**
 * How alike check-worthy sentences of different articles are. Each is looked up, by its rarest
 * words, in a BM25 index of all of them (MiniSearch). The score a sentence B gets for A's words,
 * over B's score for its own words, is how much of B the words of A carry; the similarity of a
 * pair is the larger of its two directions: the share of the shorter proposition the longer
 * sentence holds (news sentences wrap one proposition in clauses of their own). A shared
 * quotation makes two sentences alike whatever the rest of their words.
 */
function similarities(candidates: readonly Candidate[]): Similarities {
  const index = termIndex();
  const frequency = new Map<string, number>();
  const articlesOf = new Map<string, Set<number>>();
  for (const c of candidates)
    for (const t of c.terms) {
      frequency.set(t, (frequency.get(t) ?? 0) + 1);
      const set = articlesOf.get(t);
      if (set === undefined) articlesOf.set(t, new Set([c.article]));
      else if (set.size < 2) set.add(c.article);
    }
  // Words one article alone uses can never be shared: left out, they do not weigh against the
  // words a sentence does share with others.
  const termsOf = candidates.map((c) => c.terms.filter((t) => (articlesOf.get(t)?.size ?? 0) >= 2));
  index.addAll(termsOf.map((terms, id) => ({ id, terms: terms.join(' ') })));

  const raw = new Map<number, Map<number, number>>();
  const self: number[] = [];
  candidates.forEach((candidate, id) => {
    const lookup = (termsOf[id] ?? [])
      .filter((t) => (frequency.get(t) ?? 0) <= MAX_LOOKUP_FREQUENCY)
      .sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || byText(a, b))
      .slice(0, QUERY_WORDS);
    if (lookup.length === 0) return;
    const results = index.search(lookup.join(' '), { prefix: false, fuzzy: false });
    self[id] = results.find((r) => r.id === id)?.score ?? 0;
    const row = new Map<number, number>();
    for (const r of results) {
      const other = r.id as number;
      if (candidates[other]?.article === candidate.article) continue;
      // Two sentences that share only a word or two ("the death toll") make no one proposition.
      if (r.terms.length < MIN_SHARED_WORDS) continue;
      row.set(other, r.score);
      if (row.size >= NEIGHBOURS) break;
    }
    raw.set(id, row);
  });

  const sims = new Similarities();
  for (const [a, row] of raw) {
    for (const [b, scoreB] of row) {
      if (sims.get(a, b) > 0) continue;
      // How much of b's weight a's words carry, and of a's weight b's words.
      const inB = Math.min(1, scoreB / (self[b] || Infinity));
      const inA = Math.min(1, (raw.get(b)?.get(a) ?? 0) / (self[a] || Infinity));
      const ca = candidates[a];
      const cb = candidates[b];
      const quoted =
        ca !== undefined &&
        cb !== undefined &&
        ca.quotes.some((q) => cb.quotes.some((r) => sameQuote(q, r)));
      sims.set(a, b, quoted ? 1 : Math.max(inA, inB));
    }
  }
  return sims;
}

/** A group of candidates, at most one per article: one proposed claim. */
interface Group {
  members: number[];
  articles: Set<number>;
}

/**
 * Groups sentences that make the same proposition: strongest pairs first, two groups joining only
 * when no article would give two sentences and their mean similarity (pairs not among the nearest
 * counting as none) holds: average linkage, which does not chain unlike sentences together.
 */
function groupByContent(candidates: readonly Candidate[], sims: Similarities): Group[] {
  const groupOf = candidates.map((_, i) => i);
  const groups = new Map<number, Group>(
    candidates.map((c, i) => [i, { members: [i], articles: new Set([c.article]) }]),
  );
  for (const { a, b, weight } of sims.pairs()) {
    if (weight < SAME_CONTENT) break;
    const ga = groupOf[a] ?? a;
    const gb = groupOf[b] ?? b;
    if (ga === gb) continue;
    const x = groups.get(ga);
    const y = groups.get(gb);
    if (x === undefined || y === undefined) continue;
    if ([...y.articles].some((art) => x.articles.has(art))) continue;
    const [small, large] = x.members.length <= y.members.length ? [x, y] : [y, x];
    const largeSet = new Set(large.members);
    let sum = 0;
    for (const m of small.members)
      for (const [n, w] of sims.neighbours(m)) if (largeSet.has(n)) sum += w;
    if (sum / (small.members.length * large.members.length) < SAME_GROUP) continue;
    const [keep, drop, dropId] = ga < gb ? [x, y, gb] : [y, x, ga];
    const keepId = ga < gb ? ga : gb;
    for (const m of drop.members) groupOf[m] = keepId;
    keep.members.push(...drop.members);
    for (const art of drop.articles) keep.articles.add(art);
    groups.delete(dropId);
  }
  return [...groups.values()].filter((g) => g.articles.size >= 2);
}

/**
 * What makes two figures the same count: value, vagueness, group and outcome. Not the qualifier
 * ("at least 19" and "19" are one toll as reported), and not the event: the event link is the
 * least sure part of a figure, and one toll linked to two events would become two claims. The
 * claim takes the event most of its figures are linked to.
 */
function figureKey(f: ProposalFigure): string {
  return [f.low, f.vague ? 'vague' : '', f.group, f.outcome ?? ''].join('|');
}

/** The event most of a claim's figures are linked to (ties: the first in id order); null when none is. */
function eventOf(figures: readonly ProposalFigure[]): string | null {
  const counts = new Map<string, number>();
  for (const f of figures)
    if (f.eventId !== null) counts.set(f.eventId, (counts.get(f.eventId) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || byText(a, b))[0]?.[0] ?? null;
}

/** Sentences that carry the same figure (value, group, outcome): one claim each figure, one sentence per article. */
function groupByFigure(
  candidates: readonly Candidate[],
  sims: Similarities,
): { group: Group; key: string }[] {
  const byKey = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const key of new Set(c.figures.map(figureKey))) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [i]);
      else list.push(i);
    }
  });
  const out: { group: Group; key: string }[] = [];
  for (const [key, members] of [...byKey].sort(([a], [b]) => byText(a, b))) {
    const byArticle = new Map<number, number[]>();
    for (const m of members) {
      const article = candidates[m]?.article ?? -1;
      const list = byArticle.get(article);
      if (list === undefined) byArticle.set(article, [m]);
      else list.push(m);
    }
    // One sentence per article: the one most like the other articles' sentences of the figure.
    const closeness = (m: number) =>
      members.reduce(
        (sum, n) => sum + (candidates[n]?.article === candidates[m]?.article ? 0 : sims.get(m, n)),
        0,
      );
    const chosen = [...byArticle.values()].map((list) =>
      list.reduce((best, m) => (closeness(m) > closeness(best) ? m : best)),
    );
    out.push({ group: { members: chosen, articles: new Set(byArticle.keys()) }, key });
  }
  return out;
}

/**
 * The category whose cue words most of the sentences carry, and the share that carry them; a
 * counted total of people is a toll, a count of attacks a report's work.
 */
function categoryOf(
  members: readonly Candidate[],
  figure: ProposalFigure | null,
): { category: ClaimCategory; share: number } {
  if (figure !== null) {
    const work = figure.role === 'method' || figure.group === 'attacks';
    return { category: work ? 'method' : 'casualties', share: 1 };
  }
  let best: ClaimCategory = CATEGORY_ORDER.at(-1) ?? 'method';
  let bestCount = 0;
  for (const { category, cues } of CATEGORY_CUES) {
    const count = members.filter((m) =>
      cues.some((cue) => m.words.some((_, k) => cue.every((t, n) => m.words[k + n]?.term === t))),
    ).length;
    if (count > bestCount) {
      best = category;
      bestCount = count;
    }
  }
  return { category: best, share: members.length === 0 ? 0 : bestCount / members.length };
}

/**
 * Whether sentences grouped by their words alone make a proposition a fact-checker checks: most
 * carry the cue words of a claim category (sympathy, a plan, a scene carry none). A casualty
 * proposition is checked by its toll, so most of its sentences give a count or speak of the toll
 * ("the deadliest attack"): rescuers at work share the words "rescue" and "survivors", not a
 * toll. And its counts are of one event: sentences counting different catalogued events share
 * the topic's words, not one proposition.
 */
function checkWorthy(members: readonly Candidate[]): boolean {
  const { category, share } = categoryOf(members, null);
  if (share * 2 < 1) return false;
  if (category !== 'casualties') return true;
  const tolls = members.filter(
    (m) => m.figures.length > 0 || m.words.some((w) => TOLL_WORDS.has(w.term)),
  );
  const events = new Set(members.flatMap((m) => m.figures.flatMap((f) => f.eventId ?? [])));
  return tolls.length * 2 >= members.length && events.size <= 1;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most frequent side among the speakers, or the outlets that carry it in their own voice. */
function claimantOf(
  members: readonly Candidate[],
  articles: readonly ProposalArticle[],
  sideOf: SideOf,
): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const speaker = articles[m.article]?.attributions[m.sentence]?.speaker ?? null;
    if (speaker !== null) counts.set(sideOf(speaker), (counts.get(sideOf(speaker)) ?? 0) + 1);
  }
  const top = [...counts].sort(([a, x], [b, y]) => y - x || byText(a, b))[0]?.[0];
  if (top !== undefined) return top;
  const outlets = [...new Set(members.map((m) => articles[m.article]?.outlet ?? ''))]
    .filter((o) => o !== '')
    .sort(byText);
  const shown = outlets.slice(0, 3).join(', ');
  return outlets.length > 3
    ? `${shown} and ${outlets.length - 3} more outlets`
    : shown || 'unknown';
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** The content words most of a claim's sentences share (all of a lone sentence's), rarest in the corpus first. */
function keyTerms(members: readonly Candidate[], frequency: ReadonlyMap<string, number>): string[] {
  return [...shares(members)]
    .filter(([, n]) => n >= (members.length === 1 ? 1 : 2))
    .sort(
      ([a, x], [b, y]) =>
        y - x || (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || byText(a, b),
    )
    .map(([t]) => t);
}

/** How many of the sentences carry each content term. */
function shares(members: readonly Candidate[]): Map<string, number> {
  const share = new Map<string, number>();
  for (const m of members) for (const t of m.terms) share.set(t, (share.get(t) ?? 0) + 1);
  return share;
}

/**
 * Readable id words: the central sentence's words that most of the claim's sentences share, the
 * earliest first (a news sentence opens with its subject and verb), in the sentence's order.
 */
function idWords(central: Candidate, members: readonly Candidate[]): string {
  const share = shares(members);
  const need = members.length === 1 ? 1 : 2;
  const first = new Map<string, Word>();
  for (const w of central.words) if (w.content && !first.has(w.term)) first.set(w.term, w);
  const chosen = [...first.values()]
    .filter((w) => (share.get(w.term) ?? 0) >= need)
    .sort((a, b) => (share.get(b.term) ?? 0) - (share.get(a.term) ?? 0) || a.start - b.start)
    .slice(0, ID_WORDS)
    .sort((a, b) => a.start - b.start);
  return chosen
    .map((w) => slug(w.surface))
    .filter((x) => x !== '')
    .join('-');
}

/** Where the claim's words lie in one of its sentences: its figure, else its key words, else the whole sentence. */
function regionOf(
  candidate: Candidate,
  figureKeyOfClaim: string | null,
  terms: ReadonlySet<string>,
): { start: number; end: number } {
  if (figureKeyOfClaim !== null) {
    const own = candidate.figures.find((f) => figureKey(f) === figureKeyOfClaim);
    if (own !== undefined) return { start: own.start, end: own.end };
  }
  const hits = candidate.words.filter((w) => w.content && terms.has(w.term));
  const first = hits[0];
  const last = hits.at(-1);
  if (first === undefined || last === undefined) {
    return { start: 0, end: candidate.words.at(-1)?.end ?? 0 };
  }
  return { start: first.start, end: last.end };
}

/** A claim about to be proposed: its sentences, and the figure it counts, if any. */
interface Draft {
  /** Indexes of the candidates. */
  members: number[];
  figureKey: string | null;
}

/**
 * Proposes the claims the articles make. Sentences of different articles that carry the same
 * count, the same quotation or the same content are grouped, one sentence per article. A group
 * carried by a fifth of the outlets (two at least) is proposed, or by fewer when it is a finding
 * in itself (a denial or an accusation); a content group only when most of its sentences carry
 * the cue words of a claim category. A finding one outlet alone makes is proposed too, when the
 * article leads with it: a count of a kind no other article gives, or a named speaker's denial or
 * accusation that no proposed claim already makes. Deterministic: the same articles give the same
 * claims, ids and evidence, in the same order. Every evidence span and every statement is a whole
 * sentence of an article, verbatim.
 */
export function proposeClaims(
  articles: readonly ProposalArticle[],
  options: ProposeOptions = {},
): ProposedClaims {
  const sideOf = options.sideOf ?? ((speaker: string) => speaker);
  const earlier = datedEarlier(options.events ?? []);
  const candidates = articles.flatMap((a, i) => candidatesOf(a, i, earlier));
  if (candidates.length === 0) return { claims: [], evidence: [] };
  const sims = similarities(candidates);
  const frequency = new Map<string, number>();
  for (const c of candidates)
    for (const t of c.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  // Support is counted in outlets: two articles of one outlet are one voice.
  const outlets = new Set(articles.filter((a) => a.sentences.length > 0).map((a) => a.outlet));
  const widely = Math.max(2, Math.ceil(WIDELY_CARRIED * outlets.size));
  const at = (members: readonly number[]) =>
    members.flatMap((m) => (candidates[m] === undefined ? [] : [candidates[m]]));
  /** A denial or an accusation in half its sentences or more: a finding even when few carry it. */
  const finding = (members: readonly Candidate[]) =>
    members.filter((c) => c.denial || c.accusation).length * 2 >= members.length;

  // The articles (two at most: that is all it takes) giving a count of each kind (group and
  // outcome). A lone value among others of its kind is a disagreement about one count (the
  // discrepancies show it), not a finding of its own. Not by event: the event link is the least
  // sure part of a figure.
  const kinds = new Map<string, Set<number>>();
  for (const c of candidates)
    for (const f of c.figures) {
      if (f.role !== 'total' && f.role !== 'method') continue;
      const kind = `${f.group}|${f.outcome ?? ''}`;
      const set = kinds.get(kind);
      if (set === undefined) kinds.set(kind, new Set([c.article]));
      else if (set.size < 2) set.add(c.article);
    }
  const alone = (f: ProposalFigure) =>
    (f.role === 'total' || f.role === 'method') &&
    (kinds.get(`${f.group}|${f.outcome ?? ''}`)?.size ?? 0) < 2;

  const figureDrafts: Draft[] = [];
  const loneCounts: Draft[] = [];
  for (const { group, key } of groupByFigure(candidates, sims)) {
    const first = candidates[group.members[0] ?? -1];
    if (group.articles.size > 1) figureDrafts.push({ members: group.members, figureKey: key });
    else if (first?.figures.some((f) => figureKey(f) === key && alone(f))) {
      loneCounts.push({ members: group.members, figureKey: key });
    }
  }
  const figureSets = figureDrafts.map((d) => new Set(d.members));
  const contentDrafts: Draft[] = groupByContent(candidates, sims)
    // A group all of whose sentences are one figure's claim says nothing more.
    .filter((g) => !figureSets.some((set) => g.members.every((m) => set.has(m))))
    .map((g) => ({ members: g.members, figureKey: null }));

  // A sentence left out joins the content claim it is most like, where its article has none yet.
  const draftOf = new Map<number, number>();
  contentDrafts.forEach((d, k) => d.members.forEach((m) => draftOf.set(m, k)));
  const used = new Set([...figureDrafts, ...contentDrafts].flatMap((d) => d.members));
  candidates.forEach((c, i) => {
    if (used.has(i)) return;
    const sums = new Map<number, number>();
    for (const [m, w] of sims.neighbours(i)) {
      const k = draftOf.get(m);
      if (k !== undefined) sums.set(k, (sums.get(k) ?? 0) + w);
    }
    let best = -1;
    let bestScore = ATTACH;
    for (const [k, sum] of [...sums].sort(([x], [y]) => x - y)) {
      const draft = contentDrafts[k];
      if (draft === undefined || draft.members.some((m) => candidates[m]?.article === c.article)) {
        continue;
      }
      const score = sum / draft.members.length;
      if (score >= bestScore) {
        best = k;
        bestScore = score;
      }
    }
    const draft = contentDrafts[best];
    if (draft !== undefined) {
      draft.members.push(i);
      used.add(i);
    }
  });

  const kept: Draft[] = [];
  for (const draft of [...figureDrafts, ...contentDrafts]) {
    const members = at(draft.members);
    // A proposition of no category (sympathy, a plan, a scene) is not one a fact-checker checks.
    if (draft.figureKey === null && !checkWorthy(members)) continue;
    const support = new Set(members.map((c) => articles[c.article]?.outlet)).size;
    if (support >= widely || finding(members)) kept.push(draft);
  }
  // A restatement of a proposed claim, in an article that already carries it, is no new claim.
  const proposed = new Set(kept.flatMap((d) => d.members));
  const unlike = (i: number) => {
    for (const [m, w] of sims.neighbours(i)) if (w >= RESTATES && proposed.has(m)) return false;
    return true;
  };
  candidates.forEach((c, i) => {
    if (used.has(i) || !c.named || c.position >= LEAD_SHARE || !finding([c]) || !unlike(i)) return;
    kept.push({ members: [i], figureKey: null });
  });
  kept.push(...loneCounts.filter((d) => at(d.members).every((c) => c.position < LEAD_SHARE)));
  return finish(kept, articles, sims, frequency, candidates, sideOf, options.taken);
}

/** Words, ids, statements, categories, claimants and evidence of the drafts, most widely carried first. */
function finish(
  drafts: readonly Draft[],
  articles: readonly ProposalArticle[],
  sims: Similarities,
  frequency: ReadonlyMap<string, number>,
  candidates: readonly Candidate[],
  sideOf: SideOf,
  inUse: ReadonlySet<string> = new Set(),
): ProposedClaims {
  const indexOf = new Map(candidates.map((c, i) => [c, i]));
  const articleId = (c: Candidate) => articles[c.article]?.id ?? '';
  const shaped = drafts.map((draft) => {
    const members = draft.members
      .flatMap((m) => (candidates[m] === undefined ? [] : [candidates[m]]))
      .sort((x, y) => byText(articleId(x), articleId(y)) || x.sentence - y.sentence);
    // The most central sentence: the highest mean similarity to the others (ties: the first).
    const centrality = (c: Candidate) =>
      members.reduce(
        (sum, other) =>
          sum + (other === c ? 0 : sims.get(indexOf.get(c) ?? -1, indexOf.get(other) ?? -1)),
        0,
      );
    const central = members.reduce((best, c) => (centrality(c) > centrality(best) ? c : best));
    const terms = keyTerms(members, frequency);
    const figures = members.flatMap((c) =>
      c.figures.filter((f) => figureKey(f) === draft.figureKey),
    );
    const figure = figures.find((f) => central.figures.includes(f)) ?? figures[0] ?? null;
    const centralText = flat(articles[central.article]?.sentences[central.sentence]?.quote ?? '');
    const words =
      figure === null
        ? idWords(central, members)
        : slug(`${centralText.slice(figure.start, figure.end)} ${figure.outcome ?? ''}`);
    return { members, central, terms, figure, figures, base: `auto-${words || 'claim'}` };
  });
  shaped.sort(
    (a, b) =>
      b.members.length - a.members.length ||
      byText(articleId(a.central), articleId(b.central)) ||
      a.central.sentence - b.central.sentence ||
      byText(a.base, b.base),
  );

  const taken = new Set(inUse);
  const claims: Claim[] = [];
  const evidence: Evidence[] = [];
  for (const draft of shaped) {
    const article = articles[draft.central.article];
    const sentence = article?.sentences[draft.central.sentence];
    if (article === undefined || sentence === undefined) continue;
    let id = draft.base;
    for (let n = 2; taken.has(id); n += 1) id = `${draft.base}-${n}`;
    taken.add(id);
    const figure = draft.figure;
    const claim: Claim = {
      id,
      statement: sentence.quote,
      category: categoryOf(draft.members, figure).category,
      claimant: claimantOf(draft.members, articles, sideOf),
      figure:
        figure === null
          ? null
          : { eventId: eventOf(draft.figures), group: figure.group, outcome: figure.outcome },
      origin: 'auto',
      machineWorded: {
        articleId: article.id,
        start: sentence.start,
        end: sentence.end,
        quote: sentence.quote,
      },
    };
    claims.push(claim);
    const terms = new Set(draft.terms);
    const key = figure === null ? null : figureKey(figure);
    for (const c of draft.members) {
      const own = articles[c.article];
      const at = own?.sentences[c.sentence];
      const attribution = own?.attributions[c.sentence];
      if (own === undefined || at === undefined || attribution === undefined) continue;
      evidence.push(
        sentenceEvidence(claim, own.id, at, attribution, regionOf(c, key, terms), sideOf),
      );
    }
  }
  return { claims, evidence };
}
