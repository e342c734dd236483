import {
  attributeSentences,
  countSource,
  NameBook,
  type Attribution,
  type AttributionContext,
} from './attribution.ts';
import { flat } from './segment.ts';
import { indexHolding, lastHolding } from './spans.ts';
import type { QuoteProposal, Sentence } from './types.ts';

/**
 * Who speaks in one article: the one place the build asks whose words a quotation, a sentence or
 * a figure carries. Quotations are read with their own cues ("…,” she said"), sentences with
 * theirs ("X said that …"); where both read the same reporting clause they give one answer, and
 * each fills in what the other cannot tell.
 */
export interface Voices {
  /** The quotations, each with its speaker: its own cue's, else its sentence's when catalogued. */
  quotes: QuoteProposal[];
  /** One attribution per sentence, aligned with the sentences. */
  sentences: Attribution[];
  /**
   * The speaker of the words at [start, end): the quotation that holds them, else a source their
   * own words name ("a toll of 40 that the group claims"), else their sentence's speaker.
   */
  speakerOf(start: number, end: number): string | null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function readVoices(
  sentences: readonly Sentence[],
  quotes: readonly QuoteProposal[],
  context: AttributionContext,
  /** Indexes of the headline's sentences. */
  headlines: ReadonlySet<number> = new Set(),
  book: NameBook = new NameBook(context),
): Voices {
  const sorted = [...quotes].sort((x, y) => x.start - y.start || x.end - y.end);
  const attributions = attributeSentences(sentences, sorted, context, headlines);
  const nameOf = new Map(context.people.map((p) => [p.id, p.name]));
  const idOf = new Map(context.people.map((p) => [p.name, p.id]));

  // One reporting clause, one speaker: a sentence whose cue is the cue a quotation's speaker was
  // read from takes that speaker, who is a catalogued person or body the quote's cue named.
  for (const quote of sorted) {
    const cue = quote.speakerCue;
    const name = quote.speakerId === null ? undefined : nameOf.get(quote.speakerId);
    if (cue === null || name === undefined) continue;
    const at = indexHolding(sentences, cue.start);
    const sentence = attributions[at];
    if (sentence?.cue == null || !overlaps(sentence.cue, cue) || sentence.speaker === name) {
      continue;
    }
    attributions[at] = { ...sentence, speaker: name, unresolved: false };
  }

  // A quotation whose own cue names no one is its sentence's words when the sentence names a
  // catalogued speaker: 'The group has documented "carnage"' quotes the group.
  const voiced = sorted.map((q) => {
    if (q.speakerId !== null) return q;
    const speaker = attributions[indexHolding(sentences, q.start)]?.speaker;
    const id = speaker == null ? undefined : idOf.get(speaker);
    return id === undefined ? q : { ...q, speakerId: id };
  });

  return {
    quotes: voiced,
    sentences: attributions,
    speakerOf(start, end) {
      // The innermost quote that holds the words, by its own cue only: a quote filled in from its
      // sentence gives way to a source the figure's own words name.
      const quote = sorted[lastHolding(sorted, start, end)];
      if (quote?.speakerId != null) return nameOf.get(quote.speakerId) ?? null;
      const at = indexHolding(sentences, start);
      const within = sentences[at];
      if (within === undefined) return null;
      const own = countSource(flat(within.quote), start - within.start, end - within.start, book);
      return own ?? attributions[at]?.speaker ?? null;
    },
  };
}
