import { CorpusLoadError } from './corpus-query.ts';

const HEADINGS: Record<CorpusLoadError['failure']['kind'], string> = {
  http: 'The corpus could not be downloaded',
  network: 'The corpus could not be downloaded',
  'not-json': 'The corpus file is not JSON',
  schema: 'The corpus does not match the expected format',
  empty: 'The corpus is empty',
  reference: 'The corpus refers to something it does not contain',
  span: 'A quote in the corpus does not match its article',
};

interface Props {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/** Says what is wrong with the corpus, field by field, and offers to load it again. */
export function CorpusErrorPanel({ error, onRetry, retrying }: Props) {
  const failure =
    error instanceof CorpusLoadError
      ? error.failure
      : {
          kind: 'network' as const,
          summary: error instanceof Error ? error.message : String(error),
          details: [],
        };
  return (
    <section
      role="alert"
      aria-labelledby="corpus-error-heading"
      className="mx-auto mt-10 max-w-2xl rounded-lg border border-red-300 bg-white p-6 shadow-sm"
    >
      <h2 id="corpus-error-heading" className="text-xl font-semibold text-red-900">
        {HEADINGS[failure.kind]}
      </h2>
      <p className="mt-2 text-slate-800">{failure.summary}</p>
      {failure.details.length > 0 && (
        <ul className="mt-3 max-h-64 list-disc space-y-1 overflow-auto pl-5 font-mono text-sm text-slate-700">
          {failure.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm text-slate-600">
        Rebuild the corpus with <code className="rounded bg-slate-100 px-1">npm run corpus</code>,
        then retry.
      </p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-4 rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  );
}
