import { z } from 'zod';
import {
  DatePrecisionSchema,
  FigureGroupSchema,
  FigureRoleSchema,
  IdSchema,
  IsoDateSchema,
  RemovedReasonSchema,
  StanceSchema,
} from '../schema.ts';

/**
 * The gold annotation of one article, as a person writes it in `gold/<article id>.yaml`: the truth
 * the machine's `--auto-only` proposals are measured against. Every item points into the article
 * by quoting its exact words (and, when they recur, which occurrence), never by offsets.
 */

const quoted = {
  /** The exact words of the article. */
  quote: z.string().min(1),
  /** Which match of `quote` (1-based) when the words occur more than once. */
  occurrence: z.int().positive().optional(),
};

/** Boilerplate the cleaner should remove: from `quote` to the end of `through` (or `quote` alone). */
export const GoldBoilerplateSchema = z.strictObject({
  ...quoted,
  /** The last words of the range, when it runs past `quote`: its first match at or after `quote`. */
  through: z.string().min(1).optional(),
  reason: RemovedReasonSchema,
});
export type GoldBoilerplate = z.infer<typeof GoldBoilerplateSchema>;

/** A counted quantity (of people, of attacks or of other things) in the body text. */
export const GoldFigureSchema = z
  .strictObject({
    ...quoted,
    low: z.number().nonnegative(),
    high: z.number().nonnegative().nullable(),
    qualifier: z.string().min(1).nullable(),
    vague: z.boolean(),
    group: FigureGroupSchema,
    /** The counted noun as written; null when none is ("the toll rose to 41"). Optional in older gold. */
    noun: z.string().min(1).nullable().optional(),
    outcome: z.string().min(1).nullable(),
    role: FigureRoleSchema,
    event: IdSchema.nullable(),
    attributedTo: z.string().min(1).nullable(),
  })
  .refine((f) => f.high === null || f.high >= f.low, {
    message: 'high must be null or at least low',
    path: ['high'],
  });
export type GoldFigure = z.infer<typeof GoldFigureSchema>;

/** A calendar date, month, year or relative day in the body text, resolved to a calendar day. */
export const GoldDateSchema = z
  .strictObject({
    ...quoted,
    value: IsoDateSchema,
    valueEnd: IsoDateSchema.nullable(),
    precision: DatePrecisionSchema,
    event: IdSchema.nullable(),
  })
  .refine((d) => d.valueEnd === null || d.valueEnd >= d.value, {
    message: 'valueEnd must be null or on or after value',
    path: ['valueEnd'],
  });
export type GoldDate = z.infer<typeof GoldDateSchema>;

/** Words inside quotation marks (not the marks) and who the text says spoke them. */
export const GoldQuoteSchema = z.strictObject({
  ...quoted,
  /** A `people.yaml` id; null where the text does not tell. */
  speaker: IdSchema.nullable(),
});
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

/** A sentence that carries a claim, with the article's stance towards it. */
export const GoldEvidenceSchema = z
  .strictObject({
    claim: IdSchema,
    ...quoted,
    stance: StanceSchema,
    attributedTo: z.string().min(1).nullable(),
    hedged: z.boolean(),
  })
  .refine((e) => e.stance !== 'asserts' || e.attributedTo === null, {
    message: 'an article that asserts a claim in its own voice attributes it to no one',
    path: ['attributedTo'],
  });
export type GoldEvidence = z.infer<typeof GoldEvidenceSchema>;

/** One file of `gold/`: the whole annotation of one article. */
export const GoldFileSchema = z.strictObject({
  article: IdSchema,
  boilerplate: z.array(GoldBoilerplateSchema).default([]),
  figures: z.array(GoldFigureSchema).default([]),
  dates: z.array(GoldDateSchema).default([]),
  quotes: z.array(GoldQuoteSchema).default([]),
  evidence: z.array(GoldEvidenceSchema).default([]),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;
