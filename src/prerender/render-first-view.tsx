import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { AppRoot } from '../app/app-root.tsx';
import { corpusQueryOptions } from '../app/corpus-query.ts';
import { parseCorpusText } from '../corpus/parse-corpus.ts';
import { corpusFingerprint } from './corpus-fingerprint.ts';
import type { FirstView } from './inject-first-view.ts';

/**
 * Draws the dashboard at the address without a query (the claim matrix, nothing filtered) from
 * one corpus text, exactly as the browser's first render draws it, so the browser can take it over
 * (hydrate) instead of drawing it again. The corpus is checked as the browser checks it.
 */
export function renderFirstView(corpusText: string): FirstView {
  const parsed = parseCorpusText(corpusText);
  if (!parsed.ok) return { ok: false, reason: parsed.failure.summary };
  const queryClient = new QueryClient();
  queryClient.setQueryData(corpusQueryOptions().queryKey, parsed.corpus);
  try {
    return {
      ok: true,
      html: renderToString(<AppRoot queryClient={queryClient} />),
      fingerprint: corpusFingerprint(corpusText),
    };
  } finally {
    queryClient.clear();
  }
}
