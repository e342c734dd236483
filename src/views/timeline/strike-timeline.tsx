import { useId, useMemo, useRef } from 'react';
import type { Corpus } from '../../corpus/schema.ts';
import type { Filters } from '../../filters/filters.ts';
import { chartToSvg, legendEntries } from '../../export/chart-to-svg.ts';
import { LegendItem, LegendSwatch } from '../shared/legend-item.tsx';
import { describeFilters, sourceLine } from '../../export/export-context.ts';
import { ExportMenu } from '../../export/export-menu.tsx';
import { COLUMNS, type DataTable } from '../../export/to-csv.ts';
import type { Figure } from '../../corpus/schema.ts';
import { articleLabel } from '../../wording/article-label.ts';
import { attributionWords, figureAmount, roleWords } from '../../wording/figure-wording.ts';
import { OutletSwatch } from '../shared/outlet-swatch.tsx';
import { useElementWidth } from '../shared/use-element-width.ts';
import { SourceLink } from '../shared/source-link.tsx';
import { outletStyle, outletStyles } from '../shared/outlet-colors.ts';
import type { ViewProps } from '../shared/view-props.ts';
import { TimelineChart } from './timeline-chart.tsx';
import {
  isoDay,
  REMOVED_WORDS,
  timelineModel,
  type MentionKind,
  type StrikeEntry,
  type TimelineModel,
} from './timeline-data.ts';
import { EventFilterNotice } from '../shared/event-filter-notice.tsx';

const HOW_WORDS: Record<MentionKind, string> = {
  figure: 'a figure',
  date: 'a date',
  claim: 'a claim about it',
};

/** Whose a figure is and what it is part of, as the articles say: ", per Harbour Watch". */
function figureSource(figure: Figure, figures: readonly Figure[]): string {
  const whose = attributionWords(figure);
  const per = whose === null ? '' : `, ${whose}`;
  if (figure.role !== 'part') return per;
  const total = figures.find((f) => f.id === figure.partOf);
  return `${per}, part of ${total === undefined ? 'a total' : `its total “${total.quote}”`}`;
}

/**
 * The strikes as a table, one line per strike (as the page lists them): what the timeline's CSV
 * and JSON exports hold. Each total keeps its article and its attribution; numbers of other roles
 * (a witness's count, the report's method) are listed apart, as what they are.
 */
export function strikesTable(model: TimelineModel, corpus: Pick<Corpus, 'figures'>): DataTable {
  const cite = (f: Figure) =>
    `${figureAmount(f)} (article ${f.articleId}${figureSource(f, corpus.figures)})`;
  return {
    columns: [
      COLUMNS.event,
      { key: 'label', label: 'Strike' },
      { key: 'place', label: 'Place' },
      { key: 'governorate', label: 'Governorate' },
      { key: 'date', label: 'Date' },
      { key: 'precision', label: 'Date precision' },
      { key: 'figures', label: 'Totals cited (article, attribution)' },
      { key: 'range', label: 'Range across outlets' },
      { key: 'otherNumbers', label: 'Other numbers, not the toll' },
      { key: 'mentionedBy', label: 'Mentioned by', id: true },
      { key: 'notMentionedBy', label: 'Not mentioned by', id: true },
      { key: 'boilerplate', label: 'Named in boilerplate' },
      { key: 'absence', label: 'When no article shown mentions it' },
    ],
    rows: model.strikes.map((s) => ({
      event: s.event.id,
      label: s.event.label,
      place: s.event.place?.name ?? null,
      governorate: s.event.place?.governorate ?? null,
      date: s.event.date,
      precision: s.event.datePrecision,
      figures:
        s.figures.map((g) => `${g.groupLabel}: ${g.figures.map(cite).join(', ')}`).join('; ') ||
        null,
      range: s.figures.map((g) => `${g.groupLabel}: ${g.range}`).join('; ') || null,
      otherNumbers:
        s.otherNumbers
          .map(
            (f) =>
              `“${f.quote}” (article ${f.articleId}, ${roleWords(f)}${figureSource(f, corpus.figures)})`,
          )
          .join('; ') || null,
      mentionedBy: s.mentionedBy.map((m) => m.articleId).join(', ') || null,
      notMentionedBy: s.notMentionedBy.map((m) => m.articleId).join(', ') || null,
      boilerplate:
        s.boilerplate.map((b) => `article ${b.articleId}: ${REMOVED_WORDS[b.reason]}`).join('; ') ||
        null,
      absence: s.absence,
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
  const labelOf = (articleId: string) => {
    const article = corpus.articles.find((a) => a.id === articleId);
    return article ? articleLabel(corpus, article) : `article ${articleId}`;
  };
  const source = (span: { articleId: string; start: number; end: number }, text: string) => (
    <SourceLink filters={filters} setFilters={setFilters} span={span}>
      {text}
    </SourceLink>
  );
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
        <dt className="font-medium text-slate-700">Totals cited</dt>
        <dd>
          {strike.figures.length === 0 ? (
            <span className="text-slate-600">
              {strike.hiddenTotals === 0
                ? 'none: no article gives a toll for it'
                : `none in the articles shown (${strike.hiddenTotals} in articles the filters hide)`}
            </span>
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
                        {figureAmount(figure)} in {labelOf(figure.articleId)}
                        {/* Whose count it is, and the total a part belongs to: never cut. */}
                        {figureSource(figure, corpus.figures)}:{' '}
                        {source(figure, `“${figure.quote}”`)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {strike.otherNumbers.length > 0 && (
          <>
            <dt className="font-medium text-slate-700">Other numbers, not the toll</dt>
            <dd>
              <ul className="flex flex-col gap-1 text-slate-700">
                {strike.otherNumbers.map((figure) => (
                  <li key={figure.id}>
                    {source(figure, `“${figure.quote}”`)}: {roleWords(figure)}
                    {figureSource(figure, corpus.figures)}, in {labelOf(figure.articleId)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt className="font-medium text-slate-700">Mentioned by</dt>
        <dd>
          {strike.mentionedBy.length === 0 ? (
            <span>{strike.absence ?? 'no article shown'}</span>
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
          {strike.boilerplate.length > 0 && (
            <ul className="mt-1 text-slate-700">
              {strike.boilerplate.map((b) => (
                <li key={`${b.articleId}-${b.start}`}>
                  {strike.mentionedBy.length > 0 ? 'Also named' : 'Named'} in{' '}
                  {REMOVED_WORDS[b.reason]} of {b.label}, set aside as boilerplate
                  {b.hidden ? ' (hidden by the filters)' : ''}:{' '}
                  {source(b, `“${b.quote.length > 90 ? `${b.quote.slice(0, 89)}…` : b.quote}”`)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-medium text-slate-700">Not mentioned by</dt>
        <dd>
          {strike.notMentionedBy.length === 0
            ? 'every article shown names it'
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
            ...strikesTable(model, corpus),
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
