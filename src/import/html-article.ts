import { Readability } from '@mozilla/readability';
import type { DraftEvidence, ImportProblem } from '../project/article-draft.ts';
import { dayOf, emptyDraft, httpUrl, oneLine, problem, type ReadResult } from './draft-fields.ts';
import { htmlToText } from './html-text.ts';
import { readPageMetadata, TIME_IN_ARTICLE } from './page-metadata.ts';

/**
 * Parses a page into an inert document: its scripts never run and nothing it names is fetched,
 * because the document has no window of its own and is never inserted into the page.
 */
function inertDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What a statement proposes once normalised, or null when it cannot be used. */
function proposal(statement: DraftEvidence): string | null {
  switch (statement.proposes) {
    case 'published':
      return dayOf(statement.value);
    case 'url':
      return httpUrl(statement.value);
    default: {
      const value = oneLine(statement.value);
      return value === '' ? null : value;
    }
  }
}

/** The article Readability finds, as an element of the inert document; null when it finds none. */
function readabilityArticle(doc: Document): { content: Element; byline: string | null } | null {
  try {
    const article = new Readability<Element>(doc, {
      serializer: (node) => node as Element,
    }).parse();
    if (article?.content == null) return null;
    return { content: article.content, byline: article.byline ?? null };
  } catch {
    // Readability throws on documents it cannot walk; the whole page is then read instead.
    return null;
  }
}

/**
 * Reads a saved web page: the article's text as plain paragraphs (Readability picks the article),
 * and the title, outlet, date, URL and byline the page's own metadata states, each with where it
 * was read. Never throws.
 */
export function readHtmlArticle(source: string, html: string): ReadResult {
  const problems: ImportProblem[] = [];
  const doc = inertDocument(html);
  const metadata = readPageMetadata(doc);
  for (const what of metadata.unreadable) {
    problems.push(problem(source, 'warning', `The page's ${what}: it was ignored.`));
  }

  const found = readabilityArticle(doc);
  let text = found === null ? '' : htmlToText(found.content);
  if (text === '') {
    // Readability changed the document it read: parse the page again for its whole text.
    text = htmlToText(inertDocument(html).body);
    if (text !== '') {
      problems.push(
        problem(
          source,
          'warning',
          `No article was found in the page, so the whole page's text was taken: the build sets menus and other page furniture aside, but check that the article is there.`,
        ),
      );
    }
  }
  if (text === '') {
    problems.push(problem(source, 'error', 'The page has no text in it: nothing was imported.'));
    return { drafts: [], problems };
  }

  const statements = [...metadata.statements];
  if (found?.byline != null && found.byline.trim() !== '') {
    statements.unshift({
      proposes: 'byline',
      from: 'the byline Readability found',
      value: found.byline,
    });
  }
  const time = found?.content.querySelector('time[datetime]')?.getAttribute('datetime');
  if (time != null && !statements.some((statement) => statement.from === TIME_IN_ARTICLE)) {
    statements.push({ proposes: 'published', from: TIME_IN_ARTICLE, value: time });
  }

  const draft = emptyDraft(source, text);
  for (const statement of statements) {
    const field = statement.proposes;
    if (draft[field] !== null) continue;
    const value = proposal(statement);
    if (value === null) {
      if (field === 'published' || field === 'url') {
        const expected = field === 'published' ? 'a date (YYYY-MM-DD)' : 'an http(s) address';
        problems.push(
          problem(
            source,
            'warning',
            `The page's ${statement.from} says "${statement.value}", which is not ${expected}; it was not used.`,
            { field },
          ),
        );
      }
      continue;
    }
    draft[field] = value;
    draft.evidence.push(statement);
  }
  return { drafts: [{ draft, file: source, line: null }], problems };
}
