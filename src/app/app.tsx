import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useDeferredValue } from 'react';
import type { Corpus } from '../corpus/schema.ts';
import { useLocationSearch } from '../filters/use-filters.ts';
import { appRouteOf, routeQuery } from './app-route.ts';
import { CorpusErrorPanel } from './corpus-error-panel.tsx';
import { corpusQueryOptions } from './corpus-query.ts';
import { Dashboard } from './dashboard.tsx';

// The workbench (import, build, projects kept in the browser) loads only when asked for: the
// bundled story's first view does not need its code.
const ProjectRoute = lazy(() =>
  import('../workbench/project-route.tsx').then((m) => ({ default: m.ProjectRoute })),
);

const renderDashboard = (corpus: Corpus) => <Dashboard corpus={corpus} />;

/** Shows the page the address asks for: the bundled story, the workbench or a kept project. */
export function App() {
  // A new page (a built story's dashboard, the workbench) is drawn in the background, in slices
  // the browser can answer input between, while the old one stays: the address is an external
  // store, whose changes React otherwise draws in one task. Filters change no page: the views
  // read them from the address at once.
  const route = appRouteOf(useDeferredValue(routeQuery(appRouteOf(useLocationSearch()))));
  if (route.kind === 'seed') return <BundledStory />;
  return (
    <div className="min-h-screen">
      <Suspense
        fallback={
          <p role="status" className="p-8 text-center text-slate-700">
            Loading the workbench…
          </p>
        }
      >
        <ProjectRoute
          projectId={route.projectId}
          wants={route.kind === 'project' ? 'dashboard' : 'workbench'}
          renderDashboard={renderDashboard}
        />
      </Suspense>
    </div>
  );
}

/** Loads the bundled corpus, then shows the dashboard; while loading or on failure, says so. */
function BundledStory() {
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
