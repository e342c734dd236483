import type { Review } from '../corpus/pipeline/reviews.ts';
import type { Claim, ClaimCategory, Corpus, FigureGroup } from '../corpus/schema.ts';
import type { ClaimDecision, ItemDecision, SpanRef } from './decisions.ts';

/** What turning decisions into files reads of the corpus: the article texts and the claims. */
export type CurationView = Pick<Corpus, 'articles' | 'claims'>;

/** Words an example quotes, as `claims.yaml` writes a claim by example. */
export interface ClaimExample {
  article: string;
  quote: string;
  occurrence?: number;
}

/** A curated claim as `claims.yaml` holds it, defined by examples quoting its evidence. */
export interface ClaimFileEntry {
  id: string;
  statement: string;
  category: ClaimCategory;
  claimant: string;
  figure: { event: string | null; group: FigureGroup; outcome: string | null } | null;
  like: ClaimExample[];
}

/**
 * One change a claim decision makes to the files: a curated entry written, restated or removed; a
 * proposal left out (`droppedProposals` in corpus.yaml); the reviews that name a claim renamed or
 * forgotten; an evidence review (evidence moving between claims).
 */
export type ClaimEdit =
  | { edit: 'write'; entry: ClaimFileEntry; note?: string }
  | { edit: 'restate'; claim: string; statement: string }
  | { edit: 'remove'; claim: string }
  | { edit: 'leave-out'; claim: string }
  | { edit: 'rename'; from: string; to: string }
  | { edit: 'forget'; claim: string }
  | { edit: 'review'; review: Review };

/**
 * Which match of `quote` in `text` starts at `start`, counted as the build's quote finder counts
 * (every start, overlapping ones too, 1-based). Undefined when the words occur once, so the
 * review needs no `occurrence`, or when they are not at `start`.
 */
export function occurrenceOf(text: string, quote: string, start: number): number | undefined {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  if (found.length < 2) return undefined;
  const index = found.indexOf(start);
  return index < 0 ? undefined : index + 1;
}

function textOf(corpus: CurationView, article: string): string {
  return corpus.articles.find((a) => a.id === article)?.text ?? '';
}

/** The review's way of pointing at words: the article, the words, and which match when they recur. */
function pointer(corpus: CurationView, span: SpanRef): ClaimExample {
  const occurrence = occurrenceOf(textOf(corpus, span.article), span.quote, span.start);
  return occurrence === undefined
    ? { article: span.article, quote: span.quote }
    : { article: span.article, quote: span.quote, occurrence };
}

/** The fields that are set: a review carries only what the decision says. */
function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/**
 * The `reviews.yaml` entry for a decision about one item: it quotes the item's own words (with
 * `occurrence` when they recur in the article), never offsets, and carries only the fields the
 * decision changes.
 */
export function decisionToReview(decision: ItemDecision, corpus: CurationView): Review {
  const { article, quote, occurrence } = pointer(corpus, decision.target);
  const words = occurrence === undefined ? { quote } : { quote, occurrence };
  const note = decision.note === undefined ? {} : { note: decision.note };
  switch (decision.kind) {
    case 'evidence': {
      const head = { kind: 'evidence' as const, article, claim: decision.target.claim, ...words };
      if (decision.action === 'correct' || decision.action === 'add') {
        const fields = defined({
          stance: decision.stance,
          attributedTo: decision.attributedTo,
          hedged: decision.hedged,
        });
        return { ...head, action: decision.action, ...fields, ...note };
      }
      return { ...head, action: decision.action, ...note };
    }
    case 'figure': {
      const head = { kind: 'figure' as const, article, ...words };
      if (decision.action !== 'correct') return { ...head, action: decision.action, ...note };
      const fields = defined({
        low: decision.low,
        high: decision.high,
        qualifier: decision.qualifier,
        vague: decision.vague,
        role: decision.role,
        event: decision.event,
        attributedTo: decision.attributedTo,
      });
      return { ...head, action: 'correct', ...fields, ...note };
    }
    case 'quote':
      return {
        kind: 'quote',
        action: 'correct',
        article,
        ...words,
        speaker: decision.speaker,
        ...note,
      };
  }
}

const AUTO_PREFIX = 'auto-';

/**
 * The id a proposed claim gets when it becomes curated: its words without the "auto-" mark
 * ("-2", "-3" when taken). A new id, so the proposal it replaces can be left out by its own id
 * and the ids of the other proposals stay as they are.
 */
export function curatedIdOf(claimId: string, corpus: CurationView): string {
  const base = claimId.startsWith(AUTO_PREFIX) ? claimId.slice(AUTO_PREFIX.length) : claimId;
  const taken = new Set(corpus.claims.map((c) => c.id));
  let id = base || 'claim';
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** A claim written as a curated entry, defined by examples quoting the given evidence. */
function entryOf(
  claim: Claim,
  id: string,
  statement: string,
  evidence: readonly SpanRef[],
  corpus: CurationView,
): ClaimFileEntry {
  const seen = new Set<string>();
  const like: ClaimExample[] = [];
  for (const span of evidence) {
    const key = `${span.article}@${span.start}@${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    like.push(pointer(corpus, span));
  }
  return {
    id,
    statement,
    category: claim.category,
    claimant: claim.claimant,
    figure:
      claim.figure === null
        ? null
        : { event: claim.figure.eventId, group: claim.figure.group, outcome: claim.figure.outcome },
    like,
  };
}

/** A proposal made curated: written by example under a new id, the proposal left out. */
function curate(
  claim: Claim,
  statement: string,
  evidence: readonly SpanRef[],
  corpus: CurationView,
  note: string | undefined,
): ClaimEdit[] {
  const id = curatedIdOf(claim.id, corpus);
  const entry = entryOf(claim, id, statement, evidence, corpus);
  return [
    note === undefined ? { edit: 'write', entry } : { edit: 'write', entry, note },
    { edit: 'leave-out', claim: claim.id },
    { edit: 'rename', from: claim.id, to: id },
  ];
}

/** Gone from the files: a curated entry removed, a proposal left out, and the reviews naming it. */
function drop(claim: Claim): ClaimEdit[] {
  const gone: ClaimEdit =
    claim.origin === 'auto'
      ? { edit: 'leave-out', claim: claim.id }
      : { edit: 'remove', claim: claim.id };
  return [gone, { edit: 'forget', claim: claim.id }];
}

/**
 * What a claim decision changes in `claims.yaml`, `corpus.yaml` and the reviews. A proposed claim
 * that is confirmed or renamed becomes a curated claim with `like:` examples quoting its evidence;
 * merged or dropped, it is left out of the proposals. Evidence that moves between claims is
 * written as reviews (add under the new claim, reject under the old), with its stance, hedge and
 * speaker. Nothing for a claim the corpus does not hold, or a confirm of a curated claim.
 */
export function decisionToClaimEdits(decision: ClaimDecision, corpus: CurationView): ClaimEdit[] {
  const claim = corpus.claims.find((c) => c.id === decision.claim.id);
  if (claim === undefined) return [];
  const note = decision.note;
  const withNote = note === undefined ? {} : { note };
  switch (decision.action) {
    case 'confirm':
      return claim.origin === 'auto'
        ? curate(claim, claim.statement, decision.claim.evidence, corpus, note)
        : [];
    case 'rename':
      return claim.origin === 'auto'
        ? curate(claim, decision.statement, decision.claim.evidence, corpus, note)
        : [{ edit: 'restate', claim: claim.id, statement: decision.statement }];
    case 'drop':
      return drop(claim);
    case 'merge': {
      if (!corpus.claims.some((c) => c.id === decision.into) || decision.into === claim.id) {
        return [];
      }
      const adds: ClaimEdit[] = decision.moved.map((moved) => ({
        edit: 'review',
        review: {
          kind: 'evidence',
          action: 'add',
          claim: decision.into,
          ...pointer(corpus, moved),
          stance: moved.stance,
          attributedTo: moved.attributedTo,
          hedged: moved.hedged,
          ...withNote,
        },
      }));
      return [...drop(claim), ...adds];
    }
    case 'split': {
      const { id, statement } = decision.newClaim;
      const entry = entryOf(claim, id, statement, decision.moved, corpus);
      const rejects: ClaimEdit[] = decision.moved.map((moved) => ({
        edit: 'review',
        review: {
          kind: 'evidence',
          action: 'reject',
          claim: claim.id,
          ...pointer(corpus, moved),
          ...withNote,
        },
      }));
      return [
        note === undefined ? { edit: 'write', entry } : { edit: 'write', entry, note },
        ...rejects,
      ];
    }
  }
}
