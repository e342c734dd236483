import type { EventEntry, PersonEntry } from '../catalogue-schema.ts';
import type { DatePrecision, FigureGroup, FigureRole, Removed } from '../schema.ts';

/**
 * The shapes passed between the stages of the corpus build. Every stage is a pure function of its
 * inputs; only the CLI touches files.
 */

/** A range of an article's text, JavaScript string offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A verbatim piece of one article's text: `text.slice(start, end) === quote`. */
export interface Located extends TextRange {
  quote: string;
}

/** One sentence of body text (never inside a removed range); `quote` is its exact text. */
export interface Sentence extends Located {
  /** Index of the paragraph (blank-line or line-break separated block) the sentence sits in. */
  paragraph: number;
}

/** What every extractor knows about the article it reads. */
export interface ExtractContext {
  /** The day relative dates resolve against: the article's published date, else the corpus reference date. */
  referenceDate: string;
  events: readonly EventEntry[];
  people: readonly PersonEntry[];
}

/** `clean`: boilerplate ranges of one article, by general rules plus a small per-site list. */
export type CleanArticle = (text: string) => Removed[];

/** `segment`: the sentences of the body text outside the removed ranges, in text order. */
export type SegmentSentences = (text: string, removed: readonly TextRange[]) => Sentence[];

/** A figure the machine found; the build adds id, articleId, attributedTo and origin. */
export interface FigureProposal extends Located {
  low: number;
  high: number | null;
  qualifier: string | null;
  vague: boolean;
  group: FigureGroup;
  /** The counted noun as written; null when the number stands alone ("the toll rose to 41"). */
  noun: string | null;
  outcome: string | null;
  role: FigureRole;
  /** For a part: where the total it belongs to starts in the text (the build turns it into an id). */
  partOfStart: number | null;
  eventId: string | null;
  /** Why no event was linked, when `eventId` is null (becomes a diagnostic). */
  eventNote: string | null;
}

/** A date the machine found and resolved; the build adds articleId and origin. */
export interface DateProposal extends Located {
  value: string;
  valueEnd: string | null;
  precision: DatePrecision;
  eventId: string | null;
}

/** A place named in the text, matched through an event's place name or aliases. */
export interface PlaceMention extends Located {
  eventId: string;
}

/** Words inside quotation marks and who said them, where the text tells. */
export interface QuoteProposal extends Located {
  speakerId: string | null;
  /** The words that name the speaker ("ministry spokeswoman Jana Holt", "he"), when found. */
  speakerCue: Located | null;
}

export type ExtractFigures = (
  text: string,
  sentences: readonly Sentence[],
  context: ExtractContext,
) => FigureProposal[];
export type ExtractDates = (
  text: string,
  sentences: readonly Sentence[],
  context: ExtractContext,
) => DateProposal[];
export type ExtractPlaces = (
  text: string,
  sentences: readonly Sentence[],
  context: ExtractContext,
) => PlaceMention[];
export type ExtractQuotes = (
  text: string,
  sentences: readonly Sentence[],
  context: ExtractContext,
) => QuoteProposal[];
