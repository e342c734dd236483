// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../app/app-root.tsx';
import { corpusQueryOptions } from '../app/corpus-query.ts';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import { renderFirstView } from './render-first-view.tsx';

const TEXT = JSON.stringify(fixtureCorpus);

function firstView(): string {
  const view = renderFirstView(TEXT);
  if (!view.ok) throw new Error(view.reason);
  return view.html;
}

describe('renderFirstView', () => {
  let root: Root | null = null;
  beforeEach(() => {
    // Tells React this environment flushes updates with act().
    vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
    // jsdom has no media queries and no layout; the page is taken as a wide one.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  /** Hydrates `html` as the browser does and returns the errors React recovered from. */
  async function hydrate(html: string) {
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const gridBefore = container.querySelector('[role="grid"]');
    const queryClient = new QueryClient();
    queryClient.setQueryData(corpusQueryOptions().queryKey, fixtureCorpus);
    const errors: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(container, <AppRoot queryClient={queryClient} />, {
        onRecoverableError: (error) => errors.push(error),
      });
      await Promise.resolve();
    });
    return { errors, container, gridBefore };
  }

  it('draws the claim matrix of the corpus, with its claims', () => {
    const page = document.createElement('div');
    page.innerHTML = firstView();
    const grid = page.querySelector('[role="grid"]');
    expect(page.querySelector('h1')?.textContent).toBe(fixtureCorpus.title);
    expect(grid?.querySelectorAll('[role="rowheader"]')).toHaveLength(fixtureCorpus.claims.length);
    expect(grid?.querySelectorAll('[role="gridcell"]').length).toBeGreaterThan(0);
  });

  it('is taken over by the browser render without a mismatch, keeping its elements', async () => {
    const { errors, container, gridBefore } = await hydrate(firstView());
    expect(errors).toEqual([]);
    expect(gridBefore).not.toBeNull();
    expect(container.querySelector('[role="grid"]')).toBe(gridBefore);
  });

  it('is noticed when the page was drawn from something else', async () => {
    const html = firstView().replace(fixtureCorpus.title, 'Another corpus');
    const { errors } = await hydrate(html);
    expect(errors).not.toEqual([]);
  });

  it('draws markup in the corpus as text, never as elements', () => {
    const corpus = structuredClone(fixtureCorpus);
    corpus.title = 'Title <script>window.__ran = 1</script>';
    corpus.claims[0]!.statement = 'A claim <img src=x onerror="window.__ran = 2">';
    corpus.outlets[0]!.name = 'Outlet "><svg onload="window.__ran = 3">';
    const view = renderFirstView(JSON.stringify(corpus));
    if (!view.ok) throw new Error(view.reason);
    const page = document.createElement('div');
    page.innerHTML = view.html;
    expect(page.querySelectorAll('script, img, svg[onload], [onerror]')).toHaveLength(0);
    expect(page.querySelector('h1')?.textContent).toBe(corpus.title);
    expect(page.textContent).toContain(corpus.claims[0]!.statement);
    expect(page.textContent).toContain(corpus.outlets[0]!.name);
  });

  it('says why when the corpus fails its checks, and draws nothing', () => {
    const view = renderFirstView('{"title": 1}');
    expect(view.ok).toBe(false);
    expect(view.ok ? '' : view.reason).toMatch(/corpus/i);
  });
});
