import { z } from 'zod';
import {
  DatePrecisionSchema,
  FigureGroupSchema,
  FigureRoleSchema,
  IdSchema,
  IsoDateSchema,
  StanceSchema,
  type DateMention,
  type Evidence,
  type Figure,
  type Quote,
  type Span,
} from '../schema.ts';
import type { InputError } from './input-error.ts';
import type { NamedText } from './load-inputs.ts';
import { locateQuote } from './locate-quote.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/**
 * `data/reviews.yaml`: a curator's decisions about the machine's proposals, each pointing into an
 * article by quoting its words (never by offsets). The build resolves every quote and fails with
 * the file, line and reason when it cannot.
 */

export const ReviewActionSchema = z.enum(['confirm', 'correct', 'reject', 'add']);
export type ReviewAction = z.infer<typeof ReviewActionSchema>;

const Common = {
  action: ReviewActionSchema,
  article: IdSchema,
  /** Words of the article that the item spans (or, for confirm and reject, overlaps). */
  quote: z.string().min(1),
  /** Which occurrence of `quote` (1-based), when the words recur in the article. */
  occurrence: z.int().positive().optional(),
  /** Why: for the next curator. */
  note: z.string().min(1).optional(),
};

export const EvidenceReviewSchema = z.strictObject({
  kind: z.literal('evidence'),
  ...Common,
  claim: IdSchema,
  stance: StanceSchema.optional(),
  attributedTo: z.string().min(1).nullable().optional(),
  hedged: z.boolean().optional(),
});

export const FigureReviewSchema = z.strictObject({
  kind: z.literal('figure'),
  ...Common,
  low: z.number().nonnegative().optional(),
  high: z.number().nonnegative().nullable().optional(),
  qualifier: z.string().min(1).nullable().optional(),
  vague: z.boolean().optional(),
  group: FigureGroupSchema.optional(),
  noun: z.string().min(1).nullable().optional(),
  outcome: z.string().min(1).nullable().optional(),
  role: FigureRoleSchema.optional(),
  event: IdSchema.nullable().optional(),
  attributedTo: z.string().min(1).nullable().optional(),
});

export const DateReviewSchema = z.strictObject({
  kind: z.literal('date'),
  ...Common,
  value: IsoDateSchema.optional(),
  valueEnd: IsoDateSchema.nullable().optional(),
  precision: DatePrecisionSchema.optional(),
  event: IdSchema.nullable().optional(),
});

export const QuoteReviewSchema = z.strictObject({
  kind: z.literal('quote'),
  ...Common,
  speaker: IdSchema.nullable().optional(),
});

export const ReviewSchema = z.discriminatedUnion('kind', [
  EvidenceReviewSchema,
  FigureReviewSchema,
  DateReviewSchema,
  QuoteReviewSchema,
]);
export type Review = z.infer<typeof ReviewSchema>;

export const ReviewsFileSchema = z.array(ReviewSchema);

/** A figure before it is numbered: a part names its total by where the total starts. */
export type FigureDraft = Omit<Figure, 'id' | 'partOf'> & { partOfStart: number | null };

/** The machine's proposals, and the same after reviews. */
export interface Proposals {
  evidence: Evidence[];
  /** Without ids: the build numbers figures after reviews, and turns `partOfStart` into `partOf`. */
  figures: FigureDraft[];
  dates: DateMention[];
  quotes: Quote[];
}

/** What reviews may point at, to check their ids. */
export interface ReviewCatalogue {
  texts: ReadonlyMap<string, string>;
  claimIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
}

export interface ReviewWarning {
  file: string;
  line: number | null;
  articleId: string;
  message: string;
}

export type ApplyResult =
  | { ok: true; proposals: Proposals; warnings: ReviewWarning[]; applied: number }
  | { ok: false; errors: InputError[] };

/** The fields each kind must give when a curator adds an item the machine missed. */
const REQUIRED_ON_ADD: Record<Review['kind'], readonly string[]> = {
  evidence: ['stance', 'hedged'],
  figure: ['low', 'high', 'vague', 'group'],
  date: ['value', 'precision'],
  quote: ['speaker'],
};

/** The fields that change an item: a confirm must give none of them. */
const CHANGES: Record<Review['kind'], readonly string[]> = {
  evidence: ['stance', 'attributedTo', 'hedged'],
  figure: [
    'low',
    'high',
    'qualifier',
    'vague',
    'group',
    'noun',
    'outcome',
    'role',
    'event',
    'attributedTo',
  ],
  date: ['value', 'valueEnd', 'precision', 'event'],
  quote: ['speaker'],
};

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** The machine item the review points at: same article (and claim), largest overlap, then first. */
function findTarget<T extends Span>(
  items: readonly T[],
  span: Span,
  sameKey: (item: T) => boolean,
): number {
  let best = -1;
  let bestOverlap = 0;
  items.forEach((candidate, i) => {
    if (candidate.articleId !== span.articleId || !sameKey(candidate)) return;
    const shared = overlap(candidate, span);
    if (shared > bestOverlap) {
      best = i;
      bestOverlap = shared;
    }
  });
  return best;
}

function has(review: Review, field: string): boolean {
  return (review as Record<string, unknown>)[field] !== undefined;
}

/** Parses `reviews.yaml`: every entry checked against the schema, with its line. */
export function parseReviews(
  file: NamedText,
): { ok: true; reviews: Review[]; source: YamlSource } | { ok: false; errors: InputError[] } {
  const parsed = parseYaml(file.file, file.text, ReviewsFileSchema, {
    expected: 'a list of reviews',
    emptyValue: [],
  });
  if (!parsed.ok) return parsed;
  return { ok: true, reviews: parsed.value, source: parsed.source };
}

/**
 * Applies a curator's reviews to the machine's proposals: confirmed, corrected and added items
 * get origin `reviewed`; rejected ones are dropped. Fails with every review it cannot resolve
 * (quote not in the article, unknown claim, event or person, nothing to confirm or correct).
 */
export function applyReviews(
  reviews: readonly Review[],
  source: YamlSource,
  proposals: Proposals,
  catalogue: ReviewCatalogue,
): ApplyResult {
  const errors: InputError[] = [];
  const warnings: ReviewWarning[] = [];
  const evidence = [...proposals.evidence];
  const figures = [...proposals.figures];
  const dates = [...proposals.dates];
  const quotes = [...proposals.quotes];
  const removed = {
    evidence: new Set<number>(),
    figure: new Set<number>(),
    date: new Set<number>(),
    quote: new Set<number>(),
  };
  let applied = 0;

  reviews.forEach((review, i) => {
    const fail = (field: string | null, message: string) =>
      errors.push({
        file: source.file,
        line: source.lineOf(field === null ? [i] : [i, field]),
        field,
        message,
      });
    const unknown = (
      field: string,
      id: string | null | undefined,
      ids: ReadonlySet<string>,
      what: string,
    ) => {
      if (id != null && !ids.has(id)) {
        fail(field, `"${id}" is not ${what} (known: ${[...ids].sort().join(', ')})`);
        return true;
      }
      return false;
    };

    const text = catalogue.texts.get(review.article);
    if (text === undefined) {
      fail(
        'article',
        `"${review.article}" is not an article id (known: ${[...catalogue.texts.keys()].sort().join(', ')})`,
      );
      return;
    }
    let bad = false;
    if (review.kind === 'evidence')
      bad = unknown('claim', review.claim, catalogue.claimIds, 'a claim in claims.yaml');
    if (review.kind === 'figure' || review.kind === 'date') {
      bad = unknown('event', review.event, catalogue.eventIds, 'an event in events.yaml');
    }
    if (review.kind === 'quote')
      bad = unknown('speaker', review.speaker, catalogue.personIds, 'a person in people.yaml');
    const located = locateQuote(text, review.quote, review.article, review.occurrence);
    if (!located.ok) {
      fail('quote', located.message);
      return;
    }
    if (bad) return;
    const span: Span = { articleId: review.article, ...located.span };

    if (review.action === 'confirm') {
      const given = CHANGES[review.kind].filter((f) => has(review, f));
      if (given.length > 0) {
        fail(
          given[0] ?? null,
          `a confirm takes no changes (${given.join(', ')}): use action: correct`,
        );
        return;
      }
    }
    if (review.action === 'add') {
      const missing = REQUIRED_ON_ADD[review.kind].filter((f) => !has(review, f));
      if (missing.length > 0) {
        fail(null, `an add must give ${missing.join(', ')}: the machine has nothing to start from`);
        return;
      }
    }

    const act = <T extends Span>(
      items: T[],
      gone: Set<number>,
      sameKey: (item: T) => boolean,
      build: (base: T | null) => T,
      describe: string,
    ) => {
      const target = findTarget(items, span, sameKey);
      if (review.action === 'add') {
        if (target >= 0 && !gone.has(target)) {
          // The machine found it after all: the curator's version replaces the proposal.
          warnings.push({
            file: source.file,
            line: source.lineOf([i]),
            articleId: review.article,
            message: `${source.file}:${source.lineOf([i]) ?? '?'}: this add overlaps a machine ${describe} that now exists; it replaces it (make the review a correct or confirm)`,
          });
          items[target] = build(null);
        } else {
          items.push(build(null));
        }
        applied += 1;
        return;
      }
      if (target < 0 || gone.has(target)) {
        if (review.action === 'reject') {
          warnings.push({
            file: source.file,
            line: source.lineOf([i]),
            articleId: review.article,
            message: `${source.file}:${source.lineOf([i]) ?? '?'}: nothing to reject: the machine no longer proposes this ${describe}`,
          });
          return;
        }
        fail(
          'quote',
          `no machine ${describe} overlaps these words in article ${review.article}: nothing to ${review.action} (use action: add)`,
        );
        return;
      }
      const base = items[target];
      if (base === undefined) return;
      if (review.action === 'reject') gone.add(target);
      else
        items[target] = review.action === 'confirm' ? { ...base, origin: 'reviewed' } : build(base);
      applied += 1;
    };

    switch (review.kind) {
      case 'evidence':
        act(
          evidence,
          removed.evidence,
          (e) => e.claimId === review.claim,
          (base) => ({
            ...span,
            claimId: review.claim,
            stance: review.stance ?? base?.stance ?? 'asserts',
            attributedTo:
              review.attributedTo !== undefined
                ? review.attributedTo
                : (base?.attributedTo ?? null),
            hedged: review.hedged ?? base?.hedged ?? false,
            origin: 'reviewed' as const,
          }),
          `evidence for claim ${review.claim}`,
        );
        break;
      case 'figure':
        act(
          figures,
          removed.figure,
          () => true,
          (base) => ({
            ...span,
            low: review.low ?? base?.low ?? 0,
            high: review.high !== undefined ? review.high : (base?.high ?? null),
            qualifier:
              review.qualifier !== undefined ? review.qualifier : (base?.qualifier ?? null),
            vague: review.vague ?? base?.vague ?? false,
            group: review.group ?? base?.group ?? 'other',
            noun: review.noun !== undefined ? review.noun : (base?.noun ?? null),
            outcome: review.outcome !== undefined ? review.outcome : (base?.outcome ?? null),
            // A curator who adds a figure says what it counts; one left unsaid is a total.
            role: review.role ?? base?.role ?? 'total',
            partOfStart:
              (review.role ?? base?.role) === 'part' ? (base?.partOfStart ?? null) : null,
            eventId: review.event !== undefined ? review.event : (base?.eventId ?? null),
            attributedTo:
              review.attributedTo !== undefined
                ? review.attributedTo
                : (base?.attributedTo ?? null),
            origin: 'reviewed' as const,
          }),
          'figure',
        );
        break;
      case 'date':
        act(
          dates,
          removed.date,
          () => true,
          (base) => ({
            ...span,
            value: review.value ?? base?.value ?? '1970-01-01',
            valueEnd: review.valueEnd !== undefined ? review.valueEnd : (base?.valueEnd ?? null),
            precision: review.precision ?? base?.precision ?? 'day',
            eventId: review.event !== undefined ? review.event : (base?.eventId ?? null),
            origin: 'reviewed' as const,
          }),
          'date',
        );
        break;
      case 'quote':
        act(
          quotes,
          removed.quote,
          () => true,
          (base) => ({
            ...span,
            speakerId: review.speaker !== undefined ? review.speaker : (base?.speakerId ?? null),
            origin: 'reviewed' as const,
          }),
          'quote',
        );
        break;
    }
  });

  if (errors.length > 0) return { ok: false, errors };
  const keep = <T>(items: T[], gone: Set<number>) => items.filter((_, i) => !gone.has(i));
  return {
    ok: true,
    applied,
    warnings,
    proposals: {
      evidence: keep(evidence, removed.evidence),
      figures: keep(figures, removed.figure),
      dates: keep(dates, removed.date),
      quotes: keep(quotes, removed.quote),
    },
  };
}
