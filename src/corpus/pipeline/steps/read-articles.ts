import type { Corpus, DateMention, Diagnostic, Evidence, Quote } from '../../schema.ts';
import type { Attribution } from '../attribution.ts';
import { languageName, unreadLanguage } from '../detect-language.ts';
import type { ArticleInput, Inputs } from '../load-inputs.ts';
import { matchClaims } from '../match-claims.ts';
import type { FigureDraft, Proposals } from '../reviews.ts';
import type { BuildStages } from '../stages.ts';
import type { ExtractContext, Sentence } from '../types.ts';
import { readVoices } from '../voices.ts';
import type { Catalogue } from './catalogue.ts';
import type { Report } from './options.ts';

/**
 * Stage 3, read articles. Takes the inputs, the catalogue and the per-article stages
 * (`stages.ts`); gives each article's work (removed ranges, sentences, headline, who speaks in
 * each sentence), the machine's proposals (claim evidence, figures, dates, quotes) and what it
 * noticed on the way. Each article is read on its own, in file order.
 */

/** One article after the per-article stages. */
export interface ArticleWork {
  input: ArticleInput;
  removed: Corpus['articles'][number]['removed'];
  sentences: Sentence[];
  headline: number[];
  attributions: Attribution[];
}

/** Every article read, with what the machine proposes and notices in them. */
export interface ArticlesRead {
  work: ArticleWork[];
  proposals: Proposals;
  diagnostics: Diagnostic[];
}

/** One article read: its work, and its share of the proposals and diagnostics. */
interface ArticleRead {
  work: ArticleWork;
  evidence: Evidence[];
  figures: FigureDraft[];
  dates: DateMention[];
  quotes: Quote[];
  diagnostics: Diagnostic[];
}

/** Reads every article, reporting after each one. */
export function readArticles(
  inputs: Inputs,
  catalogue: Catalogue,
  stages: BuildStages,
  report: Report,
): ArticlesRead {
  const total = inputs.articles.length;
  const label = 'Reading articles';
  report.progress({ stage: 'articles', done: 0, total, label });
  const read = inputs.articles.map((article, i) => {
    const one = readArticle(article, inputs, catalogue, stages);
    report.progress({ stage: 'articles', done: i + 1, total, label });
    return one;
  });
  report.log(`extracted ${total} articles`);
  return {
    work: read.map((r) => r.work),
    proposals: {
      evidence: read.flatMap((r) => r.evidence),
      figures: read.flatMap((r) => r.figures),
      dates: read.flatMap((r) => r.dates),
      quotes: read.flatMap((r) => r.quotes),
    },
    diagnostics: read.flatMap((r) => r.diagnostics),
  };
}

/**
 * Cleans, segments, extracts, links and attributes one article, then matches the curated claims
 * in it.
 */
function readArticle(
  article: ArticleInput,
  inputs: Inputs,
  catalogue: Catalogue,
  stages: BuildStages,
): ArticleRead {
  const { text } = article;
  const diagnostics: Diagnostic[] = [];
  const context: ExtractContext = {
    referenceDate: article.published ?? inputs.settings.referenceDate,
    events: inputs.events,
    people: inputs.people,
  };
  const removed = stages.clean(text);
  const segmented = stages.segment(text, removed);
  // An article in a language the rules do not read yields nothing, and says so: its empty
  // cells mean "not read", never "reported nothing".
  const language = unreadLanguage(segmented.map((s) => s.quote).join(' '));
  if (language !== null) {
    diagnostics.push({
      level: 'warning',
      code: 'language-not-read',
      message: `This article looks ${languageName(language)} (${language}); the machine reads English only, so it proposed no figures, dates, quotes or claims for it. Its empty cells mean "not read", not "not reported".`,
      articleId: article.id,
      start: null,
      end: null,
    });
  }
  const sentences = language === null ? segmented : [];
  const quotes = stages.quotes(text, sentences, context).sort((x, y) => x.start - y.start);
  const found = stages.dates(text, sentences, context);
  const places = stages.places(text, sentences, context);
  const figures = stages.linkFigures(
    text,
    sentences,
    stages.figures(text, sentences, context),
    found,
    places,
    context,
  );
  const dates = stages.linkDates(text, sentences, found, context);
  const headline = headlineSentences(article, sentences);
  const voices = readVoices(
    sentences,
    quotes,
    catalogue.attributionContext,
    new Set(headline),
    catalogue.nameBook,
  );
  const attributions = voices.sentences;
  const evidence = matchClaims(
    article.id,
    sentences,
    attributions,
    catalogue.compiledClaims,
    catalogue.sideOf,
  );
  const figureDrafts = figures.map((figure): FigureDraft => {
    const { eventNote, ...rest } = figure;
    if (figure.eventId === null) {
      diagnostics.push({
        level: 'info',
        code: 'figure-without-event',
        message: `"${figure.quote}": ${eventNote ?? 'no event found for this figure'}`,
        articleId: article.id,
        start: figure.start,
        end: figure.end,
      });
    }
    return {
      ...rest,
      // A count linked to a whole war is wider than the events compared.
      role:
        rest.role === 'total' && catalogue.warEvents.has(rest.eventId ?? '')
          ? 'context'
          : rest.role,
      articleId: article.id,
      attributedTo: voices.speakerOf(figure.start, figure.end),
      origin: 'auto',
    };
  });
  return {
    work: { input: article, removed, sentences, headline, attributions },
    evidence,
    figures: figureDrafts,
    dates: dates.map((d) => ({ ...d, articleId: article.id, origin: 'auto' as const })),
    quotes: voices.quotes.map((q) => ({
      articleId: article.id,
      start: q.start,
      end: q.end,
      quote: q.quote,
      speakerId: q.speakerId,
      origin: 'auto' as const,
    })),
    diagnostics,
  };
}

/** The sentences that make up the headline: those inside the title's first appearance in the text. */
function headlineSentences(article: ArticleInput, sentences: readonly Sentence[]): number[] {
  const title = article.title?.trim();
  if (title === undefined || title === '') return [];
  const at = article.text.indexOf(title);
  if (at < 0) return [];
  const end = at + title.length;
  return sentences.flatMap((s, i) => (s.start >= at && s.end <= end ? [i] : []));
}
