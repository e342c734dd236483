import { z } from 'zod';

/**
 * The corpus contract: what the build writes and the dashboard reads. The words are DESIGN.md's.
 * Offsets are JavaScript string offsets (UTF-16) into `article.text`, end exclusive.
 */

/** A catalogue id: lower-case words joined by dashes, or digits (article ids such as "000"). */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes');

/** A calendar day, "2015-12-23". */
export const IsoDateSchema = z.iso.date();

const OffsetSchema = z.int().nonnegative();

/** Who made a link: the machine (`auto`) or a curator (`reviewed`). */
export const OriginSchema = z.enum(['auto', 'reviewed']);
export type Origin = z.infer<typeof OriginSchema>;

/** A verbatim piece of one article: `text.slice(start, end) === quote`. */
export const SpanSchema = z.object({
  articleId: IdSchema,
  start: OffsetSchema,
  end: OffsetSchema,
  quote: z.string().min(1),
});
export type Span = z.infer<typeof SpanSchema>;

export const OutletKindSchema = z.enum([
  'newspaper',
  'wire',
  'broadcaster',
  'magazine',
  'digital',
  'blog',
  'aggregator',
  'unknown',
]);
export type OutletKind = z.infer<typeof OutletKindSchema>;

/**
 * How we know who published an article. `stated`: the text names the publisher as itself, or its
 * page's own metadata does (kept as `metadata`, never as words of the text). `inferred`: page
 * furniture or image names suggest it, or it rests on a table, a file or a person's word.
 * `unknown`: nothing tells.
 */
export const IdentificationHowSchema = z.enum(['stated', 'inferred', 'unknown']);
export type IdentificationHow = z.infer<typeof IdentificationHowSchema>;

/**
 * One thing outside an article's text that names its publisher: a field of the page's metadata
 * ("og:site_name"), a table's column, or a name the person typed, with the value exactly as given.
 * It is not a span: the words are not in `article.text`, so nothing can check them against it.
 */
export const OutletMetadataSchema = z.object({
  articleId: IdSchema,
  /** Where it was given: "og:site_name", "JSON-LD NewsArticle publisher.name", "typed". */
  field: z.string().min(1),
  value: z.string().min(1),
  note: z.string().min(1),
});
export type OutletMetadata = z.infer<typeof OutletMetadataSchema>;

export const OutletSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: OutletKindSchema,
  identification: z.object({
    how: IdentificationHowSchema,
    /** The words in an article that tell (or suggest) who the outlet is, each with why it counts. */
    evidence: z.array(SpanSchema.extend({ note: z.string().min(1) })),
    /**
     * What told who the outlet is from outside an article's words (its page's metadata, a table's
     * column, the person who imported it), each with why it counts. Left out when there is none.
     */
    metadata: z.array(OutletMetadataSchema).optional(),
  }),
});
export type Outlet = z.infer<typeof OutletSchema>;

export const RemovedReasonSchema = z.enum([
  'site-menu',
  'read-mode-widget',
  'trending',
  'related-links',
  'appeal',
  'caption',
  'credit',
  'dateline',
  'other',
]);
export type RemovedReason = z.infer<typeof RemovedReasonSchema>;

export const RemovedSchema = z.object({
  start: OffsetSchema,
  end: OffsetSchema,
  reason: RemovedReasonSchema,
  /** The rule that removed it, for a curator to audit. */
  rule: z.string().min(1),
});
export type Removed = z.infer<typeof RemovedSchema>;

export const ArticleSchema = z.object({
  id: IdSchema,
  outletId: IdSchema,
  title: z.string().min(1).nullable(),
  published: IsoDateSchema.nullable(),
  url: z.url().nullable(),
  /** Who the article's page or file names as its author; absent when nothing does. */
  byline: z.string().min(1).optional(),
  /** The body exactly as received, after the front matter. */
  text: z.string(),
  /** Boilerplate: kept in `text` so offsets match the file, listed here so views can set it aside. */
  removed: z.array(RemovedSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ClaimCategorySchema = z.enum([
  'casualties',
  'legal-assessment',
  'denial',
  'weapons',
  'method',
  'chronology',
]);
export type ClaimCategory = z.infer<typeof ClaimCategorySchema>;

export const FigureGroupSchema = z.enum([
  'civilians',
  'children',
  'women',
  'fighters',
  'people',
  'attacks',
  'other',
]);
export type FigureGroup = z.infer<typeof FigureGroupSchema>;

/** Who defined a claim: a curator (`curated`) or the machine proposing it (`auto`). */
export const ClaimOriginSchema = z.enum(['curated', 'auto']);
export type ClaimOrigin = z.infer<typeof ClaimOriginSchema>;

export const ClaimSchema = z.object({
  id: IdSchema,
  /**
   * The proposition: a curator's canonical words, or, for a claim the machine worded
   * (`machineWorded` is set), one sentence of an article exactly as written.
   */
  statement: z.string().min(1),
  category: ClaimCategorySchema,
  /** Who first made the claim: "Harbour Watch", "the Interior Ministry"… */
  claimant: z.string().min(1),
  /** Where the claim is a count, which figures carry it: the matrix shows the one each outlet cites. */
  figure: z
    .object({
      eventId: IdSchema.nullable(),
      group: FigureGroupSchema,
      outcome: z.string().min(1).nullable(),
    })
    .nullable(),
  origin: ClaimOriginSchema,
  /**
   * Set when the machine worded the statement (never a paraphrase): the article sentence it is,
   * verbatim (`statement === machineWorded.quote`), so it can be traced. Absent on curated claims.
   */
  machineWorded: SpanSchema.optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const EventKindSchema = z.enum(['strike', 'campaign', 'publication', 'war', 'other']);
export type EventKind = z.infer<typeof EventKindSchema>;

export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export const PlaceSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  governorate: z.string().min(1).nullable(),
  country: z.string().min(1).nullable(),
  /** [latitude, longitude] in degrees, when known. */
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).nullable(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const EventSchema = z.object({
  id: IdSchema,
  kind: EventKindSchema,
  label: z.string().min(1),
  /** First day (or month, or year, per `datePrecision`), as a calendar day; null when unknown. */
  date: IsoDateSchema.nullable(),
  /** Last day of an event that spans time (a campaign); null for a single day or an open end. */
  endDate: IsoDateSchema.nullable(),
  datePrecision: DatePrecisionSchema,
  place: PlaceSchema.nullable(),
});
export type Event = z.infer<typeof EventSchema>;

export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  affiliation: z.string().min(1).nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const StanceSchema = z.enum(['asserts', 'attributes', 'disputes']);
export type Stance = z.infer<typeof StanceSchema>;

export const EvidenceSchema = SpanSchema.extend({
  claimId: IdSchema,
  stance: StanceSchema,
  /** Whose claim the outlet reports (stance `attributes` or `disputes`); null when it speaks for itself. */
  attributedTo: z.string().min(1).nullable(),
  /** The span keeps a "may", "could", "allegedly". */
  hedged: z.boolean(),
  origin: OriginSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * What a figure counts, relative to the events compared. Only totals (and the parts a claim is
 * about) are compared as tolls; every other role is shown apart, as what it is.
 */
export const FigureRoleSchema = z.enum([
  /** The count for an event as a whole, for its outcome: "at least 200 civilians killed". */
  'total',
  /** A part given with or beside a total: "including 32 children". */
  'part',
  /** What one witness or person saw or lost: "beside 40 bodies", "her three children". */
  'account',
  /** A change in a count, or the earlier value it implies: "rose by one", "up from 11". */
  'change',
  /** A rate or ratio: "ten civilians for each fighter". Never drawn as a count. */
  'ratio',
  /** The work behind a report: attacks documented or analysed, people interviewed. */
  'method',
  /** A count about something wider or other than the events compared: the whole war. */
  'context',
]);
export type FigureRole = z.infer<typeof FigureRoleSchema>;

export const FigureSchema = SpanSchema.extend({
  id: z.string().min(1),
  /** Exact: low === high. "At least 200": low 200, high null. Vague ("hundreds"): low is a convention. */
  low: z.number().nonnegative(),
  high: z.number().nonnegative().nullable(),
  /** "at least", "around", "more than", "almost", "up to"… as written; null when bare. */
  qualifier: z.string().min(1).nullable(),
  /** "hundreds", "dozens": never to be shown as an exact number. */
  vague: z.boolean(),
  group: FigureGroupSchema,
  /** The counted noun as written ("police officers", "air strikes"); null when none is ("the toll rose to 41"). */
  noun: z.string().min(1).nullable(),
  /** killed, injured, killed or missing, documented, analysed… null when the text does not say. */
  outcome: z.string().min(1).nullable(),
  role: FigureRoleSchema,
  /** For a `part`: the id of the total it is a part of, where the text links them. */
  partOf: z.string().min(1).nullable(),
  eventId: IdSchema.nullable(),
  attributedTo: z.string().min(1).nullable(),
  origin: OriginSchema,
});
export type Figure = z.infer<typeof FigureSchema>;

export const DateMentionSchema = SpanSchema.extend({
  /** The resolved day (or first day of a range). */
  value: IsoDateSchema,
  /** The last day of a range ("between 30 Sept and 29 Nov"); null for a single date. */
  valueEnd: IsoDateSchema.nullable(),
  precision: DatePrecisionSchema,
  eventId: IdSchema.nullable(),
  origin: OriginSchema,
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const QuoteSchema = SpanSchema.extend({
  /** The speaker, where the text names one (or a pronoun resolves to one); never guessed. */
  speakerId: IdSchema.nullable(),
  origin: OriginSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ReuseKindSchema = z.enum(['wire', 'spun']);
export type ReuseKind = z.infer<typeof ReuseKindSchema>;

export const PassageSchema = z.object({
  startA: OffsetSchema,
  endA: OffsetSchema,
  quoteA: z.string().min(1),
  startB: OffsetSchema,
  endB: OffsetSchema,
  quoteB: z.string().min(1),
});
export type Passage = z.infer<typeof PassageSchema>;

export const ReuseSchema = z.object({
  articleA: IdSchema,
  articleB: IdSchema,
  /** Share of A's body text found in B (0 to 1). */
  containmentAB: z.number().min(0).max(1),
  /** Share of B's body text found in A (0 to 1). */
  containmentBA: z.number().min(0).max(1),
  kind: ReuseKindSchema,
  passages: z.array(PassageSchema),
});
export type Reuse = z.infer<typeof ReuseSchema>;

/** Articles that reuse each other's copy count as one independent source. */
export const SourceGroupSchema = z.object({
  id: z.string().min(1),
  articleIds: z.array(IdSchema).min(1),
});
export type SourceGroup = z.infer<typeof SourceGroupSchema>;

/**
 * How an article credits a news agency: a contributor line ("Reuters contributed to this report"),
 * a dateline ("BEIRUT (AFP) -"), a sign-off ("— Reuters"), "with AFP", a sentence sourced to it
 * ("according to the X news agency", "told AP"), or a photo credit.
 */
export const CreditFormSchema = z.enum([
  'contributed',
  'dateline',
  'sign-off',
  'with',
  'according-to',
  'told',
  'photo',
]);
export type CreditForm = z.infer<typeof CreditFormSchema>;

/**
 * What a credit covers: the article's copy (`article`), the one sentence that cites the agency
 * (`sentence`), or a picture (`photo`), never the words.
 */
export const CreditScopeSchema = z.enum(['article', 'sentence', 'photo']);
export type CreditScope = z.infer<typeof CreditScopeSchema>;

/** A credit to a news agency in an article's text, verbatim. */
export const CreditSchema = SpanSchema.extend({
  /** The agency as the list of news agencies names it: "Reuters", "Agence France-Presse". */
  agency: z.string().min(1),
  form: CreditFormSchema,
  scope: CreditScopeSchema,
  /** The corpus outlet that is this agency (kind `wire`), when there is one. */
  outletId: IdSchema.nullable(),
});
export type Credit = z.infer<typeof CreditSchema>;

export const DiscrepancyKindSchema = z.enum(['figure', 'hedge', 'quote', 'response', 'headline']);
export type DiscrepancyKind = z.infer<typeof DiscrepancyKindSchema>;

export const DiscrepancySchema = z.object({
  kind: DiscrepancyKindSchema,
  /** What the articles disagree about, in words: "Millbrook strike: children killed". */
  subject: z.string().min(1),
  claimId: IdSchema.nullable(),
  eventId: IdSchema.nullable(),
  items: z.array(SpanSchema.extend({ note: z.string().min(1) })).min(2),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

export const DiagnosticSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string().min(1),
  message: z.string().min(1),
  articleId: IdSchema.nullable(),
  start: OffsetSchema.nullable(),
  end: OffsetSchema.nullable(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const CORPUS_VERSION = 2;

export const CorpusSchema = z.object({
  version: z.literal(CORPUS_VERSION),
  title: z.string().min(1),
  /** The day relative dates resolve against when an article has no published date. */
  referenceDate: IsoDateSchema,
  outlets: z.array(OutletSchema),
  articles: z.array(ArticleSchema),
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
  people: z.array(PersonSchema),
  evidence: z.array(EvidenceSchema),
  figures: z.array(FigureSchema),
  dates: z.array(DateMentionSchema),
  quotes: z.array(QuoteSchema),
  reuse: z.array(ReuseSchema),
  sourceGroups: z.array(SourceGroupSchema),
  /** Credits to news agencies in the texts; empty for a corpus built before credits were read. */
  credits: z.array(CreditSchema).default([]),
  discrepancies: z.array(DiscrepancySchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type Corpus = z.infer<typeof CorpusSchema>;
