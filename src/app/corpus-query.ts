import { queryOptions } from '@tanstack/react-query';
import { parseCorpusText, type CorpusFailure } from '../corpus/parse-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';

/** Where the built app finds the corpus that `npm run corpus` wrote. */
export const CORPUS_URL = `${import.meta.env.BASE_URL}corpus.json`;

/** A corpus that could not be loaded: an HTTP failure or any `CorpusFailure`, said for a person. */
export class CorpusLoadError extends Error {
  readonly failure:
    CorpusFailure | { kind: 'http' | 'network'; summary: string; details: string[] };

  constructor(failure: CorpusLoadError['failure']) {
    super(failure.summary);
    this.name = 'CorpusLoadError';
    this.failure = failure;
  }
}

/** A corpus as fetched: checked, with the exact text it was parsed from. */
export interface LoadedCorpus {
  corpus: Corpus;
  text: string;
}

/** Fetches and checks the corpus; every failure is a `CorpusLoadError` saying what went wrong. */
export async function loadCorpus(url: string, signal?: AbortSignal): Promise<LoadedCorpus> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CorpusLoadError({
      kind: 'network',
      summary: 'The corpus could not be fetched: the server did not answer.',
      details: [error instanceof Error ? error.message : String(error)],
    });
  }
  if (!response.ok) {
    throw new CorpusLoadError({
      kind: 'http',
      summary: `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for the corpus.`,
      details: [`GET ${url} → ${response.status}`],
    });
  }
  const text = await response.text();
  const result = parseCorpusText(text);
  if (!result.ok) throw new CorpusLoadError(result.failure);
  return { corpus: result.corpus, text };
}

/** The one query for the corpus: its key and fetcher never drift apart. */
export const corpusQueryOptions = (url: string = CORPUS_URL) =>
  queryOptions({
    queryKey: ['corpus', url],
    queryFn: async ({ signal }) => (await loadCorpus(url, signal)).corpus,
    staleTime: Infinity,
    // A bad corpus stays bad on a second try: show it at once; the Retry button asks again.
    retry: false,
  });
