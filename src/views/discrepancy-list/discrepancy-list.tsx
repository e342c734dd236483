import { useMemo } from 'react';
import type { DiscrepancyKind } from '../../corpus/schema.ts';
import { describeFilters, sourceLine } from '../../export/export-context.ts';
import { ExportMenu } from '../../export/export-menu.tsx';
import type { ViewProps } from '../shared/view-props.ts';
import {
  KIND_HEADINGS,
  discrepanciesTable,
  shownDiscrepancies,
  type ShownDiscrepancy,
} from './discrepancy-data.ts';
import { SourceLink } from '../shared/source-link.tsx';
import { EventFilterNotice } from '../shared/event-filter-notice.tsx';

/**
 * The discrepancies view: what the corpus flags where articles disagree, grouped by kind, each
 * with the articles' words side by side in context and a link to each source.
 */
export function DiscrepancyList({ corpus, filters, setFilters }: ViewProps) {
  const shown = useMemo(() => shownDiscrepancies(corpus, filters), [corpus, filters]);
  const groups = new Map<DiscrepancyKind, ShownDiscrepancy[]>();
  for (const item of shown) {
    groups.set(item.discrepancy.kind, [...(groups.get(item.discrepancy.kind) ?? []), item]);
  }
  const selected = corpus.events.find((e) => e.id === filters.event) ?? null;
  const articleIds = [...new Set(shown.flatMap((s) => s.sides.map((side) => side.articleId)))];

  return (
    <section aria-labelledby="discrepancies-heading" className="flex max-w-5xl flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="discrepancies-heading" className="text-lg font-semibold text-slate-950">
            Discrepancies
          </h2>
          <p className="mt-1 max-w-prose text-sm text-slate-700">
            Where articles disagree about the same thing: {shown.length}{' '}
            {shown.length === 1 ? 'discrepancy' : 'discrepancies'} in what the filters show.
          </p>
        </div>
        {shown.length > 0 && (
          <ExportMenu
            label="the discrepancies in view"
            fileParts={['discrepancies', selected?.place?.name ?? selected?.label]}
            data={() => ({
              ...discrepanciesTable(shown),
              title: 'Discrepancies',
              filters: describeFilters(corpus, filters),
              source: sourceLine(corpus, articleIds),
            })}
          />
        )}
      </div>

      {selected && (
        <EventFilterNotice setFilters={setFilters}>
          Showing discrepancies about {selected.label} only.
        </EventFilterNotice>
      )}

      {shown.length === 0 && (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          No discrepancies among the articles and claims the filters show.
        </p>
      )}

      {[...groups].map(([kind, list]) => (
        <section key={kind} aria-labelledby={`discrepancy-kind-${kind}`}>
          <h3 id={`discrepancy-kind-${kind}`} className="text-base font-semibold text-slate-950">
            {KIND_HEADINGS[kind]}{' '}
            <span className="font-normal text-slate-700">({list.length})</span>
          </h3>
          <ul className="mt-2 flex flex-col gap-3">
            {list.map(({ index, discrepancy, sides, hidden }) => (
              <li
                key={index}
                aria-labelledby={`discrepancy-${index}`}
                className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
              >
                <h4 id={`discrepancy-${index}`} className="font-semibold text-slate-950">
                  {discrepancy.subject}
                </h4>
                <div className="mt-2 grid gap-3 md:grid-cols-2">
                  {sides.map((side) => (
                    <div
                      key={`${side.articleId}-${side.start}`}
                      className="flex flex-col gap-1 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
                    >
                      <p className="font-medium text-slate-950">
                        {side.articleLabel}
                        {side.articleTitle && (
                          <span className="block font-normal text-slate-700">
                            {side.articleTitle}
                          </span>
                        )}
                      </p>
                      <blockquote className="border-l-2 border-slate-300 pl-2 text-slate-800">
                        {side.before}
                        <mark className="rounded-sm bg-amber-200 px-0.5 text-slate-950">
                          {side.quote}
                        </mark>
                        {side.after}
                      </blockquote>
                      <p className="text-slate-700">
                        <span className="font-medium">Says:</span> {side.note}
                      </p>
                      <p>
                        <SourceLink filters={filters} setFilters={setFilters} span={side}>
                          Open in the source{' '}
                          <span className="sr-only">
                            — {side.articleLabel}: “{side.quote}”
                          </span>
                        </SourceLink>
                      </p>
                    </div>
                  ))}
                </div>
                {hidden > 0 && (
                  <p className="mt-2 text-sm text-slate-700">
                    {hidden} more {hidden === 1 ? 'side' : 'sides'} in articles the filters hide.
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
