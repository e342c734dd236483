import { lazy, Suspense, useEffect, useRef, type ComponentType, type MouseEvent } from 'react';
import type { Corpus } from '../corpus/schema.ts';
import type { View } from '../filters/filters.ts';
import { useFilters } from '../filters/use-filters.ts';
import { ClaimMatrix } from '../views/claim-matrix/claim-matrix.tsx';
import { FilterBar } from '../views/filter-bar/filter-bar.tsx';
import { SourceReader } from '../views/source-reader/source-reader.tsx';
import { useMediaQuery } from '../views/shared/use-media-query.ts';
import type { ViewProps } from '../views/shared/view-props.ts';
import { DashboardHeader } from './dashboard-header.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { UrlNotice } from './url-notice.tsx';

// Views other than the first load when first opened: the first view does not need their code,
// so it would only delay it.
const StrikeTimeline = lazy(() =>
  import('../views/timeline/strike-timeline.tsx').then((m) => ({ default: m.StrikeTimeline })),
);
const CasualtyCharts = lazy(() =>
  import('../views/casualty-charts/casualty-charts.tsx').then((m) => ({
    default: m.CasualtyCharts,
  })),
);
const DiscrepancyList = lazy(() =>
  import('../views/discrepancy-list/discrepancy-list.tsx').then((m) => ({
    default: m.DiscrepancyList,
  })),
);

interface ViewEntry {
  id: View;
  label: string;
  Component: ComponentType<ViewProps>;
}

/** The dashboard's views, in tab order. */
const VIEWS: ViewEntry[] = [
  { id: 'matrix', label: 'Claim matrix', Component: ClaimMatrix },
  { id: 'timeline', label: 'Strike timeline', Component: StrikeTimeline },
  { id: 'charts', label: 'Casualty figures', Component: CasualtyCharts },
  { id: 'discrepancies', label: 'Discrepancies', Component: DiscrepancyList },
];

/** Tailwind's `lg`: from here the source reader sits beside the views; below, it covers them. */
const READER_BESIDE_VIEWS = '(min-width: 1024px)';

/** The loaded dashboard: what is loaded, then the views, all following the filters in the URL. */
export function Dashboard({ corpus }: { corpus: Corpus }) {
  const { filters, setFilters, dropped } = useFilters(corpus);
  const active = VIEWS.find((view) => view.id === filters.view) ?? VIEWS[0];
  // Where the reader covers the page, what it covers is out of reach (focus, screen readers), as
  // behind a modal dialog.
  const readerBeside = useMediaQuery(READER_BESIDE_VIEWS);
  const readerOpen = (filters.article ?? filters.cell?.articleId ?? null) !== null;
  const covered = readerOpen && !readerBeside;

  // The skip link goes to the matrix's one tab stop, opening the matrix first if another view is
  // showing; without a grid (nothing matches the filters) it goes to the matrix's heading.
  const skipPending = useRef(false);
  const focusMatrix = () => {
    const target =
      document.querySelector<HTMLElement>('#claim-matrix-grid [role="gridcell"][tabindex="0"]') ??
      document.getElementById('claim-matrix-heading');
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  };
  const onSkip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (active?.id === 'matrix') {
      focusMatrix();
    } else {
      skipPending.current = true;
      setFilters((current) => ({ ...current, view: 'matrix' }));
    }
  };
  useEffect(() => {
    if (!skipPending.current || active?.id !== 'matrix') return;
    skipPending.current = false;
    focusMatrix();
  }, [active?.id]);

  return (
    <>
      <div inert={covered}>
        <a
          href="#claim-matrix-grid"
          onClick={onSkip}
          className="sr-only rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          Skip to the matrix
        </a>
        <DashboardHeader corpus={corpus} />
      </div>
      <main className="px-4 py-4 sm:px-6">
        <div inert={covered}>
          <UrlNotice dropped={dropped} />
          <FilterBar corpus={corpus} filters={filters} setFilters={setFilters} />
        </div>
        {VIEWS.length > 1 && (
          <nav aria-label="Views" className="mb-4" inert={covered}>
            <ul className="flex flex-wrap gap-1 border-b border-slate-200">
              {VIEWS.map((view) => (
                <li key={view.id}>
                  <a
                    href={`?view=${view.id}`}
                    aria-current={view.id === active?.id ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      setFilters((current) => ({ ...current, view: view.id }));
                    }}
                    className="-mb-px inline-block rounded-t-md border border-transparent px-3 py-2 text-sm font-medium text-slate-700 hover:text-slate-950 aria-[current=page]:border-slate-200 aria-[current=page]:border-b-white aria-[current=page]:bg-white aria-[current=page]:text-slate-950"
                  >
                    {view.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {/* The source reader sits beside every view, so any view can open an article in it. */}
        <div className="lg:flex lg:items-start lg:gap-4">
          <div className="min-w-0 lg:flex-1" inert={covered}>
            {active ? (
              <ErrorBoundary key={active.id} label={active.label}>
                <Suspense
                  fallback={
                    <p role="status" className="p-4 text-slate-700">
                      Loading {active.label.toLowerCase()}…
                    </p>
                  }
                >
                  <active.Component corpus={corpus} filters={filters} setFilters={setFilters} />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <ArticleList corpus={corpus} />
            )}
          </div>
          <ErrorBoundary label="The source reader">
            <SourceReader corpus={corpus} filters={filters} setFilters={setFilters} />
          </ErrorBoundary>
        </div>
      </main>
    </>
  );
}

function ArticleList({ corpus }: { corpus: Corpus }) {
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading" className="text-lg font-semibold">
        Articles
      </h2>
      <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {corpus.articles.map((article) => {
          const outlet = corpus.outlets.find((o) => o.id === article.outletId);
          return (
            <li key={article.id} className="px-4 py-2">
              <p className="font-medium">{article.title ?? `Untitled article ${article.id}`}</p>
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
  );
}
