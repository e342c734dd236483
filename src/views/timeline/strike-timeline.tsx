import { useId, useMemo, useRef } from 'react';
import type { Corpus } from '../../corpus/schema.ts';
import type { Filters } from '../../filters/filters.ts';
import { chartToSvg, legendEntries } from '../../export/chart-to-svg.ts';
import { LegendItem, LegendSwatch } from '../legend-item.tsx';
import { describeFilters, sourceLine } from '../../export/export-context.ts';
import { ExportMenu } from '../../export/export-menu.tsx';
import type { DataTable } from '../../export/to-csv.ts';
import { formatFigure } from '../casualty-charts/figure-value.ts';
import { OutletSwatch } from '../casualty-charts/figure-legend.tsx';
import { useElementWidth } from '../casualty-charts/use-element-width.ts';
import { SourceLink } from '../discrepancy-list/source-link.tsx';
import { outletStyle, outletStyles } from '../outlet-colors.ts';
import type { ViewProps } from '../view-props.ts';
import { TimelineChart } from './timeline-chart.tsx';
import {
  isoDay,
  timelineModel,
  type MentionKind,
  type StrikeEntry,
  type TimelineModel,
} from './timeline-data.ts';
import { EventFilterNotice } from '../event-filter-notice.tsx';

const HOW_WORDS: Record<MentionKind, string> = {
  figure: 'a figure',
  date: 'a date',
  claim: 'a claim about it',
};

/** The strikes as a table: what the timeline's CSV and JSON exports hold. */
export function strikesTable(model: TimelineModel): DataTable {
  return {
    columns: [
      { key: 'event', label: 'Event' },
      { key: 'label', label: 'Strike' },
      { key: 'place', label: 'Place' },
      { key: 'governorate', label: 'Governorate' },
      { key: 'date', label: 'Date' },
      { key: 'precision', label: 'Date precision' },
      { key: 'figures', label: 'Figures cited (range across outlets)' },
      { key: 'mentionedBy', label: 'Mentioned by' },
      { key: 'notMentionedBy', label: 'Not mentioned by' },
    ],
    rows: model.strikes.map((s) => ({
      event: s.event.id,
      label: s.event.label,
      place: s.event.place?.name ?? null,
      governorate: s.event.place?.governorate ?? null,
      date: s.event.date,
      precision: s.event.datePrecision,
      figures: s.figures.map((f) => `${f.groupLabel}: ${f.range}`).join('; ') || null,
      mentionedBy: s.mentionedBy.map((m) => m.articleId).join(', ') || null,
      notMentionedBy: s.notMentionedBy.map((m) => m.articleId).join(', ') || null,
    })),
  };
}

interface StrikeCardProps {
  strike: StrikeEntry;
  selected: boolean;
  onSelect: () => void;
  filters: Filters;
  setFilters: ViewProps['setFilters'];
  corpus: Corpus;
}

function StrikeCard({ strike, selected, onSelect, filters, setFilters, corpus }: StrikeCardProps) {
  const headingId = useId();
  const articleName = (articleId: string) => {
    const article = corpus.articles.find((a) => a.id === articleId);
    const outlet = corpus.outlets.find((o) => o.id === article?.outletId);
    return outlet?.name.includes(`article ${articleId}`)
      ? outlet.name
      : `${outlet?.name ?? '?'} (article ${articleId})`;
  };
  return (
    <li
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-3 sm:p-4 ${selected ? 'border-sky-700 ring-2 ring-sky-700' : 'border-slate-200'}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 id={headingId} className="font-semibold text-slate-950">
            {strike.event.label}
          </h4>
          <p className="text-sm text-slate-700">
            {strike.placeText} · {strike.dateText}
          </p>
        </div>
        <button
          type="button"
          aria-pressed={selected}
          onClick={onSelect}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-pressed:border-sky-800 aria-pressed:bg-sky-800 aria-pressed:text-white"
        >
          {selected ? '✓ ' : ''}Select strike{' '}
          <span className="sr-only">({strike.event.label})</span>
        </button>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-700">Figures cited</dt>
        <dd>
          {strike.figures.length === 0 ? (
            <span className="text-slate-600">none in the articles shown</span>
          ) : (
            <ul className="flex flex-col gap-1">
              {strike.figures.map((group) => (
                <li key={group.groupLabel}>
                  <span className="inline-block font-semibold first-letter:uppercase">
                    {group.groupLabel}: {group.range}
                  </span>
                  <ul className="ml-4 list-disc text-slate-700">
                    {group.figures.map((figure) => (
                      <li key={figure.id}>
                        {formatFigure(figure)} in {articleName(figure.articleId)}
                        {/* A witness's count is not the outlet's own toll: say whose it is. */}
                        {figure.attributedTo !== null && `, per ${figure.attributedTo}`}:{' '}
                        <SourceLink filters={filters} setFilters={setFilters} span={figure}>
                          “{figure.quote}”
                        </SourceLink>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-medium text-slate-700">Mentioned by</dt>
        <dd>
          {strike.mentionedBy.length === 0 ? (
            'no article shown'
          ) : (
            <ul>
              {strike.mentionedBy.map((m) => (
                <li key={m.articleId}>
                  {m.label}:{' '}
                  <span className="text-slate-700">
                    {m.how.map((h) => HOW_WORDS[h]).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-medium text-slate-700">Not mentioned by</dt>
        <dd>
          {strike.notMentionedBy.length === 0
            ? 'every article shown mentions it'
            : strike.notMentionedBy.map((m) => m.label).join('; ')}
        </dd>
      </dl>
    </li>
  );
}

/**
 * The strike timeline view: the campaign, every strike on its date at its precision, the report
 * and the articles' dates, drawn and listed; selecting a strike narrows every view to it (in the
 * URL), selecting it again shows all.
 */
export function StrikeTimeline({ corpus, filters, setFilters }: ViewProps) {
  const model = useMemo(() => timelineModel(corpus, filters), [corpus, filters]);
  const styles = useMemo(() => outletStyles(corpus.outlets), [corpus]);
  const box = useRef<HTMLDivElement>(null);
  const legend = useRef<HTMLUListElement>(null);
  const width = useElementWidth(box, 800);
  const summaryId = useId();
  const toggle = (eventId: string) =>
    setFilters((f) => ({ ...f, event: f.event === eventId ? null : eventId }));
  const selected = corpus.events.find((e) => e.id === filters.event) ?? null;
  const outlets = [...new Set(model.articles.map((a) => a.outletId))];
  const articleIds = [...model.articles, ...model.undatedArticles].map((a) => a.articleId);
  const fileParts = [
    'strike-timeline',
    selected?.place?.name,
    isoDay(model.start),
    'to',
    isoDay(model.end),
  ];

  return (
    <section aria-labelledby="timeline-heading" className="flex max-w-5xl flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="timeline-heading" className="text-lg font-semibold text-slate-950">
            Strike timeline
          </h2>
          <p className="mt-1 max-w-prose text-sm text-slate-700">
            Each reported strike on its date, as precisely as it is known, between the start of the
            campaign and the report. Select a strike to narrow every view to it.
          </p>
        </div>
        <ExportMenu
          label="the strike timeline"
          fileParts={fileParts}
          image={() => {
            const svg = box.current?.querySelector('svg');
            if (!svg) throw new Error('the timeline is not on the page');
            return chartToSvg(svg, legendEntries(legend.current), {
              title: 'Strike timeline',
              subtitle: model.summary,
              filters: describeFilters(corpus, filters),
              source: sourceLine(corpus, articleIds),
            });
          }}
          data={() => ({
            ...strikesTable(model),
            title: 'Strike timeline',
            filters: describeFilters(corpus, filters),
            source: sourceLine(corpus, articleIds),
          })}
        />
      </div>

      {selected && (
        <EventFilterNotice setFilters={setFilters}>
          Every view is narrowed to {selected.label}.
        </EventFilterNotice>
      )}

      <figure className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
        <div ref={box} role="img" aria-labelledby={summaryId} className="w-full overflow-hidden">
          <TimelineChart
            model={model}
            width={width}
            styles={styles}
            selected={filters.event}
            onSelect={toggle}
          />
        </div>
        <figcaption id={summaryId} className="mt-2 text-sm text-slate-700">
          {model.summary}
        </figcaption>
        <ul
          ref={legend}
          aria-label="Legend"
          className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700"
        >
          <LegendItem
            label="campaign"
            legendKey="campaign"
            swatch={
              <LegendSwatch>
                <rect
                  x="1"
                  y="5"
                  width="14"
                  height="6"
                  fill="#56b4e9"
                  stroke="#1e293b"
                  strokeWidth="0.75"
                />
              </LegendSwatch>
            }
          />
          <LegendItem
            label="strike"
            legendKey="strike"
            swatch={
              <LegendSwatch>
                <path
                  d="M 8 2 L 14 8 L 8 14 L 2 8 Z"
                  fill="#ffffff"
                  stroke="#1e293b"
                  strokeWidth="2"
                />
              </LegendSwatch>
            }
          />
          <LegendItem
            label="day not known (band over the month)"
            legendKey="month"
            swatch={
              <LegendSwatch>
                <rect
                  x="1"
                  y="4"
                  width="14"
                  height="8"
                  fill="#1e293b"
                  fillOpacity="0.12"
                  stroke="#1e293b"
                  strokeDasharray="3 2"
                />
              </LegendSwatch>
            }
          />
          <LegendItem
            label="report published"
            legendKey="report"
            swatch={
              <LegendSwatch>
                <line
                  x1="8"
                  x2="8"
                  y1="1"
                  y2="15"
                  stroke="#d55e00"
                  strokeWidth="2"
                  strokeDasharray="4 2"
                />
              </LegendSwatch>
            }
          />
          {outlets.map((id) => (
            <LegendItem
              key={id}
              label={`article from ${corpus.outlets.find((o) => o.id === id)?.name ?? id}`}
              legendKey={id}
              swatch={<OutletSwatch style={outletStyle(styles, id)} />}
            />
          ))}
        </ul>
      </figure>

      <h3 className="sr-only">Strikes</h3>
      {model.strikes.length === 0 ? (
        <p className="text-slate-700">The corpus lists no strikes.</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {model.strikes.map((strike) => (
            <StrikeCard
              key={strike.event.id}
              strike={strike}
              selected={strike.event.id === filters.event}
              onSelect={() => toggle(strike.event.id)}
              filters={filters}
              setFilters={setFilters}
              corpus={corpus}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
