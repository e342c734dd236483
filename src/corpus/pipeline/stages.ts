import { cleanArticle } from './clean.ts';
import { extractDates } from './extract-dates.ts';
import { extractFigures } from './extract-figures.ts';
import { extractPlaces } from './extract-places.ts';
import { extractQuotes } from './extract-quotes.ts';
import { linkDates, linkEvents } from './link-events.ts';
import { segmentSentences } from './segment.ts';
import type {
  CleanArticle,
  DateProposal,
  ExtractContext,
  ExtractDates,
  ExtractFigures,
  ExtractPlaces,
  ExtractQuotes,
  FigureProposal,
  PlaceMention,
  SegmentSentences,
  Sentence,
} from './types.ts';

/** Sets each figure's event (or says why none) once dates and places are known. */
export type LinkFigures = (
  text: string,
  sentences: readonly Sentence[],
  figures: readonly FigureProposal[],
  dates: readonly DateProposal[],
  places: readonly PlaceMention[],
  context: ExtractContext,
) => FigureProposal[];

/** Sets each date's event. */
export type LinkDates = (
  text: string,
  sentences: readonly Sentence[],
  dates: readonly DateProposal[],
  context: ExtractContext,
) => DateProposal[];

/**
 * The per-article stages of the build (run by `steps/read-articles.ts`), each a pure function,
 * replaceable one at a time in tests.
 */
export interface BuildStages {
  clean: CleanArticle;
  segment: SegmentSentences;
  figures: ExtractFigures;
  dates: ExtractDates;
  places: ExtractPlaces;
  quotes: ExtractQuotes;
  linkFigures: LinkFigures;
  linkDates: LinkDates;
}

/** The stages the build runs unless told otherwise. */
export const defaultStages: BuildStages = {
  clean: cleanArticle,
  segment: segmentSentences,
  figures: extractFigures,
  dates: extractDates,
  places: extractPlaces,
  quotes: extractQuotes,
  linkFigures: linkEvents,
  linkDates,
};
