import type { Corpus, Evidence, FigureRole, Span, Stance } from '../corpus/schema.ts';

/**
 * A curator's decisions about what the machine proposed, as the page records them. Each names its
 * target by the corpus's ids and the words it spans, never by a figure's number alone (figures are
 * renumbered when one is rejected), so a decision still finds its target after a rebuild. The
 * files the command line reads are written from them (`apply-decisions.ts`).
 */

/** Words of one article, where the corpus found them. */
export interface SpanRef {
  article: string;
  start: number;
  end: number;
  /** `article.text.slice(start, end)`: what the written review quotes. */
  quote: string;
}

/** One evidence link: the claim and the words. */
export interface EvidenceRef extends SpanRef {
  claim: string;
}

/** One figure: its id when the decision was made (for people), and its words (for the build). */
export interface FigureRef extends SpanRef {
  id: string;
}

/** An evidence link's stance, hedge and speaker, as a claim decision moves it to another claim. */
export interface MovedEvidence extends SpanRef {
  stance: Stance;
  hedged: boolean;
  attributedTo: string | null;
}

/** A claim and the words of its evidence when the decision was made. */
export interface ClaimRef {
  id: string;
  evidence: readonly SpanRef[];
}

interface Noted {
  /** Why, for the next curator: written as the review's note. */
  note?: string;
}

/** The machine's evidence link is right, or wrong. */
export interface EvidenceJudgement extends Noted {
  kind: 'evidence';
  action: 'confirm' | 'reject';
  target: EvidenceRef;
}

/** The link is right but its stance, hedge or speaker is not: only the fields given change. */
export interface EvidenceCorrection extends Noted {
  kind: 'evidence';
  action: 'correct';
  target: EvidenceRef;
  stance?: Stance;
  hedged?: boolean;
  attributedTo?: string | null;
}

/** A link the machine missed: the words the curator selected in the reader, and the claim. */
export interface EvidenceAddition extends Noted {
  kind: 'evidence';
  action: 'add';
  target: EvidenceRef;
  stance: Stance;
  hedged: boolean;
  attributedTo?: string | null;
}

export type EvidenceDecision = EvidenceJudgement | EvidenceCorrection | EvidenceAddition;

/** What a figure correction may change; a field left out keeps the machine's value. */
export interface FigureChanges {
  low?: number;
  high?: number | null;
  qualifier?: string | null;
  vague?: boolean;
  role?: FigureRole;
  event?: string | null;
  attributedTo?: string | null;
}

export interface FigureJudgement extends Noted {
  kind: 'figure';
  action: 'confirm' | 'reject';
  target: FigureRef;
}

export interface FigureCorrection extends Noted, FigureChanges {
  kind: 'figure';
  action: 'correct';
  target: FigureRef;
}

export type FigureDecision = FigureJudgement | FigureCorrection;

/** A quotation's speaker corrected. */
export interface QuoteDecision extends Noted {
  kind: 'quote';
  action: 'correct';
  target: SpanRef;
  /** A person's id, or null: nobody named says it. */
  speaker: string | null;
}

interface ClaimBase extends Noted {
  kind: 'claim';
  claim: ClaimRef;
}

/** A proposed claim becomes curated, as worded. (A curated claim is curated already.) */
export interface ClaimConfirm extends ClaimBase {
  action: 'confirm';
}

export interface ClaimRename extends ClaimBase {
  action: 'rename';
  statement: string;
}

export interface ClaimDrop extends ClaimBase {
  action: 'drop';
}

export interface ClaimMerge extends ClaimBase {
  action: 'merge';
  /** The claim that absorbs it. */
  into: string;
  /** Its evidence in the articles where `into` has none over the same words: what moves. */
  moved: readonly MovedEvidence[];
}

export interface ClaimSplit extends ClaimBase {
  action: 'split';
  /** The evidence that leaves the claim for the new one. */
  moved: readonly MovedEvidence[];
  /** The new claim: a free id and the curator's words. */
  newClaim: { id: string; statement: string };
}

export type ClaimDecision = ClaimConfirm | ClaimRename | ClaimDrop | ClaimMerge | ClaimSplit;

/** Decisions about one item the machine proposed (or missed): each becomes one review. */
export type ItemDecision = EvidenceDecision | FigureDecision | QuoteDecision;

export type Decision = ItemDecision | ClaimDecision;

/** The words of a span, as a decision names them. */
export function spanRef(span: Span): SpanRef {
  return { article: span.articleId, start: span.start, end: span.end, quote: span.quote };
}

/** An evidence link as a decision names it. */
export function evidenceRef(evidence: Evidence): EvidenceRef {
  return { claim: evidence.claimId, ...spanRef(evidence) };
}

function movedOf(evidence: Evidence): MovedEvidence {
  return {
    ...spanRef(evidence),
    stance: evidence.stance,
    hedged: evidence.hedged,
    attributedTo: evidence.attributedTo,
  };
}

/** A claim as a decision names it: its id and the words of its evidence in the corpus shown. */
export function claimRef(corpus: Pick<Corpus, 'evidence'>, claimId: string): ClaimRef {
  return {
    id: claimId,
    evidence: corpus.evidence.filter((e) => e.claimId === claimId).map(spanRef),
  };
}

function overlaps(a: SpanRef, b: SpanRef): boolean {
  return a.article === b.article && a.start < b.end && b.start < a.end;
}

/**
 * Merging one claim into another, as the corpus shown has them: the evidence that moves is the
 * first claim's, except where the other claim already has evidence over the same words.
 */
export function mergeDecision(
  corpus: Pick<Corpus, 'evidence'>,
  claimId: string,
  into: string,
): ClaimDecision {
  const kept = corpus.evidence.filter((e) => e.claimId === into).map(spanRef);
  const moved = corpus.evidence
    .filter((e) => e.claimId === claimId)
    .filter((e) => !kept.some((k) => overlaps(k, spanRef(e))))
    .map(movedOf);
  return { kind: 'claim', action: 'merge', claim: claimRef(corpus, claimId), into, moved };
}

const ID_WORDS = 6;

/** A claim id from a statement's first words, unused in the corpus ("-2", "-3" when taken). */
export function freshClaimId(corpus: Pick<Corpus, 'claims'>, statement: string): string {
  const base =
    statement
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .split(/[^a-z0-9]+/u)
      .filter((w) => w !== '')
      .slice(0, ID_WORDS)
      .join('-') || 'claim';
  const taken = new Set(corpus.claims.map((c) => c.id));
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Splitting a claim: the chosen evidence (as the corpus shown has it) leaves it for a new claim
 * with the curator's statement and a free id.
 */
export function splitDecision(
  corpus: Pick<Corpus, 'evidence' | 'claims'>,
  claimId: string,
  evidence: readonly EvidenceRef[],
  statement: string,
): ClaimDecision {
  const chosen = (e: Evidence) =>
    evidence.some((r) => r.claim === e.claimId && r.article === e.articleId && r.start === e.start);
  return {
    kind: 'claim',
    action: 'split',
    claim: claimRef(corpus, claimId),
    moved: corpus.evidence.filter((e) => e.claimId === claimId && chosen(e)).map(movedOf),
    newClaim: { id: freshClaimId(corpus, statement), statement },
  };
}
