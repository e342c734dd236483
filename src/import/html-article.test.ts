// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from './html-article.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** A page with the given head and article body, long enough for Readability to take it. */
const page = (head: string, article: string) =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${article}</article></body></html>`;
const paragraphs = [
  'The lighthouse keepers of Saltmere voted on Tuesday to keep the lamp lit by hand for one more winter, after a long meeting in the chapel hall.',
  'Their chairman said the vote had been close, and that the question would come back in the spring when the new lenses arrive from the foundry.',
  'Visitors will still be able to climb the tower on Saturdays, although the gallery will be closed in high winds for the safety of everyone on it.',
]
  .map((text) => `<p>${text}</p>`)
  .join('');

describe('readHtmlArticle on a saved news page', () => {
  const { drafts, problems } = readHtmlArticle(
    'riverland-courier-ferry.html',
    fixture('riverland-courier-ferry.html'),
  );
  const draft = drafts[0]?.draft;

  it('keeps the article paragraphs as plain paragraphs', () => {
    expect(drafts).toHaveLength(1);
    const text = draft?.text ?? '';
    expect(text).toContain(
      'The ferry crossing at Millbrook was closed on Wednesday after the river rose almost two metres in a day, leaving about 300 commuters to find another way across.',
    );
    expect(text).toContain(
      '\n\n"We have never closed for this long in March," said Tomas Reyes, who has run the ferry for eleven years.',
    );
    expect(text).toContain(
      '\n\nResidents on Quay Lane have been asked to move cars and valuables to higher ground.\n\n',
    );
    expect(text).not.toMatch(/ {2}|\n{3}/u);
  });

  it('never lets code or markup into the text, and runs none of it', () => {
    const text = draft?.text ?? '';
    expect(text).not.toMatch(/__riverland|window\.|javascript:|document\.title|[<>]/u);
    expect(text).not.toContain('Flood footage');
    const ran = Object.keys(globalThis).filter((key) => key.startsWith('__riverland'));
    expect(ran).toEqual([]);
    expect(document.title).not.toBe('script ran');
  });

  it('proposes the page’s own metadata, each with where it was read', () => {
    expect(draft).toMatchObject({
      source: 'riverland-courier-ferry.html',
      title: 'Floodwater closes Millbrook ferry crossing as river rises',
      outlet: 'The Riverland Courier',
      published: '2024-03-14',
      url: 'https://www.riverlandcourier.example/news/millbrook-ferry-closed',
      byline: 'Mara Ellison',
    });
    expect(draft?.evidence).toEqual(
      expect.arrayContaining([
        {
          proposes: 'title',
          from: 'og:title',
          value: 'Floodwater closes Millbrook ferry crossing as river rises',
        },
        { proposes: 'outlet', from: 'og:site_name', value: 'The Riverland Courier' },
        {
          proposes: 'published',
          from: 'article:published_time',
          value: '2024-03-14T07:45:00+00:00',
        },
        {
          proposes: 'url',
          from: 'link rel=canonical',
          value: 'https://www.riverlandcourier.example/news/millbrook-ferry-closed',
        },
      ]),
    );
    expect(draft?.evidence.map((evidence) => evidence.proposes).sort()).toEqual([
      'byline',
      'outlet',
      'published',
      'title',
      'url',
    ]);
    expect(problems).toEqual([]);
  });
});

describe('readHtmlArticle on a page that states itself in JSON-LD', () => {
  const { drafts, problems } = readHtmlArticle(
    'eastmoor-post-warehouse-fire.html',
    fixture('eastmoor-post-warehouse-fire.html'),
  );
  const draft = drafts[0]?.draft;

  it('reads headline, publisher (through the @graph), date, authors and canonical link', () => {
    expect(draft).toMatchObject({
      title: 'Forty firefighters tackle warehouse blaze in Carrow Vale',
      outlet: 'Eastmoor Evening Post',
      // As stated, in the page's own time zone: never moved to another day.
      published: '2023-11-02',
      url: 'https://eastmoorpost.example/2023/11/02/carrow-vale-warehouse-fire/',
      byline: 'Priya Danvers, Olu Hart',
    });
    expect(draft?.evidence).toContainEqual({
      proposes: 'outlet',
      from: 'JSON-LD Article publisher.name',
      value: 'Eastmoor Evening Post',
    });
    expect(draft?.evidence).toContainEqual({
      proposes: 'published',
      from: 'JSON-LD Article datePublished',
      value: '2023-11-02T21:10:00-05:00',
    });
  });

  it('keeps line breaks and list items, and no script, frame or handler', () => {
    const text = draft?.text ?? '';
    expect(text).toContain('already alight.\nSmoke could be seen from the ring road.');
    expect(text).toContain('\n\nkeep their windows and doors closed;\n\navoid Station Road');
    expect(text).not.toMatch(/__eastmoor|window\.|javascript:|[<>]/u);
  });

  it('warns about the JSON-LD block that is not JSON, and reads the rest', () => {
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      level: 'warning',
      source: 'eastmoor-post-warehouse-fire.html',
    });
    expect(problems[0]?.message).toMatch(/JSON-LD block 2 of 2 .* is not valid JSON/u);
  });
});

describe('readHtmlArticle metadata rules', () => {
  it('trusts og:title over JSON-LD over <title>, and falls back in that order', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>';
    const both = readHtmlArticle('a.html', page(`<title>From title</title>${ld}`, paragraphs));
    expect(both.drafts[0]?.draft.title).toBe('From JSON-LD');
    const titleOnly = readHtmlArticle('a.html', page('<title> From\n  title </title>', paragraphs));
    expect(titleOnly.drafts[0]?.draft.title).toBe('From title');
    expect(titleOnly.drafts[0]?.draft.evidence).toContainEqual({
      proposes: 'title',
      from: '<title>',
      value: ' From\n  title ',
    });
  });

  it('normalises a timestamp to the day it states', () => {
    const head = '<meta property="article:published_time" content="2017-05-23T08:00:00+01:00">';
    expect(readHtmlArticle('a.html', page(head, paragraphs)).drafts[0]?.draft.published).toBe(
      '2017-05-23',
    );
  });

  it('reads a <time datetime> in the article when nothing else gives a date', () => {
    const result = readHtmlArticle(
      'a.html',
      page('', `<time datetime="2019-02-03">3 February</time>${paragraphs}`),
    );
    expect(result.drafts[0]?.draft.published).toBe('2019-02-03');
    expect(result.drafts[0]?.draft.evidence).toContainEqual({
      proposes: 'published',
      from: '<time datetime> in the article',
      value: '2019-02-03',
    });
  });

  it('uses no date that is not a day, and no address that is not http(s), and says so', () => {
    const head = `<meta property="article:published_time" content="last Tuesday">
      <link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://news.example/a">`;
    const { drafts, problems } = readHtmlArticle('a.html', page(head, paragraphs));
    expect(drafts[0]?.draft.published).toBeNull();
    expect(drafts[0]?.draft.url).toBe('https://news.example/a');
    expect(problems.map((p) => p.field)).toEqual(['published', 'url']);
    expect(problems[0]?.message).toContain('"last Tuesday"');
  });

  it('proposes nothing the page does not state', () => {
    const { drafts } = readHtmlArticle('a.html', page('', paragraphs));
    expect(drafts[0]?.draft).toMatchObject({
      title: null,
      outlet: null,
      published: null,
      url: null,
      byline: null,
      evidence: [],
    });
  });

  it('reads a page of one short line, and refuses a page with no text', () => {
    const { drafts, problems } = readHtmlArticle('short.html', '<p>Only one short line.</p>');
    expect(drafts[0]?.draft.text).toBe('Only one short line.');
    expect(problems).toEqual([]);
    const empty = readHtmlArticle('empty.html', '<html><body><script>x()</script></body></html>');
    expect(empty.drafts).toEqual([]);
    expect(empty.problems[0]).toMatchObject({ level: 'error', source: 'empty.html' });
  });

  it('takes the whole page’s text when the article found holds none, and says so', () => {
    // Readability drops asides from what it finds; the page's words are all in one.
    const html = '<body><aside><p>Words only in an aside.</p></aside></body>';
    const { drafts, problems } = readHtmlArticle('aside.html', html);
    expect(drafts[0]?.draft.text).toBe('Words only in an aside.');
    expect(problems[0]).toMatchObject({ level: 'warning', source: 'aside.html' });
    expect(problems[0]?.message).toMatch(/whole page's text was taken/u);
  });
});
