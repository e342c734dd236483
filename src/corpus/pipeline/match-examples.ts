import type { Claim, Evidence } from '../schema.ts';
import type { ClaimExample } from './load-inputs.ts';
import { sentenceEvidence, type SideOf, type StanceClaim } from './match-claims.ts';
import {
  CLAIM_ROLES,
  termIndex,
  wordsOf,
  type ProposalArticle,
  type ProposalFigure,
  type Word,
} from './propose-claims.ts';
import { flat } from './segment.ts';
import type { TextRange } from './types.ts';

/**
 * Claims by example: a curator quotes passages that make a claim (`like` in `claims.yaml`), and
 * the machine finds the same proposition in every article's sentences. A sentence makes it when
 * it carries most of one example's word weight (BM25, with the index the claim proposer weighs
 * words by, over normalised words), most of the weight of the example's words that are not names
 * (a sentence naming the same people and places says nothing yet about what they did), and,
 * when the example gives a count, the same count (value and group). Each found sentence gets its
 * stance and hedge from `sentenceEvidence`, as cue-matched and proposed claims do; the quoted
 * passages are evidence themselves.
 */

/** The share of an example's word weight a sentence must carry to make its proposition. */
const SAME_PROPOSITION = 0.5;
/** The share of the weight of the example's words that are not names the sentence must carry. */
const SAME_PREDICATE = 0.4;
/**
 * With the claim's count in the sentence (same value, group and outcome), the count is the
 * proposition: the rest of the words need only say it of the same thing.
 */
const SAME_PROPOSITION_WITH_COUNT = 0.2;
/**
 * Fewest content words a sentence must share with an example (all of them when it has fewer): a
 * short sentence ("Millbrook has") is not the example's proposition because the example holds it.
 */
const MIN_SHARED = 3;

export interface MatchExamplesOptions {
  /** Which side a speaker is on, as `matchClaims` uses it. */
  sideOf?: SideOf;
  /** Evidence found already (by cues): a sentence is linked to a claim once. */
  linked?: readonly Evidence[];
}

/** A document's words with their BM25 weights: all of them, and those that are not names. */
interface Weighed {
  /** Term → BM25 weight in the document. */
  weights: ReadonlyMap<string, number>;
  total: number;
  /** The weight of the terms that are not names. */
  predicate: number;
  names: ReadonlySet<string>;
}

/** One example, ready to compare: its words and their weights, its counts. */
interface Prepared extends Weighed {
  claim: StanceClaim;
  counts: ProposalFigure[];
}

function weighed(weights: ReadonlyMap<string, number>, names: ReadonlySet<string>): Weighed {
  let total = 0;
  let predicate = 0;
  for (const [t, w] of weights) {
    total += w;
    if (!names.has(t)) predicate += w;
  }
  return { weights, total, predicate, names };
}

/** A sentence's distinct content terms. */
function termsOf(words: readonly Word[]): string[] {
  return [...new Set(words.filter((w) => w.content).map((w) => w.term))];
}

/**
 * Terms the articles write as names: capitalised in most of the places they stand inside a
 * sentence (not as its first word). Counted over every sentence, so a word that opens sentences
 * ("Shelling hit…") is read by how it is written elsewhere.
 */
function namesOf(articles: readonly ProposalArticle[]): Set<string> {
  const capital = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const article of articles)
    for (const sentence of article.sentences) {
      const text = flat(sentence.quote);
      wordsOf(text).forEach((w, i) => {
        if (i === 0 || !w.content || /^\d/u.test(w.term)) return;
        const first = text.charAt(w.start);
        const count = first !== first.toLowerCase() ? capital : lower;
        count.set(w.term, (count.get(w.term) ?? 0) + 1);
      });
    }
  return new Set([...capital].filter(([t, n]) => n > (lower.get(t) ?? 0)).map(([t]) => t));
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/** The claim-making counts inside a span of an article. */
function countsIn(article: ProposalArticle, span: TextRange): ProposalFigure[] {
  return article.figures.filter(
    (f) =>
      f.start >= span.start &&
      f.end <= span.end &&
      CLAIM_ROLES.has(f.role) &&
      f.group !== 'other' &&
      !f.vague,
  );
}

/**
 * The counts of an example that make its claim: those of the claim's figure (its outcome, when it
 * names one). A claim without a figure is not about the numbers its example happens to give.
 */
function claimCounts(
  claim: Claim | undefined,
  article: ProposalArticle,
  example: TextRange,
): ProposalFigure[] {
  const figure = claim?.figure ?? null;
  if (figure === null) return [];
  return countsIn(article, example).filter(
    (f) => figure.outcome === null || f.outcome === null || f.outcome === figure.outcome,
  );
}

/**
 * The evidence the `like` passages of curated claims give: the sentences holding each passage,
 * and every sentence of any article that makes the same proposition. At most one evidence per
 * claim and sentence, none where `linked` already has one; spans are whole sentences, verbatim
 * by construction. Deterministic: in article, sentence and claim order.
 */
export function matchExamples(
  articles: readonly ProposalArticle[],
  claims: readonly Claim[],
  examples: readonly ClaimExample[],
  options: MatchExamplesOptions = {},
): Evidence[] {
  const sideOf = options.sideOf ?? ((speaker: string) => speaker);
  const claimOf = new Map(claims.map((c) => [c.id, c]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const usable = examples.filter((e) => claimOf.has(e.claimId) && byId.has(e.articleId));
  if (usable.length === 0) return [];

  const done = new Set((options.linked ?? []).map((e) => `${e.claimId}|${e.articleId}|${e.start}`));
  const evidence: Evidence[] = [];
  const link = (
    claim: StanceClaim,
    article: ProposalArticle,
    i: number,
    region: { start: number; end: number },
  ) => {
    const sentence = article.sentences[i];
    const attribution = article.attributions[i];
    if (sentence === undefined || attribution === undefined) return;
    const key = `${claim.id}|${article.id}|${sentence.start}`;
    if (done.has(key)) return;
    done.add(key);
    evidence.push(sentenceEvidence(claim, article.id, sentence, attribution, region, sideOf));
  };

  // Every sentence, then every example, as documents of one BM25 index, and the weight of each of
  // a document's words in it: one lookup per word of the corpus, so linear in its size.
  const sentenceWords = articles.map((a) => a.sentences.map((s) => wordsOf(flat(s.quote))));
  const docs = [
    ...sentenceWords.flatMap((words) => words.map(termsOf)),
    ...usable.map((e) => termsOf(wordsOf(flat(e.quote)))),
  ];
  const first = docs.length - usable.length;
  const index = termIndex();
  index.addAll(docs.map((terms, id) => ({ id, terms: terms.join(' ') })));
  const weights = docs.map(() => new Map<string, number>());
  for (const term of new Set(docs.flat()))
    for (const r of index.search(term, { prefix: false, fuzzy: false }))
      weights[r.id as number]?.set(term, r.score);
  // A word of an example that no other sentence uses is its own wording, never what another
  // sentence shares: left out, it does not weigh against the words that make the proposition. A
  // sentence keeps all its words: one the example lacks ("a bakery") is what it is about instead.
  const sentencesWith = new Map<string, number>();
  for (const terms of docs.slice(0, first))
    for (const t of terms) sentencesWith.set(t, (sentencesWith.get(t) ?? 0) + 1);
  const shared = (all: ReadonlyMap<string, number>) =>
    new Map([...all].filter(([t]) => (sentencesWith.get(t) ?? 0) >= 2));

  const names = namesOf(articles);
  const prepared: Prepared[] = usable.map((example, j) => {
    const article = byId.get(example.articleId);
    return {
      claim: claimOf.get(example.claimId) as Claim,
      ...weighed(shared(weights[first + j] ?? new Map<string, number>()), names),
      counts:
        article === undefined ? [] : claimCounts(claimOf.get(example.claimId), article, example),
    };
  });

  // The passages themselves: each sentence a passage overlaps, its words where the passage lies.
  for (const example of usable) {
    const article = byId.get(example.articleId);
    const claim = claimOf.get(example.claimId);
    if (article === undefined || claim === undefined) continue;
    article.sentences.forEach((sentence, i) => {
      if (!overlaps(sentence, example)) return;
      const start = Math.max(example.start, sentence.start) - sentence.start;
      const end = Math.min(example.end, sentence.end) - sentence.start;
      link(claim, article, i, { start, end });
    });
  }

  let doc = 0;
  articles.forEach((article, a) => {
    article.sentences.forEach((sentence, i) => {
      const words = sentenceWords[a]?.[i] ?? [];
      const own = weighed(weights[doc++] ?? new Map<string, number>(), names);
      const counts = countsIn(article, sentence);
      for (const p of prepared) {
        if (!matches(p, own, counts)) continue;
        const hits = words.filter((w) => w.content && p.weights.has(w.term));
        const firstHit = hits[0];
        const lastHit = hits.at(-1);
        if (firstHit === undefined || lastHit === undefined) continue;
        link(p.claim, article, i, { start: firstHit.start, end: lastHit.end });
      }
    });
  });
  return evidence;
}

/**
 * How much of document `of` the words it shares with `by` carry: the share of its weight, and of
 * the weight of its words that are not names; with how many words they share.
 */
function carried(of: Weighed, by: Weighed): { share: number; predicate: number; shared: number } {
  let shared = 0;
  let weight = 0;
  let predicate = 0;
  for (const [t, w] of of.weights) {
    if (!by.weights.has(t)) continue;
    shared += 1;
    weight += w;
    if (!of.names.has(t)) predicate += w;
  }
  return {
    share: of.total > 0 ? weight / of.total : 0,
    // A text of names alone says nothing of what they did: it makes no proposition.
    predicate: of.predicate > 0 ? predicate / of.predicate : 0,
    shared,
  };
}

/**
 * Whether a sentence makes the proposition of an example: one of the two holds most of the
 * other's word weight (a sentence wraps the example's words in clauses of its own, or states in
 * few words what a long example says) and most of the weight of its words that are not names.
 * When the claim is a count, the sentence gives the same count (value, group, outcome), and a
 * smaller share of the other words will do.
 */
function matches(p: Prepared, sentence: Weighed, counts: readonly ProposalFigure[]): boolean {
  const sameCount = counts.some((c) =>
    p.counts.some(
      (e) =>
        e.low === c.low &&
        e.group === c.group &&
        (e.outcome === null || c.outcome === null || e.outcome === c.outcome),
    ),
  );
  if (p.counts.length > 0 && !sameCount) return false;
  const need = p.counts.length > 0 ? SAME_PROPOSITION_WITH_COUNT : SAME_PROPOSITION;
  const fewest = Math.min(MIN_SHARED, p.weights.size);
  return [carried(p, sentence), carried(sentence, p)].some(
    (c) =>
      c.shared >= fewest &&
      c.share >= need &&
      (p.counts.length > 0 || c.predicate >= SAME_PREDICATE),
  );
}
