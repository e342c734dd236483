import { QueryClient } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root.tsx';
import { showsBundledStory } from './app/app-route.ts';
import { CORPUS_URL, corpusQueryOptions, loadCorpus } from './app/corpus-query.ts';
import { matchesFingerprint } from './prerender/corpus-fingerprint.ts';
import { PRERENDERED_CORPUS_ATTRIBUTE } from './prerender/inject-first-view.ts';
import { NARROW_SCREEN } from './views/shared/use-media-query.ts';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const queryClient = new QueryClient();
const prerendered = container.getAttribute(PRERENDERED_CORPUS_ATTRIBUTE);

// Once React has drawn the page, or taken over the prerendered one, it takes input and is shown
// whatever the address asks for (index.html hides a prerendered page behind a query until then).
const onCommitted = () => {
  container.removeAttribute('inert');
  delete document.documentElement.dataset.viewPending;
};
const app = <AppRoot queryClient={queryClient} onCommitted={onCommitted} />;

if (!showsBundledStory(window.location.search)) {
  // A kept project or the workbench: the prerendered matrix is the bundled story's, never this
  // one's, so draw the page afresh at once and do not fetch the bundled corpus at all.
  createRoot(container).render(app);
} else if (prerendered === null) {
  // Ask for the corpus now, not from an effect after the loading state has rendered and painted:
  // the download and parse then overlap the first render instead of following it.
  void queryClient.prefetchQuery(corpusQueryOptions());
  createRoot(container).render(app);
} else {
  // The build drew the first view from its corpus, at the address without a query, for a wide
  // screen. Keep it on screen while the corpus downloads and is checked; take it over only if this
  // is the very corpus it was drawn from, the address has no query and the screen is wide. Else
  // (another corpus, one that fails its checks, a link to another view, a phone) draw the page
  // afresh, so its first frame is already the one asked for.
  let fetchedText: string | null = null;
  void queryClient
    .prefetchQuery({
      ...corpusQueryOptions(),
      queryFn: async ({ signal }) => {
        const loaded = await loadCorpus(CORPUS_URL, signal);
        fetchedText = loaded.text;
        return loaded.corpus;
      },
    })
    .then(() => {
      const sameView = window.location.search === '' && !window.matchMedia(NARROW_SCREEN).matches;
      if (sameView && fetchedText !== null && matchesFingerprint(fetchedText, prerendered)) {
        hydrateRoot(container, app);
      } else {
        createRoot(container).render(app);
      }
    });
}
