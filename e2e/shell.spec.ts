import type { Page } from '@playwright/test';
import { fixtureCorpus } from '../src/test-support/fixture-corpus.ts';
import { expect, test } from './fixtures.ts';

const CORPUS = '**/corpus.json';

async function serveCorpus(page: Page, body: string, status = 200) {
  await page.unroute(CORPUS);
  await page.route(CORPUS, (route) =>
    route.fulfill({ status, contentType: 'application/json', body }),
  );
}

test.describe('the shell with a corpus', () => {
  test('shows what is loaded and passes an accessibility scan', async ({
    page,
    expectAccessible,
  }) => {
    await serveCorpus(page, JSON.stringify(fixtureCorpus));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixtureCorpus.title);
    const loaded = page.getByLabel('What is loaded');
    await expect(loaded).toContainText('3 outlets');
    await expect(loaded).toContainText('3 articles');
    await expect(loaded).toContainText('4 claims');
    await expect(loaded).toContainText('3 events');
    await expectAccessible();
  });
});

const clone = () => structuredClone(fixtureCorpus);

const badCorpora: {
  name: string;
  status?: number;
  body: () => string;
  says: RegExp;
  detail?: RegExp;
}[] = [
  {
    name: 'a 404',
    status: 404,
    body: () => 'Not found',
    says: /could not be downloaded/i,
    detail: /HTTP 404/,
  },
  {
    name: 'a 500',
    status: 500,
    body: () => 'Server error',
    says: /could not be downloaded/i,
    detail: /HTTP 500/,
  },
  {
    name: 'a body that is not JSON',
    body: () => '<!doctype html><p>hello</p>',
    says: /is not JSON/i,
    detail: /It begins: <!doctype html>/,
  },
  {
    name: 'JSON missing a required field',
    body: () => {
      const corpus: Partial<ReturnType<typeof clone>> = clone();
      delete corpus.claims;
      return JSON.stringify(corpus);
    },
    says: /does not match the expected format/i,
    detail: /claims: required field is missing/,
  },
  {
    name: 'a figure whose article does not exist',
    body: () => {
      const corpus = clone();
      corpus.figures[0]!.articleId = 'a404';
      return JSON.stringify(corpus);
    },
    says: /refers to something it does not contain/i,
    detail: /figures\[0\]\.articleId names article "a404"/,
  },
  {
    name: 'a span whose quote differs from the text',
    body: () => {
      const corpus = clone();
      corpus.evidence[0]!.quote = 'Rulvia committed war crimes';
      return JSON.stringify(corpus);
    },
    says: /does not match its article/i,
    detail: /evidence\[0\]\.quote is "Rulvia committed war crimes"/,
  },
  {
    name: 'an empty corpus',
    body: () =>
      JSON.stringify({
        ...clone(),
        outlets: [],
        articles: [],
        evidence: [],
        figures: [],
        dates: [],
        quotes: [],
        reuse: [],
        sourceGroups: [],
        discrepancies: [],
        diagnostics: [],
      }),
    says: /corpus is empty/i,
    detail: /no articles/,
  },
];

test.describe('a bad corpus', () => {
  test.use({
    allowedConsoleErrors: [
      /Failed to load resource: the server responded with a status of (404|500)/,
    ],
  });

  for (const bad of badCorpora) {
    test(`${bad.name}: names the problem, and Retry loads a good corpus`, async ({
      page,
      expectAccessible,
    }) => {
      await serveCorpus(page, bad.body(), bad.status);
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading')).toHaveText(bad.says);
      if (bad.detail) await expect(alert).toContainText(bad.detail);
      await expectAccessible();

      await serveCorpus(page, JSON.stringify(fixtureCorpus));
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixtureCorpus.title);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});
