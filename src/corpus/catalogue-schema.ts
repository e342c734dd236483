import { z } from 'zod';
import {
  ClaimCategorySchema,
  DatePrecisionSchema,
  EventKindSchema,
  FigureGroupSchema,
  IdSchema,
  IdentificationHowSchema,
  IsoDateSchema,
  OutletKindSchema,
  PlaceSchema,
} from './schema.ts';

/**
 * The curated inputs in `data/`, as a person writes them in YAML. Everything that points into an
 * article does so by quoting its words, never by offsets: the build finds the offsets and fails
 * when the words are not there.
 */

/** Front matter of `data/articles/<id>.md`. */
export const FrontMatterSchema = z.strictObject({
  id: IdSchema,
  outlet: IdSchema,
  title: z.string().min(1).nullable(),
  /** Day of publication, "2015-12-23"; null when the article does not say. */
  published: IsoDateSchema.nullable(),
  url: z.url().nullable(),
  /**
   * Who the article's page or file names as its author ("By Jana Holt"): metadata, not words of
   * the text. Absent when nothing names one.
   */
  byline: z.string().min(1).nullable().optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** Words quoted from one article; `occurrence` picks the n-th match (1-based) when they recur. */
export const QuotedSchema = z.strictObject({
  article: IdSchema,
  quote: z.string().min(1),
  occurrence: z.int().positive().optional(),
});
export type Quoted = z.infer<typeof QuotedSchema>;

/** `data/outlets.yaml`: each outlet and how we know an article is theirs. */
export const OutletEntrySchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  kind: OutletKindSchema,
  identification: z.strictObject({
    how: IdentificationHowSchema,
    evidence: z.array(QuotedSchema.extend({ note: z.string().min(1) })).default([]),
    /** What names the publisher from outside the article's words (see `OutletMetadataSchema`). */
    metadata: z
      .array(
        z.strictObject({
          article: IdSchema,
          field: z.string().min(1),
          value: z.string().min(1),
          note: z.string().min(1),
        }),
      )
      .default([]),
  }),
});
export type OutletEntry = z.infer<typeof OutletEntrySchema>;
export const OutletsFileSchema = z.array(OutletEntrySchema);

/**
 * How the build recognises a claim in a sentence. Each entry is a regular expression source,
 * matched case-insensitively against one sentence: the sentence must match every `all`, at least
 * one `any` (when given), and no `none`.
 */
export const CuesSchema = z.strictObject({
  all: z.array(z.string().min(1)).default([]),
  any: z.array(z.string().min(1)).default([]),
  none: z.array(z.string().min(1)).default([]),
});
export type Cues = z.infer<typeof CuesSchema>;

/**
 * `data/claims.yaml`: the claims to check and how the build recognises them: by `like`, passages
 * quoted from articles that make the claim (the machine finds the same proposition in the other
 * sentences), by regular-expression `cues`, or both. A claim needs at least one of the two.
 */
export const ClaimEntrySchema = z.strictObject({
  id: IdSchema,
  statement: z.string().min(1),
  category: ClaimCategorySchema,
  claimant: z.string().min(1),
  figure: z
    .strictObject({
      event: IdSchema.nullable(),
      group: FigureGroupSchema,
      outcome: z.string().min(1).nullable(),
    })
    .nullable()
    .default(null),
  cues: CuesSchema.optional(),
  /** Passages that make the claim, each quoted as `reviews.yaml` quotes: words of one article. */
  like: z.array(QuotedSchema).min(1).optional(),
});
export type ClaimEntry = z.infer<typeof ClaimEntrySchema>;
export const ClaimsFileSchema = z.array(ClaimEntrySchema);

/** `data/events.yaml`: what happened, where and when; `place.aliases` are how texts name the place. */
export const EventEntrySchema = z.strictObject({
  id: IdSchema,
  kind: EventKindSchema,
  label: z.string().min(1),
  date: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable().default(null),
  datePrecision: DatePrecisionSchema,
  place: PlaceSchema.nullable(),
});
export type EventEntry = z.infer<typeof EventEntrySchema>;
export const EventsFileSchema = z.array(EventEntrySchema);

/** `data/people.yaml`: speakers, with the names texts call them by. */
export const PersonEntrySchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  affiliation: z.string().min(1).nullable(),
});
export type PersonEntry = z.infer<typeof PersonEntrySchema>;
export const PeopleFileSchema = z.array(PersonEntrySchema);

/** The corpus-wide settings at the top of `data/corpus.yaml`. */
export const CorpusSettingsSchema = z.strictObject({
  title: z.string().min(1),
  /** Relative dates in an article without a published date resolve against this day. */
  referenceDate: IsoDateSchema,
  /**
   * Propose claims beside `claims.yaml` as well (without one the build always proposes them): set
   * when a curator has made some proposals curated and keeps the others as proposals.
   */
  proposeClaims: z.boolean().optional(),
  /** Proposed claim ids a curator dropped, merged away or made curated: the build leaves them out. */
  droppedProposals: z.array(IdSchema).default([]),
});
export type CorpusSettings = z.infer<typeof CorpusSettingsSchema>;
