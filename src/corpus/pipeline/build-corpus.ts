import { parseCorpus } from '../parse-corpus.ts';
import {
  CORPUS_VERSION,
  type Claim,
  type Corpus,
  type DateMention,
  type Diagnostic,
  type Event,
  type Evidence,
  type Figure,
  type Person,
  type Quote,
} from '../schema.ts';
import { NameBook, type Attribution } from './attribution.ts';
import { readVoices } from './voices.ts';
import { groupByArticle } from './group-by-article.ts';
import { sentenceWords, tokenize } from './compare-tokens.ts';
import { findDiscrepancies, type DiscrepancyArticle } from './discrepancies.ts';
import type { InputError } from './input-error.ts';
import { loadInputs, type ArticleInput, type InputFiles, type Inputs } from './load-inputs.ts';
import { compileClaims, matchClaims } from './match-claims.ts';
import { matchExamples } from './match-examples.ts';
import { proposeClaims, type ProposalArticle } from './propose-claims.ts';
import { findReuse, MAX_PARTNERS, sourceGroups, type ComparedArticle } from './reuse.ts';
import { findCredits } from './wire-credits.ts';
import { languageName, unreadLanguage } from './detect-language.ts';
import { applyReviews, parseReviews, type FigureDraft, type Proposals } from './reviews.ts';
import { defaultStages, type BuildStages } from './stages.ts';
import type { ExtractContext, Sentence } from './types.ts';

/**
 * Where a build is, for a progress bar: the stage it has reached, and within the per-article stage
 * how many articles are done. Each stage starts at `done: 0`; only `articles` counts up to `total`.
 */
export interface BuildProgress {
  stage: 'load' | 'articles' | 'claims' | 'compare' | 'check';
  done: number;
  total: number;
  /** What the stage does, in words a person reads ("Reading articles"). */
  label: string;
}

/** How the build runs: without reviews (the machine alone), and where its progress goes. */
export interface BuildOptions {
  /** Ignore `reviews.yaml`: the machine's own proposals, for measuring it. */
  autoOnly?: boolean;
  /**
   * Propose the claims the articles make (`origin: auto`) beside the curated ones. By default the
   * build proposes them only when the folder has no `claims.yaml`.
   */
  proposeClaims?: boolean;
  /** Progress lines; silent by default so tests stay quiet. */
  log?: (line: string) => void;
  /** How messages name the data folder ("data"). */
  root?: string;
  /** Replace stages (tests of one stage's effect on the whole). */
  stages?: Partial<BuildStages>;
  /** Called as each stage starts and after each article; it never changes what is built. */
  onProgress?: (progress: BuildProgress) => void;
}

export type BuildResult =
  | { ok: true; corpus: Corpus; diagnostics: Diagnostic[]; reviewsApplied: number }
  | { ok: false; errors: InputError[] };

/** One article after the per-article stages. */
interface ArticleWork {
  input: ArticleInput;
  removed: Corpus['articles'][number]['removed'];
  sentences: Sentence[];
  headline: number[];
  attributions: Attribution[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bySpan(
  a: { articleId: string; start: number; end: number },
  b: { articleId: string; start: number; end: number },
): number {
  return byText(a.articleId, b.articleId) || a.start - b.start || a.end - b.end;
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

function catalogueOf(inputs: Inputs): { claims: Claim[]; events: Event[]; people: Person[] } {
  return {
    claims: inputs.claims.map((c) => ({
      id: c.id,
      statement: c.statement,
      category: c.category,
      claimant: c.claimant,
      figure:
        c.figure === null
          ? null
          : { eventId: c.figure.event, group: c.figure.group, outcome: c.figure.outcome },
      origin: 'curated' as const,
    })),
    events: inputs.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      date: e.date,
      endDate: e.endDate,
      datePrecision: e.datePrecision,
      place: e.place,
    })),
    people: inputs.people.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      affiliation: p.affiliation,
    })),
  };
}

/**
 * Numbers each article's figures in text order ("000-f01", "000-f02"…) and names each part's
 * total by its id.
 */
function numberFigures(figures: readonly FigureDraft[]): Figure[] {
  const sorted = [...figures].sort(bySpan);
  const counts = new Map<string, number>();
  const ids = new Map<string, string>();
  const numbered = sorted.map((f) => {
    const n = (counts.get(f.articleId) ?? 0) + 1;
    counts.set(f.articleId, n);
    const id = `${f.articleId}-f${String(n).padStart(2, '0')}`;
    ids.set(`${f.articleId}@${f.start}`, id);
    return { id, ...f };
  });
  return numbered.map(({ partOfStart, ...f }) => {
    const { id, articleId, start, end, quote, low, high, qualifier, vague, group, noun } = f;
    const partOf = partOfStart === null ? null : (ids.get(`${articleId}@${partOfStart}`) ?? null);
    return {
      id,
      articleId,
      start,
      end,
      quote,
      low,
      high,
      qualifier,
      vague,
      group,
      noun,
      outcome: f.outcome,
      role: f.role,
      partOf,
      eventId: f.eventId,
      attributedTo: f.attributedTo,
      origin: f.origin,
    };
  });
}

/** What proposing claims reads of each article: its sentences, attributions, figures, quotes, dates. */
function proposalArticles(
  work: readonly ArticleWork[],
  proposals: Proposals,
  inputs: Inputs,
): ProposalArticle[] {
  const figures = groupByArticle(proposals.figures);
  const quotes = groupByArticle(proposals.quotes);
  const dates = groupByArticle(proposals.dates);
  const outletName = new Map(inputs.outlets.map((o) => [o.id, o.name]));
  return work.map((w) => ({
    id: w.input.id,
    outlet: outletName.get(w.input.outletId) ?? w.input.outletId,
    sentences: w.sentences,
    attributions: w.attributions,
    figures: figures.get(w.input.id) ?? [],
    quotes: quotes.get(w.input.id) ?? [],
    dates: dates.get(w.input.id) ?? [],
  }));
}

/**
 * Builds the corpus from a data folder's files: load and validate, clean, segment, extract, match
 * claims, apply reviews (unless `autoOnly`), compare articles, then verify every span and
 * reference with the corpus parser. Pure and deterministic: the same files give the same corpus,
 * byte for byte once serialised. Never throws on bad input: it returns the errors instead.
 */
export function buildCorpus(files: InputFiles, options: BuildOptions = {}): BuildResult {
  const log = options.log ?? (() => {});
  const progress = options.onProgress ?? (() => {});
  const stages: BuildStages = { ...defaultStages, ...options.stages };
  progress({ stage: 'load', done: 0, total: 1, label: 'Loading the files' });
  const loaded = loadInputs(files, { root: options.root ?? 'data' });
  if (!loaded.ok) return loaded;
  const inputs = loaded.inputs;
  const { claims, events, people } = catalogueOf(inputs);
  const organisations = [
    ...new Set([
      ...inputs.claims.map((c) => c.claimant),
      ...inputs.outlets.filter((o) => o.kind !== 'unknown').map((o) => o.name),
    ]),
  ].sort();
  const attributionContext = { people: inputs.people, organisations };
  const compiledClaims = compileClaims(inputs.claims);
  const nameBook = new NameBook(attributionContext);
  const sideOf = (speaker: string) => {
    const name = nameBook.resolve(speaker)?.name ?? speaker;
    return inputs.people.find((p) => p.name === name)?.affiliation ?? name;
  };
  const diagnostics: Diagnostic[] = [];
  const warEvents = new Set(inputs.events.filter((e) => e.kind === 'war').map((e) => e.id));

  const proposals: Proposals = { evidence: [], figures: [], dates: [], quotes: [] };
  const work: ArticleWork[] = [];
  const articleCount = inputs.articles.length;
  progress({ stage: 'articles', done: 0, total: articleCount, label: 'Reading articles' });
  for (const article of inputs.articles) {
    const { text } = article;
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
    const voices = readVoices(sentences, quotes, attributionContext, new Set(headline), nameBook);
    const attributions = voices.sentences;
    work.push({ input: article, removed, sentences, headline, attributions });

    proposals.evidence.push(
      ...matchClaims(article.id, sentences, attributions, compiledClaims, sideOf),
    );
    for (const figure of figures) {
      const { eventNote, ...rest } = figure;
      const speaker = voices.speakerOf(figure.start, figure.end);
      proposals.figures.push({
        ...rest,
        // A count linked to a whole war is wider than the events compared.
        role: rest.role === 'total' && warEvents.has(rest.eventId ?? '') ? 'context' : rest.role,
        articleId: article.id,
        attributedTo: speaker,
        origin: 'auto',
      });
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
    }
    proposals.dates.push(
      ...dates.map((d) => ({ ...d, articleId: article.id, origin: 'auto' as const })),
    );
    proposals.quotes.push(
      ...voices.quotes.map((q) => ({
        articleId: article.id,
        start: q.start,
        end: q.end,
        quote: q.quote,
        speakerId: q.speakerId,
        origin: 'auto' as const,
      })),
    );
    progress({
      stage: 'articles',
      done: work.length,
      total: articleCount,
      label: 'Reading articles',
    });
  }
  log(`extracted ${inputs.articles.length} articles`);

  // Claims defined by quoted examples (`like`): the same proposition in every article.
  if (inputs.examples.length > 0) {
    proposals.evidence.push(
      ...matchExamples(proposalArticles(work, proposals, inputs), claims, inputs.examples, {
        sideOf,
        linked: proposals.evidence,
      }),
    );
  }

  // Without a claims file (or when asked), the machine proposes the claims the articles make.
  const proposing = options.proposeClaims ?? inputs.settings.proposeClaims ?? !inputs.claimsFile;
  const reviewing = !options.autoOnly && inputs.reviews !== null;
  progress({
    stage: 'claims',
    done: 0,
    total: 1,
    label: proposing ? 'Proposing claims' : reviewing ? 'Applying reviews' : 'Collecting claims',
  });
  if (proposing) {
    const proposed = proposeClaims(proposalArticles(work, proposals, inputs), {
      sideOf,
      events: inputs.events,
      taken: new Set(claims.map((c) => c.id)),
    });
    // A proposal the curator dropped, merged or made curated is left out, with its evidence.
    const dropped = new Set(inputs.settings.droppedProposals);
    const kept = proposed.claims.filter((c) => !dropped.has(c.id));
    claims.push(...kept);
    proposals.evidence.push(...proposed.evidence.filter((e) => !dropped.has(e.claimId)));
    log(`proposed ${kept.length} claims`);
  }

  let final = proposals;
  let reviewsApplied = 0;
  if (reviewing && inputs.reviews !== null) {
    const parsed = parseReviews(inputs.reviews);
    if (!parsed.ok) return parsed;
    const applied = applyReviews(parsed.reviews, parsed.source, proposals, {
      texts: new Map(inputs.articles.map((a) => [a.id, a.text])),
      claimIds: new Set(claims.map((c) => c.id)),
      eventIds: new Set(events.map((e) => e.id)),
      personIds: new Set(people.map((p) => p.id)),
    });
    if (!applied.ok) return applied;
    final = applied.proposals;
    reviewsApplied = applied.applied;
    for (const warning of applied.warnings) {
      diagnostics.push({
        level: 'warning',
        code: 'review-stale',
        message: warning.message,
        articleId: warning.articleId,
        start: null,
        end: null,
      });
    }
    log(`applied ${applied.applied} reviews`);
  }

  const evidence: Evidence[] = [...final.evidence].sort(
    (a, b) => bySpan(a, b) || byText(a.claimId, b.claimId),
  );
  const figures = numberFigures(final.figures);
  const dates: DateMention[] = [...final.dates].sort(bySpan);
  const quotes: Quote[] = [...final.quotes].sort(bySpan);

  // Compare: copy between articles and where they disagree.
  progress({ stage: 'compare', done: 0, total: 1, label: 'Comparing articles' });
  const quotesOf = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = quotesOf.get(q.articleId);
    if (list === undefined) quotesOf.set(q.articleId, [q]);
    else list.push(q);
  }
  const compared: ComparedArticle[] = work.map((w) => {
    const quoted = quotesOf.get(w.input.id) ?? [];
    const tokens = tokenize(w.input.text, w.removed, quoted);
    return {
      id: w.input.id,
      text: w.input.text,
      tokens,
      sentences: sentenceWords(w.sentences, tokens),
    };
  });
  const reuse = findReuse(compared, (articleId, partners) =>
    diagnostics.push({
      level: 'info',
      code: 'reuse-capped',
      message: `shares copy with ${partners} articles; the ${MAX_PARTNERS} closest are listed`,
      articleId,
      start: null,
      end: null,
    }),
  );
  const groups = sourceGroups(
    work.map((w) => w.input.id),
    reuse,
  );
  const affiliationOf = new Map(
    people.flatMap((p) => (p.affiliation === null ? [] : [[p.name, p.affiliation] as const])),
  );
  const discrepancyArticles: DiscrepancyArticle[] = work.map((w) => ({
    id: w.input.id,
    sentences: w.sentences,
    attributions: w.attributions,
    headline: w.headline,
  }));
  const discrepancies = findDiscrepancies({
    articles: discrepancyArticles,
    evidence,
    figures,
    quotes,
    claims,
    events,
    people,
    book: nameBook,
    affiliationOf,
  });
  log(`compared: ${reuse.length} reuse pairs, ${discrepancies.length} discrepancies`);

  const sortedDiagnostics = diagnostics.sort(
    (a, b) =>
      byText(a.articleId ?? '', b.articleId ?? '') ||
      (a.start ?? -1) - (b.start ?? -1) ||
      byText(a.code, b.code) ||
      byText(a.message, b.message),
  );
  const corpus: Corpus = {
    version: CORPUS_VERSION,
    title: inputs.settings.title,
    referenceDate: inputs.settings.referenceDate,
    outlets: inputs.outlets,
    articles: work.map((w) => ({
      id: w.input.id,
      outletId: w.input.outletId,
      title: w.input.title,
      published: w.input.published,
      url: w.input.url,
      text: w.input.text,
      removed: [...w.removed].sort((a, b) => a.start - b.start || a.end - b.end),
    })),
    claims,
    events,
    people,
    evidence,
    figures,
    dates,
    quotes,
    reuse,
    sourceGroups: groups,
    credits: work.flatMap((w) => findCredits(w.input.id, w.input.text, w.removed, inputs.outlets)),
    discrepancies,
    diagnostics: sortedDiagnostics,
  };

  // Verify: the schema, every reference and every span. A failure here is a bug in a stage.
  progress({ stage: 'check', done: 0, total: 1, label: 'Checking every span' });
  const verified = parseCorpus(corpus);
  if (!verified.ok) {
    return {
      ok: false,
      errors: [verified.failure.summary, ...verified.failure.details].map((message) => ({
        file: 'corpus',
        line: null,
        field: null,
        message,
      })),
    };
  }
  return { ok: true, corpus: verified.corpus, diagnostics: sortedDiagnostics, reviewsApplied };
}
