import type { Corpus } from '../corpus/schema.ts';
import { useFilters } from '../filters/use-filters.ts';
import { DashboardHeader } from './dashboard-header.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { UrlNotice } from './url-notice.tsx';

/** The loaded dashboard: what is loaded, then the views, all following the filters in the URL. */
export function Dashboard({ corpus }: { corpus: Corpus }) {
  const { dropped } = useFilters(corpus);
  return (
    <>
      <DashboardHeader corpus={corpus} />
      <main className="px-4 py-4 sm:px-6">
        <UrlNotice dropped={dropped} />
        <ErrorBoundary label="The article list">
          <section aria-labelledby="articles-heading">
            <h2 id="articles-heading" className="text-lg font-semibold">
              Articles
            </h2>
            <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {corpus.articles.map((article) => {
                const outlet = corpus.outlets.find((o) => o.id === article.outletId);
                return (
                  <li key={article.id} className="px-4 py-2">
                    <p className="font-medium">
                      {article.title ?? `Untitled article ${article.id}`}
                    </p>
                    <p className="text-sm text-slate-700">
                      {outlet?.name ?? article.outletId}
                      {outlet?.identification.how === 'inferred' && ' (inferred)'}
                      {' · '}
                      {article.published ?? 'date unknown'}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        </ErrorBoundary>
      </main>
    </>
  );
}
