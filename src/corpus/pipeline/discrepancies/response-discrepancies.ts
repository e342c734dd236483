import type { Discrepancy, Span } from '../../schema.ts';
import attributionWords from '../lexicon/attribution.json' with { type: 'json' };
import { subjectOf } from '../attribution.ts';
import { articlesNamed, byPlace, byText, item, type DiscrepancyInput } from './shared.ts';

const NO_COMMENT =
  /\b(?:no\s+(?:immediate\s+)?comment|declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond|comment|reply)|could\s+not\s+(?:immediately\s+)?be\s+reached|not\s+(?:immediately\s+)?available\s+for\s+comment|refused\s+to\s+comment)\b/iu;
/** "No immediate comment", "did not immediately respond": an answer at one moment, not a position. */
const NOT_YET = /\b(?:immediate(?:ly)?|yet)\b/iu;
/** Words that call a report false ("baseless", "propaganda"): the attribution lexicon's one list. */
const REJECTION_WORDS = new RegExp(
  `\\b(?:${attributionWords.calledFalseWords.join('|')})(?![\\p{L}])`,
  'iu',
);
const ABOUT_A_REPORT = /\b(?:report|allegations?|accusations?|claims?|findings|charges)\b/iu;
/** A rejection of the report itself, not of one of its points ("accusations … about cluster bombs"). */
const THE_REPORT = /\b(?:report|findings|allegations)\b/iu;
/** Words that place a response in time: "said later on Wednesday", "after reviewing the report". */
const TIMING =
  /\b(?:[Ll]ater(?:\s+(?:that\s+day|on\s+\p{Lu}\p{Ll}+day))?|[Aa]fter\s+(?:reviewing|studying|reading)\s+(?:the|its)\s+report|has\s+(?:now\s+)?studied\s+the\s+report|[Ss]ubsequently|[Aa]fterwards)\b/u;

/** An actor with no comment in one article and rejecting the report in another. */
export function responseDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  type Response = { span: Span; kind: 'no-comment' | 'rejection'; rank: number };
  const byActor = new Map<string, Response[]>();
  for (const article of input.articles) {
    article.sentences.forEach((sentence, i) => {
      const attribution = article.attributions[i];
      const text = sentence.quote;
      // "The ministry had no immediate comment" names its actor as the subject, with no verb of saying.
      const speaker = attribution?.speaker ?? subjectOf(text, input.book);
      if (speaker === null) return;
      const actor = input.affiliationOf.get(speaker) ?? speaker;
      const kind = NO_COMMENT.test(text)
        ? 'no-comment'
        : ABOUT_A_REPORT.test(text) && (attribution?.denial === true || REJECTION_WORDS.test(text))
          ? 'rejection'
          : null;
      if (kind === null) return;
      // The passage that carries the finding: a rejection of the report itself before a rejection
      // of one of its points, and words that place it in time before words that do not.
      const rank =
        kind === 'rejection' ? (THE_REPORT.test(text) ? 2 : 0) + (TIMING.test(text) ? 1 : 0) : 0;
      const span = { articleId: article.id, start: sentence.start, end: sentence.end, quote: text };
      const list = byActor.get(actor);
      const response = { span, kind, rank } as const;
      if (list === undefined) byActor.set(actor, [response]);
      else list.push(response);
    });
  }
  const found: Discrepancy[] = [];
  for (const [actor, responses] of [...byActor].sort(([a], [b]) => byText(a, b))) {
    const silent = responses.filter((r) => r.kind === 'no-comment');
    const rejecting = responses.filter((r) => r.kind === 'rejection');
    const contradicted = silent.filter((s) =>
      rejecting.some((r) => r.span.articleId !== s.span.articleId),
    );
    if (contradicted.length === 0) continue;
    /** Each article's best passage: highest rank, then the first in the text. */
    const bestPerArticle = (list: readonly Response[]) => {
      const best = new Map<string, Response>();
      for (const r of list) {
        const kept = best.get(r.span.articleId);
        if (kept === undefined || r.rank > kept.rank) best.set(r.span.articleId, r);
      }
      return [...best.values()];
    };
    const silentShown = bestPerArticle(contradicted);
    const rejectingShown = bestPerArticle(
      rejecting.filter((r) => !contradicted.some((s) => s.span.articleId === r.span.articleId)),
    );
    const notYet = silentShown.every((r) => NOT_YET.test(r.span.quote));
    const ids = (list: readonly Response[]) => articlesNamed(list.map((r) => r.span.articleId));
    found.push({
      kind: 'response',
      // "No immediate comment" is what an actor said when first asked; a rejection reported by
      // others is what it said later. Both can be true: the articles differ in when they were
      // written, not in what the actor said.
      subject: notYet
        ? `${actor}: “no immediate comment” in ${ids(silentShown)}, a rejection of the report in ${ids(rejectingShown)}: a difference in timing, not a contradiction`
        : `${actor}: no comment in ${ids(silentShown)}, a rejection of the report in ${ids(rejectingShown)}: responses at different times or to different askers`,
      claimId: null,
      eventId: null,
      items: [
        ...silentShown.map((r) =>
          item(
            r.span,
            `article ${r.span.articleId}: ${NOT_YET.test(r.span.quote) ? 'no immediate comment (a first answer)' : 'no comment'}`,
          ),
        ),
        ...rejectingShown.map((r) => {
          const when = TIMING.exec(r.span.quote)?.[0];
          return item(
            r.span,
            `article ${r.span.articleId}: rejects the report${when === undefined ? '' : ` (“${when}”)`}`,
          );
        }),
      ].sort(byPlace),
    });
  }
  return found;
}
