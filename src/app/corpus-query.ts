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

async function fetchCorpus(url: string, signal: AbortSignal): Promise<Corpus> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
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
  const result = parseCorpusText(await response.text());
  if (!result.ok) throw new CorpusLoadError(result.failure);
  return result.corpus;
}

/** The one query for the corpus: its key and fetcher never drift apart. */
export const corpusQueryOptions = (url: string = CORPUS_URL) =>
  queryOptions({
    queryKey: ['corpus', url],
    queryFn: ({ signal }) => fetchCorpus(url, signal),
    staleTime: Infinity,
    // A bad corpus stays bad on a second try: show it at once; the Retry button asks again.
    retry: false,
  });
