import type { DraftEvidence } from '../project/article-draft.ts';

/** What a saved page says about itself, before any choice: every statement, where it was read. */
export interface PageMetadata {
  /** Each field's statements in the order they are trusted, the best first. */
  statements: DraftEvidence[];
  /** Metadata that could not be read (a JSON-LD block that is not JSON), for a warning. */
  unreadable: string[];
}

/** Where a date read from a `<time>` element of the article is said to come from. */
export const TIME_IN_ARTICLE = '<time datetime> in the article';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `content` of the first `<meta>` whose property, name or itemprop is `key`. */
function metaContent(doc: Document, key: string): string | null {
  for (const meta of doc.querySelectorAll('meta')) {
    const names = ['property', 'name', 'itemprop'].map((attr) => meta.getAttribute(attr));
    if (!names.some((name) => name?.trim().toLowerCase() === key)) continue;
    const content = meta.getAttribute('content');
    if (content !== null && content.trim() !== '') return content;
  }
  return null;
}

/** The `href` of the first `<link>` whose rel names `rel`. */
function linkHref(doc: Document, rel: string): string | null {
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
    if (rels.includes(rel)) return link.getAttribute('href');
  }
  return null;
}

/** Every JSON-LD node of the page, arrays and `@graph`s flattened, in document order. */
function jsonLdNodes(doc: Document, unreadable: string[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(collect);
      return;
    }
    if (!isObject(value)) return;
    nodes.push(value);
    if ('@graph' in value) collect(value['@graph']);
  };
  const blocks = [...doc.querySelectorAll('script')].filter(
    (script) => (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json',
  );
  blocks.forEach((script, i) => {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch (error) {
      // The parser's message quotes the text around the fault: keep it short and on one line.
      const reason = (error instanceof Error ? error.message : String(error))
        .replace(/\s+/gu, ' ')
        .slice(0, 80);
      unreadable.push(
        `JSON-LD block ${i + 1} of ${blocks.length} (script type="application/ld+json") is not valid JSON (${reason})`,
      );
    }
  });
  return nodes;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((item): item is string => typeof item === 'string');
}

// schema.org's article types all end in "Article" (NewsArticle, ReportageNewsArticle…); a blog
// post is an article under another name.
const isArticleType = (type: string) => /Article$/u.test(type) || type === 'BlogPosting';

/**
 * The names a JSON-LD value gives: a string, an object's `name`, or a reference (`@id`) to a node
 * of the page's graph that has one; a list gives each.
 */
function namesOf(value: unknown, byId: ReadonlyMap<string, JsonObject>): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => namesOf(item, byId));
  if (!isObject(value)) return [];
  if (typeof value.name === 'string' && value.name.trim() !== '') return [value.name];
  const ref = value['@id'];
  const target = typeof ref === 'string' ? byId.get(ref) : undefined;
  return target !== undefined && target !== value && typeof target.name === 'string'
    ? [target.name]
    : [];
}

/**
 * Reads a page's own metadata: Open Graph and article meta tags, the canonical link, JSON-LD and
 * the `<title>`. Read before Readability, which changes the document it parses.
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const statements: DraftEvidence[] = [];
  const unreadable: string[] = [];
  const state = (proposes: DraftEvidence['proposes'], from: string, value: string | null) => {
    if (value !== null && value.trim() !== '') statements.push({ proposes, from, value });
  };

  const nodes = jsonLdNodes(doc, unreadable);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((node) => typesOf(node).some(isArticleType));
  const type = article === undefined ? '' : (typesOf(article).find(isArticleType) ?? '');
  const ld = (field: string): unknown => article?.[field];
  const ldText = (field: string) => {
    const value = ld(field);
    return typeof value === 'string' ? value : null;
  };
  const ldNames = (field: string) => {
    const names = namesOf(ld(field), byId);
    return names.length === 0 ? null : names.join(', ');
  };

  state('title', 'og:title', metaContent(doc, 'og:title'));
  state('title', `JSON-LD ${type} headline`, ldText('headline'));
  state('title', '<title>', doc.querySelector('title')?.textContent ?? null);

  state('outlet', 'og:site_name', metaContent(doc, 'og:site_name'));
  state('outlet', `JSON-LD ${type} publisher.name`, ldNames('publisher'));

  state('published', 'article:published_time', metaContent(doc, 'article:published_time'));
  state('published', `JSON-LD ${type} datePublished`, ldText('datePublished'));
  state(
    'published',
    TIME_IN_ARTICLE,
    doc.querySelector('article time[datetime]')?.getAttribute('datetime') ?? null,
  );

  state('url', 'link rel=canonical', linkHref(doc, 'canonical'));
  state('url', 'og:url', metaContent(doc, 'og:url'));

  state('byline', `JSON-LD ${type} author.name`, ldNames('author'));

  return { statements, unreadable };
}
