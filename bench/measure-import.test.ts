import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitPastedText } from '../src/import/pasted-text.ts';
import { ROOT } from './app-server.ts';
import { pastedArticles, PASTE_SEPARATOR } from './measure-import.ts';
import { readCatalogue } from './synthetic-data-files.ts';

describe('pastedArticles', () => {
  it('gives the asked number of articles of about 4 KB, the same each time', async () => {
    const catalogue = await readCatalogue(join(ROOT, 'data'));
    const articles = pastedArticles(50, catalogue);
    expect(articles).toHaveLength(50);
    for (const article of articles) {
      expect(article.length).toBeGreaterThanOrEqual(3600);
      expect(article.length).toBeLessThanOrEqual(4400);
      // Bodies only: no front matter a person would not paste.
      expect(article.startsWith('---')).toBe(false);
    }
    expect(pastedArticles(50, catalogue)).toEqual(articles);
  });

  it('joins them so that the workbench’s paste reader parts them again, each exactly', async () => {
    const articles = pastedArticles(5, await readCatalogue(join(ROOT, 'data')));
    const parts = splitPastedText(articles.join(PASTE_SEPARATOR));
    // Whether the paste's last line break belongs to the last article is the reader's choice.
    const body = (text: string) => text.replace(/\n+$/, '');
    expect(parts.map(body)).toEqual(articles.map(body));
  });
});
