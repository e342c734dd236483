import type { Corpus, Span } from './schema.ts';

export type CorpusProblemCode =
  'empty-corpus' | 'duplicate-id' | 'dangling-reference' | 'span-out-of-range' | 'span-mismatch';

/** One thing wrong with a corpus that its schema alone cannot see, with the field path that holds it. */
export interface CorpusProblem {
  code: CorpusProblemCode;
  /** Where, as a JSON path: "figures[3].articleId". */
  path: string;
  message: string;
}

const MAX_QUOTE_IN_MESSAGE = 60;

function clip(text: string): string {
  return text.length > MAX_QUOTE_IN_MESSAGE ? `${text.slice(0, MAX_QUOTE_IN_MESSAGE)}…` : text;
}

/**
 * Checks what the schema cannot: every id that one record gives for another resolves, ids are
 * unique, and every span lies inside its article and equals its quote. Returns all problems found,
 * empty when the corpus is sound.
 */
export function checkCorpus(corpus: Corpus): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const report = (code: CorpusProblemCode, path: string, message: string) =>
    problems.push({ code, path, message });

  if (corpus.articles.length === 0) {
    report('empty-corpus', 'articles', 'the corpus has no articles');
  }

  const idsOf = <T extends { id: string }>(items: T[], name: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        report(
          'duplicate-id',
          `${name}[${i}].id`,
          `${name} id "${item.id}" appears more than once`,
        );
      }
      seen.add(item.id);
    });
    return seen;
  };
  const outletIds = idsOf(corpus.outlets, 'outlets');
  idsOf(corpus.articles, 'articles');
  const claimIds = idsOf(corpus.claims, 'claims');
  const eventIds = idsOf(corpus.events, 'events');
  const personIds = idsOf(corpus.people, 'people');
  idsOf(corpus.figures, 'figures');
  const textOf = new Map(corpus.articles.map((a) => [a.id, a.text]));

  const resolve = (ids: Set<string>, kind: string, id: string | null, path: string) => {
    if (id !== null && !ids.has(id)) {
      report(
        'dangling-reference',
        path,
        `${path} names ${kind} "${id}", which is not in the corpus`,
      );
    }
  };
  const articleIds = new Set(textOf.keys());

  const checkRange = (articleId: string, start: number, end: number, path: string): boolean => {
    const text = textOf.get(articleId);
    if (text === undefined) return false;
    if (start > end || end > text.length) {
      report(
        'span-out-of-range',
        path,
        `${path} runs from ${start} to ${end}, outside article "${articleId}" (${text.length} characters)`,
      );
      return false;
    }
    return true;
  };

  const checkQuote = (
    articleId: string,
    start: number,
    end: number,
    quote: string,
    path: string,
  ) => {
    if (!checkRange(articleId, start, end, path)) return;
    const actual = (textOf.get(articleId) ?? '').slice(start, end);
    if (actual !== quote) {
      report(
        'span-mismatch',
        path,
        `${path}.quote is "${clip(quote)}" but article "${articleId}" has "${clip(actual)}" at ${start}–${end}`,
      );
    }
  };

  const checkSpan = (span: Span, path: string) => {
    resolve(articleIds, 'article', span.articleId, `${path}.articleId`);
    checkQuote(span.articleId, span.start, span.end, span.quote, path);
  };

  corpus.outlets.forEach((outlet, i) => {
    outlet.identification.evidence.forEach((span, j) =>
      checkSpan(span, `outlets[${i}].identification.evidence[${j}]`),
    );
    outlet.identification.metadata?.forEach((given, j) =>
      resolve(
        articleIds,
        'article',
        given.articleId,
        `outlets[${i}].identification.metadata[${j}].articleId`,
      ),
    );
  });
  corpus.articles.forEach((article, i) => {
    resolve(outletIds, 'outlet', article.outletId, `articles[${i}].outletId`);
    article.removed.forEach((range, j) =>
      checkRange(article.id, range.start, range.end, `articles[${i}].removed[${j}]`),
    );
  });
  corpus.claims.forEach((claim, i) => {
    resolve(eventIds, 'event', claim.figure?.eventId ?? null, `claims[${i}].figure.eventId`);
    // A machine-worded statement is an article's sentence, verbatim: traced like any span.
    if (claim.machineWorded !== undefined) {
      checkSpan(claim.machineWorded, `claims[${i}].machineWorded`);
      if (claim.statement !== claim.machineWorded.quote) {
        report(
          'span-mismatch',
          `claims[${i}].statement`,
          `claims[${i}].statement is not the sentence it was taken from: "${clip(claim.statement)}"`,
        );
      }
    }
  });
  corpus.evidence.forEach((evidence, i) => {
    checkSpan(evidence, `evidence[${i}]`);
    resolve(claimIds, 'claim', evidence.claimId, `evidence[${i}].claimId`);
  });
  corpus.figures.forEach((figure, i) => {
    checkSpan(figure, `figures[${i}]`);
    resolve(eventIds, 'event', figure.eventId, `figures[${i}].eventId`);
  });
  corpus.dates.forEach((date, i) => {
    checkSpan(date, `dates[${i}]`);
    resolve(eventIds, 'event', date.eventId, `dates[${i}].eventId`);
  });
  corpus.quotes.forEach((quote, i) => {
    checkSpan(quote, `quotes[${i}]`);
    resolve(personIds, 'person', quote.speakerId, `quotes[${i}].speakerId`);
  });
  corpus.reuse.forEach((reuse, i) => {
    resolve(articleIds, 'article', reuse.articleA, `reuse[${i}].articleA`);
    resolve(articleIds, 'article', reuse.articleB, `reuse[${i}].articleB`);
    reuse.passages.forEach((p, j) => {
      const path = `reuse[${i}].passages[${j}]`;
      checkQuote(reuse.articleA, p.startA, p.endA, p.quoteA, `${path}.A`);
      checkQuote(reuse.articleB, p.startB, p.endB, p.quoteB, `${path}.B`);
    });
  });
  corpus.sourceGroups.forEach((group, i) =>
    group.articleIds.forEach((id, j) =>
      resolve(articleIds, 'article', id, `sourceGroups[${i}].articleIds[${j}]`),
    ),
  );
  corpus.credits.forEach((credit, i) => {
    checkSpan(credit, `credits[${i}]`);
    resolve(outletIds, 'outlet', credit.outletId, `credits[${i}].outletId`);
  });
  corpus.discrepancies.forEach((discrepancy, i) => {
    resolve(claimIds, 'claim', discrepancy.claimId, `discrepancies[${i}].claimId`);
    resolve(eventIds, 'event', discrepancy.eventId, `discrepancies[${i}].eventId`);
    discrepancy.items.forEach((item, j) => checkSpan(item, `discrepancies[${i}].items[${j}]`));
  });
  corpus.diagnostics.forEach((diagnostic, i) => {
    resolve(articleIds, 'article', diagnostic.articleId, `diagnostics[${i}].articleId`);
    if (diagnostic.articleId !== null && diagnostic.start !== null && diagnostic.end !== null) {
      checkRange(diagnostic.articleId, diagnostic.start, diagnostic.end, `diagnostics[${i}]`);
    }
  });

  return problems;
}
