import { parseDocument } from 'yaml';
import { CorpusSettingsSchema } from '../corpus/catalogue-schema.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';
import type { Review } from '../corpus/pipeline/reviews.ts';
import type { Claim, Corpus } from '../corpus/schema.ts';
import type { Decision } from './decisions.ts';
import {
  decisionToClaimEdits,
  decisionToReview,
  type ClaimEdit,
  type ClaimFileEntry,
  type CurationView,
} from './decision-to-review.ts';
import { editYamlList, setYamlFields } from './yaml-edit.ts';

/**
 * A curator's decisions written into a project's files: reviews appended to `reviews.yaml`,
 * curated claims to `claims.yaml`, dropped proposals to `corpus.yaml`. The page applies a
 * decision by rewriting the files and rebuilding, so what it shows is what the command line
 * builds from the exported files.
 */

const REVIEWS = 'reviews.yaml';
const CLAIMS = 'claims.yaml';
const SETTINGS = 'corpus.yaml';

/** The order a review's fields are written in: the one `reviews.yaml`'s header documents. */
const REVIEW_FIELDS = [
  'kind',
  'action',
  'article',
  'claim',
  'quote',
  'occurrence',
  'stance',
  'attributedTo',
  'hedged',
  'low',
  'high',
  'qualifier',
  'vague',
  'role',
  'event',
  'speaker',
  'note',
];

function inOrder(review: Review): Record<string, unknown> {
  const fields = review as Record<string, unknown>;
  return Object.fromEntries(
    REVIEW_FIELDS.filter((f) => fields[f] !== undefined).map((f) => [f, fields[f]]),
  );
}

/** Which item a review is about: a later decision on the same item replaces the earlier one. */
function targetKey(review: Review): string {
  const at = `${review.article}|${review.quote}|${review.occurrence ?? 1}`;
  return review.kind === 'evidence' ? `evidence|${review.claim}|${at}` : `${review.kind}|${at}`;
}

const NOT_CHANGES = new Set(['kind', 'action', 'article', 'claim', 'quote', 'occurrence', 'note']);

/**
 * One review for one item from two decisions on it, the later last: a reject removes an item (and
 * an item the curator added, with its add); a correction after an add or a correction changes
 * them further; a confirm adds nothing to a correction or an add. Null: nothing is left to write.
 */
function fold(earlier: Review | undefined, later: Review): Review | null {
  if (earlier === undefined) return later;
  if (later.action === 'reject') return earlier.action === 'add' ? null : later;
  if (later.action === 'confirm') return earlier.action === 'reject' ? later : earlier;
  if (later.action === 'correct' && (earlier.action === 'add' || earlier.action === 'correct')) {
    const changes = Object.entries(later).filter(([k]) => !NOT_CHANGES.has(k));
    const note = later.note ?? earlier.note;
    return {
      ...earlier,
      ...Object.fromEntries(changes),
      ...(note === undefined ? {} : { note }),
    };
  }
  return later;
}

/** The reviews the decisions write, one per item, in the order each item was first decided. */
class ReviewList {
  private readonly byKey = new Map<string, Review>();

  put(review: Review): void {
    const key = targetKey(review);
    const folded = fold(this.byKey.get(key), review);
    if (folded === null) this.byKey.delete(key);
    else this.byKey.set(key, folded);
  }

  /** Reviews of evidence for `from` now name `to` (a proposal made curated under a new id). */
  rename(from: string, to: string): void {
    const all = [...this.byKey.values()];
    this.byKey.clear();
    for (const r of all)
      this.put(r.kind === 'evidence' && r.claim === from ? { ...r, claim: to } : r);
  }

  /** Reviews of evidence for a claim that is gone. */
  forget(claim: string): void {
    for (const [key, r] of this.byKey) {
      if (r.kind === 'evidence' && r.claim === claim) this.byKey.delete(key);
    }
  }

  values(): Review[] {
    return [...this.byKey.values()];
  }
}

/** The claim each entry of the base `reviews.yaml` names (null for other kinds), by index. */
function baseReviewClaims(text: string | undefined): (string | null)[] {
  if (text === undefined) return [];
  const value: unknown = parseDocument(text).toJS();
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return null;
    const { kind, claim } = entry as { kind?: unknown; claim?: unknown };
    return kind === 'evidence' && typeof claim === 'string' ? claim : null;
  });
}

/** The ids of the base `claims.yaml`'s entries, by index. */
function baseClaimIds(text: string | undefined): (string | null)[] {
  if (text === undefined) return [];
  const value: unknown = parseDocument(text).toJS();
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown) => {
    const id = (entry as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : null;
  });
}

/** A curated entry as written: the figure left out when the claim counts nothing. */
function entryValue(entry: ClaimFileEntry): Record<string, unknown> {
  const { figure, ...rest } = entry;
  const { id, statement, category, claimant, like } = rest;
  return figure === null
    ? { id, statement, category, claimant, like }
    : { id, statement, category, claimant, figure, like };
}

function claimOf(entry: ClaimFileEntry): Claim {
  return {
    id: entry.id,
    statement: entry.statement,
    category: entry.category,
    claimant: entry.claimant,
    figure:
      entry.figure === null
        ? null
        : { eventId: entry.figure.event, group: entry.figure.group, outcome: entry.figure.outcome },
    origin: 'curated',
  };
}

/**
 * Writes the decisions into a copy of the project's files. `corpus` is the corpus built from
 * `base`; each decision is read against the claims as the earlier decisions left them. Pure and
 * deterministic: the same files and decisions give the same bytes, so undo is applying one
 * decision fewer, and no decisions give back `base` itself. A file no decision changes is kept as
 * it is; a later decision on the same item replaces the earlier one (the file says what was
 * decided, the page's list of decisions how).
 */
export function applyDecisions(
  base: InputFiles,
  decisions: readonly Decision[],
  corpus: Corpus,
): InputFiles {
  return withDecisions(base, decisions, corpus).files;
}

/** The files with the decisions written in, and where each claim they moved went. */
export interface AppliedDecisions {
  files: InputFiles;
  /**
   * A claim's id before the decisions, and its id after them: a proposal confirmed or renamed
   * takes a curated id, a merged claim is its target's; null when dropped. Claims left where they
   * were are not in it. Read it through `claimAfter`, since moves chain.
   */
  moved: ReadonlyMap<string, string | null>;
}

/** Where a claim is after the decisions: its id, another's, or null when it is gone. */
export function claimAfter(moved: AppliedDecisions['moved'], claimId: string): string | null {
  let id: string | null = claimId;
  // Each move is made once, so a chain is no longer than the map.
  for (let step = 0; id !== null && moved.has(id) && step <= moved.size; step += 1) {
    id = moved.get(id) ?? null;
  }
  return id;
}

/** `applyDecisions`, and where the claims they moved went (for the page to follow them). */
export function withDecisions(
  base: InputFiles,
  decisions: readonly Decision[],
  corpus: Corpus,
): AppliedDecisions {
  const moved = new Map<string, string | null>();
  let claims: Claim[] = [...corpus.claims];
  const view = (): CurationView => ({ articles: corpus.articles, claims });
  const reviews = new ReviewList();
  const baseReviews = baseReviewClaims(base[REVIEWS]);
  const baseClaims = baseClaimIds(base[CLAIMS]);
  const restated = new Map<number, string>();
  const removedClaims = new Set<number>();
  const written = new Map<string, { entry: ClaimFileEntry; note?: string }>();
  const settings = CorpusSettingsSchema.safeParse(parseDocument(base[SETTINGS] ?? '').toJS());
  const dropped = new Set(settings.success ? settings.data.droppedProposals : []);
  const droppedBefore = dropped.size;
  let touched = false;

  const edit = (change: ClaimEdit) => {
    touched = true;
    switch (change.edit) {
      case 'write':
        written.set(change.entry.id, change);
        claims = [...claims.filter((c) => c.id !== change.entry.id), claimOf(change.entry)];
        break;
      case 'restate': {
        const mine = written.get(change.claim);
        if (mine !== undefined) mine.entry = { ...mine.entry, statement: change.statement };
        const index = baseClaims.indexOf(change.claim);
        if (index >= 0 && !removedClaims.has(index)) restated.set(index, change.statement);
        claims = claims.map((c) =>
          c.id === change.claim ? { ...c, statement: change.statement } : c,
        );
        break;
      }
      case 'remove': {
        written.delete(change.claim);
        const index = baseClaims.indexOf(change.claim);
        if (index >= 0) removedClaims.add(index);
        claims = claims.filter((c) => c.id !== change.claim);
        break;
      }
      case 'leave-out':
        dropped.add(change.claim);
        claims = claims.filter((c) => c.id !== change.claim);
        break;
      case 'rename':
        moved.set(change.from, change.to);
        reviews.rename(change.from, change.to);
        baseReviews.forEach((c, i) => {
          if (c === change.from) baseReviews[i] = change.to;
        });
        break;
      case 'forget':
        reviews.forget(change.claim);
        baseReviews.forEach((c, i) => {
          if (c === change.claim) baseReviews[i] = null;
        });
        break;
      case 'review':
        reviews.put(change.review);
        break;
    }
  };

  const forgotten = new Set<number>();
  for (const decision of decisions) {
    if (decision.kind === 'claim') {
      const before = baseReviews.map((c) => c);
      const changes = decisionToClaimEdits(decision, view());
      for (const change of changes) edit(change);
      if (changes.length > 0 && decision.action === 'merge')
        moved.set(decision.claim.id, decision.into);
      if (changes.length > 0 && decision.action === 'drop') moved.set(decision.claim.id, null);
      before.forEach((c, i) => {
        if (c !== null && baseReviews[i] === null) forgotten.add(i);
      });
    } else {
      touched = true;
      reviews.put(decisionToReview(decision, view()));
    }
  }
  if (!touched) return { files: base, moved };

  const out: Record<string, string> = { ...base };
  const renamed = baseReviewClaims(base[REVIEWS]).flatMap((c, index) =>
    c !== null && baseReviews[index] !== null && baseReviews[index] !== c
      ? [{ index, field: 'claim', value: baseReviews[index] ?? c }]
      : [],
  );
  const newReviews = reviews.values();
  if (newReviews.length > 0 || forgotten.size > 0 || renamed.length > 0) {
    out[REVIEWS] = editYamlList(base[REVIEWS], {
      remove: forgotten,
      set: renamed,
      append: newReviews.map((r) => ({ value: inOrder(r) })),
    });
  }
  const entries = [...written.values()];
  if (entries.length > 0 || restated.size > 0 || removedClaims.size > 0) {
    out[CLAIMS] = editYamlList(base[CLAIMS], {
      remove: removedClaims,
      set: [...restated].map(([index, value]) => ({ index, field: 'statement', value })),
      append: entries.map(({ entry, note }) =>
        note === undefined
          ? { value: entryValue(entry) }
          : { value: entryValue(entry), comment: note },
      ),
    });
  }
  // A claims.yaml the curator's decisions create would stop the proposals; the others stay.
  const createdClaims = base[CLAIMS] === undefined && out[CLAIMS] !== undefined;
  const fields: { key: string; value: unknown; comment?: string }[] = [];
  if (createdClaims && !(settings.success && settings.data.proposeClaims === false)) {
    fields.push({
      key: 'proposeClaims',
      value: true,
      comment: 'The machine proposes claims beside the curated ones in claims.yaml.',
    });
  }
  if (dropped.size > droppedBefore) {
    fields.push({
      key: 'droppedProposals',
      value: [...dropped].sort(),
      comment:
        'Proposed claims a curator dropped, merged or made curated: the build leaves them out.',
    });
  }
  if (fields.length > 0) out[SETTINGS] = setYamlFields(base[SETTINGS] ?? '', fields);
  return { files: out, moved };
}
