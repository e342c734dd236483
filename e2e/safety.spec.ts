import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { fixtureCorpus } from '../src/test-support/fixture-corpus.ts';
import { expect, test } from './fixtures.ts';

// The highlight is a <mark> (ARIA 1.3 role "mark"): Playwright finds it, but its types lag behind.
const MARK = 'mark' as Parameters<Page['getByRole']>[0];

/** Markup that would run if any of it became HTML: each sets a flag the test then looks for. */
const SCRIPT = '<script>window.__ran = "script"</script>';
const IMAGE = '<img src=x onerror="window.__ran = \'img\'">';
const LINK = '<a href="javascript:window.__ran = \'link\'">read more</a>';
const JS_URL = 'javascript:window.__ran="url"';

/** The fixture with hostile text appended to article a3 (so no existing offset moves). */
function hostileCorpus() {
  const corpus = structuredClone(fixtureCorpus);
  const a3 = corpus.articles[2]!;
  const payload = `\n${SCRIPT}\n${IMAGE}\n${LINK}`;
  const start = a3.text.length + 1;
  a3.text += payload;
  a3.url = JS_URL;
  a3.title = `Breaking ${IMAGE}`;
  corpus.outlets[2]!.name = `Outlet ${SCRIPT}`;
  corpus.claims.push({
    id: 'hostile-claim',
    statement: `A claim ${IMAGE}`,
    category: 'method',
    claimant: 'Nobody <b>bold</b>',
    figure: null,
    origin: 'curated',
  });
  corpus.evidence.push({
    articleId: 'a3',
    start,
    end: start + SCRIPT.length,
    quote: SCRIPT,
    claimId: 'hostile-claim',
    stance: 'asserts',
    attributedTo: null,
    hedged: false,
    origin: 'auto',
  });
  return corpus;
}

async function serve(page: Page, body: unknown) {
  await page.route('**/corpus.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }),
  );
}

test('article text, titles, names and URLs that hold markup are shown as text and run nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serve(page, hostileCorpus());
  await page.goto('/?cell=hostile-claim~a3&article=a3');

  const reader = page.getByRole('complementary');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(`Breaking ${IMAGE}`);
  await expect(reader.getByRole(MARK)).toHaveText(SCRIPT);
  await expect(reader).toContainText(IMAGE);
  await expect(reader).toContainText(LINK);
  await expect(reader).toContainText(`Outlet ${SCRIPT}`);
  // A javascript: URL is plain text, never a link.
  await expect(reader.getByText(JS_URL)).toBeVisible();
  await expect(reader.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'read more' })).toHaveCount(0);
  await expect(
    page
      .getByRole('grid')
      .getByRole('rowheader')
      .filter({ hasText: `A claim ${IMAGE}` }),
  ).toBeVisible();

  // Nothing became an element, and nothing ran.
  expect(await page.locator('body img, body script:not([src])').count()).toBe(0);
  await reader.getByText(JS_URL).click();
  expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test.describe('the Content-Security-Policy', () => {
  test.use({
    allowedConsoleErrors: [/inline script violates the following Content Security Policy/],
  });

  test('the built page carries it, and it refuses an inline script', async ({ page }) => {
    await serve(page, fixtureCorpus);
    await page.goto('/');
    // Read from the parsed page, as the browser applies it (the raw HTML escapes its quotes).
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy, 'a CSP meta tag in the built page').not.toBeNull();
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    // Scripts from the page's origin, and the one inline script index.html carries, by its hash.
    const inline = (await page.locator('head script:not([src])').textContent()) ?? '';
    const inlineHash = createHash('sha256').update(inline, 'utf8').digest('base64');
    expect(directives.get('script-src')).toEqual(["'self'", `'sha256-${inlineHash}'`]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);

    await expect(page.getByRole('grid')).toBeVisible();
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string | null }>((resolve) => {
          let violated: string | null = null;
          document.addEventListener('securitypolicyviolation', (event) => {
            violated = event.effectiveDirective;
          });
          const script = document.createElement('script');
          script.textContent = 'window.__inline = true';
          document.head.append(script);
          setTimeout(
            () =>
              resolve({
                ran: (window as { __inline?: boolean }).__inline === true,
                violated,
              }),
            200,
          );
        }),
    );
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
  });
});
