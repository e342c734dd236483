import { useId, useMemo, useRef, useState } from 'react';
import type { Corpus, Event } from '../../corpus/schema.ts';
import type { Filters } from '../../filters/filters.ts';
import { chartToSvg, legendEntries } from '../../export/chart-to-svg.ts';
import { describeFilters, sourceLine } from '../../export/export-context.ts';
import { ExportMenu } from '../../export/export-menu.tsx';
import { SourceLink } from '../shared/source-link.tsx';
import { outletStyle, outletStyles, type OutletStyle } from '../shared/outlet-colors.ts';
import { formatDate, placeText } from '../shared/event-words.ts';
import type { ViewProps } from '../shared/view-props.ts';
import { CasualtyBarChart } from './casualty-bar-chart.tsx';
import { chartExportMeta } from './chart-export.ts';
import {
  casualtyModel,
  groupOtherNumbers,
  type CasualtyChart,
  type OtherNumber,
} from './casualty-data.ts';
import {
  chartsTable,
  chartTableLines,
  kindWords,
  OTHER_NUMBERS,
  rowRoleWords,
} from './chart-table.ts';
import { FigureLegend } from './figure-legend.tsx';
import { useElementWidth } from '../shared/use-element-width.ts';
import { EventFilterNotice } from '../shared/event-filter-notice.tsx';

function eventDateText(event: Event | null): string | null {
  return event?.date ? formatDate(event.date, event.datePrecision) : null;
}

/** How an event is named in a file: a strike by its place, anything else by its label. */
function eventFileName(event: Event | null): string {
  if (!event) return 'no event';
  return event.kind === 'strike' ? (event.place?.name ?? event.label) : event.label;
}

/** An event's date in a file name, no more precise than it is known: "2015-10-15", "2015-10". */
function eventFileDate(event: Event | null): string | null {
  if (!event?.date) return null;
  const length = { day: 10, month: 7, year: 4 }[event.datePrecision];
  return event.date.slice(0, length);
}

/** The file name parts of a chart: casualties, event, group, date. */
function chartFileParts(chart: CasualtyChart): (string | null)[] {
  return ['casualties', eventFileName(chart.event), chart.groupLabel, eventFileDate(chart.event)];
}

interface ChartFigureProps {
  chart: CasualtyChart;
  corpus: Corpus;
  filters: Filters;
  setFilters: ViewProps['setFilters'];
  styles: Map<string, OutletStyle>;
  /** The view's legend, drawn into exported images. */
  legend: () => Element | null;
}

function ChartFigure({ chart, corpus, filters, setFilters, styles, legend }: ChartFigureProps) {
  const [tableOpen, setTableOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const id = useId();
  const titleId = `${id}-title`;
  const findingId = `${id}-finding`;
  const tableId = `${id}-table`;
  const lines = chartTableLines(chart);
  const articleIds = [...new Set(chart.rows.map((r) => r.articleId))];

  const image = () => {
    const svg = box.current?.querySelector('svg');
    if (!svg) throw new Error('the chart is not on the page');
    // Only the marks and outlets this chart shows.
    const wanted = new Set<string>(chart.rows.flatMap((r) => [r.kind, r.outletId]));
    const entries = legendEntries(legend()).filter((e) => e.key !== undefined && wanted.has(e.key));
    return chartToSvg(svg, entries, chartExportMeta(corpus, filters, chart));
  };

  return (
    <figure
      aria-labelledby={titleId}
      className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
    >
      <div className="flex items-start justify-between gap-3">
        <h4 id={titleId} className="text-base font-semibold text-slate-950 first-letter:uppercase">
          {chart.groupLabel}
        </h4>
        <ExportMenu
          label={chart.title}
          fileParts={chartFileParts(chart)}
          image={image}
          data={() => ({
            ...chartsTable([chart]),
            title: chart.title,
            filters: describeFilters(corpus, filters),
            source: sourceLine(corpus, articleIds),
          })}
        />
      </div>
      <p id={findingId} className="mt-1 text-sm text-slate-800">
        {chart.finding}
      </p>
      <div
        ref={box}
        role="img"
        aria-labelledby={`${titleId} ${findingId}`}
        className="mt-2 w-full overflow-hidden"
      >
        <CasualtyBarChart chart={chart} styles={styles} width={width} />
      </div>
      <button
        type="button"
        aria-expanded={tableOpen}
        aria-controls={tableId}
        onClick={() => setTableOpen((open) => !open)}
        className="mt-2 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        {tableOpen ? 'Hide data table' : 'Show data table'}{' '}
        <span className="sr-only">for {chart.title}</span>
      </button>
      <div id={tableId} hidden={!tableOpen} className="mt-2 overflow-x-auto">
        {tableOpen && (
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
            <caption className="sr-only">Data behind the chart: {chart.title}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-slate-700">
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Article
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Figure
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Kind
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Counts as
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Attributed to
                </th>
                <th scope="col" className="py-1 font-semibold">
                  Quote (opens the source)
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map(({ key, row, figure }) => (
                <tr key={key} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {row.articleLabel}
                  </th>
                  <td className="py-1 pr-3 font-medium">{row.valueText}</td>
                  <td className="py-1 pr-3">{kindWords(row.kind)}</td>
                  <td className="py-1 pr-3">{rowRoleWords(row)}</td>
                  <td className="py-1 pr-3">{figure?.attributedTo ?? '—'}</td>
                  <td className="py-1">
                    {figure ? (
                      <SourceLink filters={filters} setFilters={setFilters} span={figure}>
                        “{figure.quote}”{' '}
                        <span className="sr-only">in article {figure.articleId}</span>
                      </SourceLink>
                    ) : (
                      <span className="text-slate-600">no figure in this article</span>
                    )}
                    {figure?.origin === 'auto' && (
                      <span className="ml-1 text-xs text-slate-600">(machine-found)</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  );
}

/** The numbers that are not tolls, listed as written with what each counts: never charted. */
function OtherNumbers({
  others,
  filters,
  setFilters,
}: {
  others: readonly OtherNumber[];
  filters: Filters;
  setFilters: ViewProps['setFilters'];
}) {
  const groups = groupOtherNumbers(others);
  const byEvent = new Map<string, typeof groups>();
  for (const group of groups) {
    const key = group.event?.id ?? '';
    byEvent.set(key, [...(byEvent.get(key) ?? []), group]);
  }
  return (
    <section aria-labelledby="other-numbers-heading" className="flex flex-col gap-2">
      <h3 id="other-numbers-heading" className="text-base font-semibold text-slate-950">
        {OTHER_NUMBERS}
      </h3>
      <p className="max-w-prose text-sm text-slate-700">
        Counts that are not an event’s toll: what one witness saw, the work behind the report, wider
        counts, counts of things. Listed as written, with what each counts; never charted.
      </p>
      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:p-4">
        {[...byEvent].map(([eventId, list]) => (
          <section key={eventId} aria-labelledby={`other-numbers-${eventId || 'none'}`}>
            <h4
              id={`other-numbers-${eventId || 'none'}`}
              className="text-sm font-semibold text-slate-700"
            >
              {list[0]?.event?.label ?? 'Not linked to an event'}
            </h4>
            <ul className="mt-1 flex flex-col divide-y divide-slate-100">
              {list.map((group) => (
                <li key={group.key} className="py-1.5">
                  <span className="font-semibold text-slate-950">“{group.quote}”</span>{' '}
                  <span className="text-slate-800">
                    — {group.role}
                    {group.attribution && `, ${group.attribution}`}
                  </span>
                  <span className="text-slate-700">
                    {' '}
                    · in{' '}
                    {group.items.map((item, index) => (
                      <span key={item.key}>
                        {index > 0 && (index === group.items.length - 1 ? ' and ' : ', ')}
                        <SourceLink filters={filters} setFilters={setFilters} span={item.figure}>
                          {item.articleLabel}
                          <span className="sr-only">: “{item.figure.quote}”</span>
                        </SourceLink>
                      </span>
                    ))}
                  </span>
                  {group.items.some((item) => item.figure.origin === 'auto') && (
                    <span className="text-xs whitespace-nowrap text-slate-600">
                      {' '}
                      · machine-found
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

/**
 * The casualty figures view: the totals each outlet cites, event by event, disagreements first —
 * a bar per visible article with the figure it cites, qualifiers drawn, parts beside their totals,
 * vague amounts in their own lane as words, "not reported" shown as a gap; each chart with its
 * finding in words (true of the whole corpus, and saying what a filter hides), a data table with
 * links to the source, and exports. Then, apart, the other numbers in the articles.
 */
export function CasualtyCharts({ corpus, filters, setFilters }: ViewProps) {
  const { charts, others } = useMemo(() => casualtyModel(corpus, filters), [corpus, filters]);
  const styles = useMemo(() => outletStyles(corpus.outlets), [corpus]);
  const outletNames = useMemo(() => new Map(corpus.outlets.map((o) => [o.id, o.name])), [corpus]);
  const legendId = useId();
  const legend = () => document.getElementById(legendId);

  const shownOutlets = [...new Set(charts.flatMap((c) => c.rows.map((r) => r.outletId)))];
  const byEvent = new Map<string, CasualtyChart[]>();
  for (const chart of charts) {
    const key = chart.event?.id ?? '';
    byEvent.set(key, [...(byEvent.get(key) ?? []), chart]);
  }
  const selected = corpus.events.find((e) => e.id === filters.event) ?? null;
  const articleIds = [
    ...new Set([
      ...charts.flatMap((c) => c.rows.map((r) => r.articleId)),
      ...others.map((o) => o.figure.articleId),
    ]),
  ];

  return (
    <section aria-labelledby="casualty-heading" className="flex max-w-5xl flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="casualty-heading" className="text-lg font-semibold text-slate-950">
            Casualty figures
          </h2>
          <p className="mt-1 max-w-prose text-sm text-slate-700">
            The totals each article cites, event by event, disagreements first. A bar is drawn as
            sure as its words: “at least” runs on past its end, “around” is hatched, and an article
            that gives no figure says “not reported”. A vague “hundreds” or “dozens” has no number:
            it is written in its own lane, never drawn as a length. Witness accounts, the report’s
            method and wider counts are listed apart, below.
          </p>
        </div>
        {(charts.length > 0 || others.length > 0) && (
          <ExportMenu
            label="all casualty figures in view"
            fileParts={[
              'casualties',
              selected ? eventFileName(selected) : 'all events',
              eventFileDate(selected),
            ]}
            data={() => ({
              ...chartsTable(charts, others),
              title: 'Casualty figures',
              filters: describeFilters(corpus, filters),
              source: sourceLine(corpus, articleIds),
            })}
          />
        )}
      </div>

      {selected && (
        <EventFilterNotice setFilters={setFilters}>
          Showing figures for {selected.label} only.
        </EventFilterNotice>
      )}

      {charts.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          No casualty figures for what the filters show.
        </p>
      ) : (
        <>
          <FigureLegend
            id={legendId}
            outlets={shownOutlets.map((id) => ({
              style: outletStyle(styles, id),
              name: outletNames.get(id) ?? id,
            }))}
          />
          {[...byEvent].map(([eventId, list]) => {
            const event = list[0]?.event ?? null;
            const where = event ? placeText(event) : null;
            const when = eventDateText(event);
            return (
              <section key={eventId} aria-labelledby={`casualties-${eventId || 'none'}`}>
                <h3
                  id={`casualties-${eventId || 'none'}`}
                  className="text-base font-semibold text-slate-950"
                >
                  {event?.label ?? 'Figures not linked to an event'}
                  {(where || when) && (
                    <span className="ml-2 text-sm font-normal text-slate-700">
                      {[where !== event?.label ? where : null, when].filter(Boolean).join(' · ')}
                    </span>
                  )}
                </h3>
                <div className="mt-2 flex flex-col gap-3">
                  {list.map((chart) => (
                    <ChartFigure
                      key={chart.key}
                      chart={chart}
                      corpus={corpus}
                      filters={filters}
                      setFilters={setFilters}
                      styles={styles}
                      legend={legend}
                    />
                  ))}
                </div>
              </section>
            );
          })}
        </>
      )}

      {others.length > 0 && (
        <OtherNumbers others={others} filters={filters} setFilters={setFilters} />
      )}
    </section>
  );
}
