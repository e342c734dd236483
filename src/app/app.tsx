import { useQuery } from '@tanstack/react-query';
import { CorpusErrorPanel } from './corpus-error-panel.tsx';
import { corpusQueryOptions } from './corpus-query.ts';
import { Dashboard } from './dashboard.tsx';

/** Loads the corpus, then shows the dashboard; while loading or on failure, says so. */
export function App() {
  const query = useQuery(corpusQueryOptions());

  return (
    <div className="min-h-screen">
      {query.isPending ? (
        <p role="status" className="p-8 text-center text-slate-700">
          Loading the corpus…
        </p>
      ) : query.isError ? (
        <main className="px-4">
          <h1 className="sr-only">Fact-check dashboard</h1>
          <CorpusErrorPanel
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        </main>
      ) : (
        <Dashboard corpus={query.data} />
      )}
    </div>
  );
}
