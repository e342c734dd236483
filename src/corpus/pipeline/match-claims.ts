import words from './lexicon/attribution.json' with { type: 'json' };
import { flat } from './segment.ts';
import type { ClaimEntry } from '../catalogue-schema.ts';
import type { ClaimCategory, Evidence, Stance } from '../schema.ts';
import type { Attribution } from './attribution.ts';
import type { Sentence } from './types.ts';

/** A claim with its cues compiled, ready to test sentences. */
export interface CompiledClaim {
  id: string;
  category: ClaimCategory;
  claimant: string;
  all: RegExp[];
  any: RegExp[];
  none: RegExp[];
}

/**
 * Compiles each claim's cues, case-insensitively; `loadInputs` has already refused bad patterns.
 * A claim defined by examples alone (`like`, no cues) is left out: example matching finds it.
 */
export function compileClaims(claims: readonly ClaimEntry[]): CompiledClaim[] {
  const compile = (patterns: readonly string[]) => patterns.map((p) => new RegExp(p, 'iu'));
  return claims.flatMap((claim) =>
    claim.cues === undefined
      ? []
      : [
          {
            id: claim.id,
            category: claim.category,
            claimant: claim.claimant,
            all: compile(claim.cues.all),
            any: compile(claim.cues.any),
            none: compile(claim.cues.none),
          },
        ],
  );
}

/** Words that keep a claim open: modal verbs, "appear to", "allegedly", "suspected", "reportedly". */
const HEDGE =
  /(?<![\p{L}])(?:may|might|could|appears? to|appeared to|seems? to|seemed to|allegedly|alleged|suspected|reportedly|possibl[ey]|likely|apparently|believed to|suggest(?:s|ed|ing)?)(?![\p{L}])/giu;
/** "May" the month: "in May", "May 2015", "on 3 May". */
const MAY_THEN_DAY = /^May\s+\d/u;
const DAY_OR_PREPOSITION_THEN = /(?:\b(?:in|on|since|until|of|from|by|early|late|mid-?)|\d)\s+$/u;

/** The text holds a hedge word ("May" the month excepted). */
export function hasHedge(text: string): boolean {
  for (const match of text.matchAll(HEDGE)) {
    if (match[0] !== 'May') return true;
    const month =
      MAY_THEN_DAY.test(text.slice(match.index)) ||
      DAY_OR_PREPOSITION_THEN.test(text.slice(0, match.index));
    if (!month) return true;
  }
  return false;
}

/**
 * Where a clause starts: a semicolon, colon, dash, bracket or quotation mark, or a conjunction
 * joining two clauses. Not a comma: an opening phrase ("In another suspected attack, …") hedges
 * the clause it introduces.
 */
const CLAUSE_BREAK = /[;:()“”"—–]|\s(?:and|but|while|whereas|although|because)\s/gu;

/**
 * Whether the clause that holds `[start, end)` of a sentence keeps a hedge: the words from the
 * clause's start up to the end of the claim's words. A hedge elsewhere in the sentence ("… killed
 * many civilians and may amount to a war crime") does not hedge a claim in another clause.
 */
export function isHedged(sentence: string, start: number, end: number): boolean {
  let clauseStart = 0;
  for (const match of sentence.slice(0, start).matchAll(CLAUSE_BREAK)) {
    clauseStart = match.index + match[0].length;
  }
  return hasHedge(sentence.slice(clauseStart, end));
}

/** Where a claim's cues match in a sentence, or null when the sentence does not carry it. */
export function cueRegion(
  claim: CompiledClaim,
  sentence: string,
): { start: number; end: number } | null {
  if (claim.none.some((re) => re.test(sentence))) return null;
  const hits: RegExpExecArray[] = [];
  for (const re of claim.all) {
    const hit = re.exec(sentence);
    if (hit === null) return null;
    hits.push(hit);
  }
  if (claim.any.length > 0) {
    const hit = claim.any.map((re) => re.exec(sentence)).find((h) => h !== null);
    if (hit === undefined || hit === null) return null;
    hits.push(hit);
  }
  if (hits.length === 0) return null;
  return {
    start: Math.min(...hits.map((h) => h.index)),
    end: Math.max(...hits.map((h) => h.index + h[0].length)),
  };
}

/** A rebuttal of a denial: the denial "is false", "untrue", "not true". */
const REBUTTAL =
  /\b(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:false|untrue|wrong|baseless|unfounded|groundless)|not\s+true)\b/iu;
/** The claim's words sit in "allegations that …", "accusations about …": the sentence answers them. */
const ALLEGATION_BEFORE =
  /\b(?:allegations?|accusations?|charges?)\s+(?:by\s+[^,.;]{0,40}?\s+)?(?:that|of|about)\b[^,.;]{0,40}$/iu;

/**
 * The claim's words are themselves called false in the same clause: "the accusations that … are
 * baseless", "talk of war crimes is a cliché and a fake". Whoever says it (the outlet, or a
 * speaker of another side) disputes the claim.
 */
const DISMISSED_AFTER = new RegExp(
  `^[^;:]{0,160}?\\b(?:is|are|was|were)\\s+(?:(?:a|an|just|simply|nothing but|all|pure|utterly|completely|totally|entirely|no more than|only)\\s+)*(?:${words.calledFalseWords.join('|')})(?![\\p{L}])`,
  'iu',
);

/** Says which side a speaker is on: a person speaks for their organisation. */
export type SideOf = (speaker: string) => string;

/** What the stance of a sentence towards a claim depends on: the claim's category and claimant. */
export interface StanceClaim {
  id: string;
  category: ClaimCategory;
  claimant: string;
}

const NO_ATTRIBUTION: Attribution = {
  speaker: null,
  cue: null,
  denial: false,
  unresolved: false,
  reported: null,
};

function stanceOf(
  claim: StanceClaim,
  attribution: Attribution,
  sentence: string,
  region: { start: number; end: number },
  sideOf: SideOf,
): Stance {
  const speaker = attribution.speaker;
  const otherSide = speaker !== null && sideOf(speaker) !== sideOf(claim.claimant);
  if (claim.category === 'denial') {
    // Reporting a denial is the content of a denial claim; calling the denial false rebuts it.
    return REBUTTAL.test(sentence) && otherSide ? 'disputes' : 'attributes';
  }
  if (DISMISSED_AFTER.test(sentence.slice(region.end)) && (speaker === null || otherSide))
    return 'disputes';
  // A denial in a sentence whose speaker is on the claimant's side is someone else's, reported
  // beside the claim: "X denies it, but the strikes were war crimes, the rights group says".
  if (attribution.denial) return speaker !== null && !otherSide ? 'attributes' : 'disputes';
  // "When asked about allegations that the army used barrel bombs, X said …" answers the claim.
  if (otherSide && ALLEGATION_BEFORE.test(sentence.slice(0, region.start))) return 'disputes';
  // A claim about a report's own work ("the report focuses on six attacks") is described, not quoted.
  if (attribution.reported === 'work' && claim.category === 'method') return 'asserts';
  if (speaker !== null || attribution.cue !== null || attribution.unresolved) return 'attributes';
  return 'asserts';
}

/**
 * Links claims to the sentences of one article that carry them, with stance, speaker and hedge.
 * At most one evidence per claim and sentence; spans are whole sentences, so verbatim by
 * construction. `attributions` is aligned with `sentences`.
 */
export function matchClaims(
  articleId: string,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
  claims: readonly CompiledClaim[],
  sideOf: SideOf = (speaker) => speaker,
): Evidence[] {
  const evidence: Evidence[] = [];
  sentences.forEach((sentence, i) => {
    const attribution = attributions[i] ?? NO_ATTRIBUTION;
    for (const claim of claims) {
      const region = cueRegion(claim, flat(sentence.quote));
      if (region === null) continue;
      evidence.push(sentenceEvidence(claim, articleId, sentence, attribution, region, sideOf));
    }
  });
  return evidence;
}

/**
 * The evidence that one whole sentence gives for a claim whose words lie at `region` (offsets in
 * the sentence): its stance, speaker and hedge, by the same rules for every claim, curated or
 * proposed by the machine. The span is the sentence, so verbatim by construction.
 */
export function sentenceEvidence(
  claim: StanceClaim,
  articleId: string,
  sentence: Sentence,
  attribution: Attribution,
  region: { start: number; end: number },
  sideOf: SideOf = (speaker) => speaker,
): Evidence {
  const text = flat(sentence.quote);
  // A cue over part of the sentence ("The attack, claimed by X, was …") speaks only for the claims
  // whose words lie in that part; the rest of the sentence is the outlet's own voice.
  const scope = attribution.scope;
  const covered =
    scope === undefined ||
    (sentence.start + region.start < scope.end && scope.start < sentence.start + region.end);
  const voice = covered ? attribution : NO_ATTRIBUTION;
  const stance = stanceOf(claim, voice, text, region, sideOf);
  return {
    claimId: claim.id,
    articleId,
    start: sentence.start,
    end: sentence.end,
    quote: sentence.quote,
    stance,
    attributedTo: stance === 'asserts' ? null : voice.speaker,
    hedged: isHedged(text, region.start, region.end),
    origin: 'auto',
  };
}
