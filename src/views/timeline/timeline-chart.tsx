import { useId } from 'react';
import { markerPath, outletStyle, type OutletStyle } from '../shared/outlet-colors.ts';
import { formatDate } from '../shared/event-words.ts';
import {
  isoDay,
  monthName,
  monthStarts,
  type StrikeEntry,
  type TimelineModel,
} from './timeline-data.ts';

const INK = '#1e293b';
const MUTED = '#475569';
const GRID = '#e2e8f0';
const CAMPAIGN = '#56b4e9';
const REPORT = '#d55e00';
const SELECTED = '#0072b2';

const PAD = 16;
const TOP = 28;
const CAMPAIGN_ROW = 40;
const STRIKE_ROW = 44;
const ARTICLE_ROW = 40;
const AXIS = 30;

/** Estimated width of a line of text, enough to keep labels inside the drawing. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

function clip(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (size * 0.56)) - 1);
  return `${text.slice(0, chars)}…`;
}

/** Why a strike has no mention, in a phone's few words: "caption only", "no mention". */
function shortAbsence(strike: StrikeEntry): string {
  if (strike.absence?.startsWith('named only in')) {
    const reasons = new Set(strike.boilerplate.map((b) => b.reason));
    return reasons.size === 1 && reasons.has('caption') ? 'caption only' : 'boilerplate only';
  }
  return strike.absence === 'no article mentions it' ? 'no mention' : 'not in articles shown';
}

/** A place's name short enough for a phone: "Quay neighbourhood" for "Quay neighbourhood, Eastmoor". */
function shortPlace(strike: StrikeEntry): string {
  return (strike.event.place?.name ?? strike.placeText).split(',')[0] ?? strike.placeText;
}

interface TimelineChartProps {
  model: TimelineModel;
  width: number;
  styles: Map<string, OutletStyle>;
  /** The strike the filters narrow to, drawn as selected; the others are dimmed. */
  selected: string | null;
  /** Called with a strike's event id when its mark is clicked (mouse; the list has the buttons). */
  onSelect: (eventId: string) => void;
}

/**
 * The timeline drawn as SVG: the campaign as a span (an arrow where it has no end), each strike on
 * its own row at its date (a band over the month or year when the day is not known), the report as
 * a line across every row, the articles' publication dates as outlet-coloured markers, and a month
 * axis. Labels stay inside the drawing at any width.
 */
export function TimelineChart({ model, width, styles, selected, onSelect }: TimelineChartProps) {
  const clipId = `t${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const start = model.start - 4;
  const end = model.end + 4;
  const plot = Math.max(120, width - 2 * PAD);
  // On a phone, shorter words, so labels are not cut.
  const compact = width < 560;
  const x = (day: number) => PAD + ((day - start) / Math.max(1, end - start)) * plot;

  const stacks = new Map<number, number>();
  const articleMarks = model.articles.map((article) => {
    const level = stacks.get(article.day) ?? 0;
    stacks.set(article.day, level + 1);
    return { article, level };
  });
  const articleLevels = Math.max(1, ...stacks.values());

  const campaignTop = TOP;
  const strikesTop = campaignTop + model.campaigns.length * CAMPAIGN_ROW;
  const articlesTop = strikesTop + Math.max(1, model.strikes.length) * STRIKE_ROW;
  const articlesHeight = ARTICLE_ROW + (articleLevels - 1) * 12;
  const axisTop = articlesTop + articlesHeight;
  const height = axisTop + AXIS;

  const label = (
    text: string,
    at: number,
    y: number,
    options: { size?: number; bold?: boolean; color?: string; italic?: boolean } = {},
  ) => {
    const size = options.size ?? 12;
    const right = at > PAD + plot * 0.6;
    const room = right ? at - PAD - 2 : PAD + plot - at;
    return (
      <text
        x={at}
        y={y}
        textAnchor={right ? 'end' : 'start'}
        fontSize={size}
        fontWeight={options.bold ? 700 : 400}
        fontStyle={options.italic ? 'italic' : undefined}
        fill={options.color ?? INK}
      >
        {clip(text, room, size)}
      </text>
    );
  };
  const side = (at: number, gap: number) => (at > PAD + plot * 0.6 ? at - gap : at + gap);

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="inherit"
      aria-hidden="true"
    >
      <defs>
        <linearGradient id={`${clipId}-open`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={CAMPAIGN} stopOpacity="1" />
          <stop offset="1" stopColor={CAMPAIGN} stopOpacity="0.15" />
        </linearGradient>
      </defs>
      <rect width={width} height={height} fill="#ffffff" />

      {/* Month grid and axis. */}
      {monthStarts(start, end).map((day) => (
        <g key={day}>
          <line x1={x(day)} x2={x(day)} y1={TOP - 8} y2={axisTop} stroke={GRID} />
          <line x1={x(day)} x2={x(day)} y1={axisTop} y2={axisTop + 5} stroke={MUTED} />
          <text x={x(day) + 3} y={axisTop + 18} fontSize={11} fill={MUTED}>
            {plot < 420 ? monthName(day) : formatDate(isoDay(day), 'month')}
          </text>
        </g>
      ))}
      <line x1={PAD} x2={PAD + plot} y1={axisTop} y2={axisTop} stroke={MUTED} />

      {/* The campaign: a span, open-ended when it has no end date. */}
      {model.campaigns.map((campaign, i) => {
        const y = campaignTop + i * CAMPAIGN_ROW;
        const from = x(campaign.start);
        const to = campaign.end === null ? PAD + plot : x(campaign.end);
        const name = compact ? 'Campaign' : campaign.event.label;
        const words =
          campaign.end === null
            ? `${name}, from ${formatDate(isoDay(campaign.start))}`
            : `${name}, ${formatDate(isoDay(campaign.start))} to ${formatDate(isoDay(campaign.end))}`;
        return (
          <g key={campaign.event.id}>
            <rect
              x={from}
              y={y + 18}
              width={Math.max(2, to - from)}
              height={10}
              fill={campaign.end === null ? `url(#${clipId}-open)` : CAMPAIGN}
              stroke={INK}
              strokeWidth={0.75}
            />
            {campaign.end === null && (
              <path
                d={`M ${to - 8} ${y + 17} L ${to} ${y + 23} L ${to - 8} ${y + 29}`}
                fill="none"
                stroke={INK}
                strokeWidth={1.5}
              />
            )}
            <text x={from} y={y + 12} fontSize={12} fill={INK}>
              {clip(words, PAD + plot - from, 12)}
            </text>
          </g>
        );
      })}

      {/* Strikes, one row each. */}
      {model.strikes.map((strike, i) => {
        const y = strikesTop + i * STRIKE_ROW;
        const middle = y + STRIKE_ROW / 2;
        const isSelected = strike.event.id === selected;
        const dimmed = selected !== null && !isSelected;
        if (!strike.days) {
          return (
            <g key={strike.event.id} opacity={dimmed ? 0.45 : 1}>
              {label(`${strike.placeText}: date unknown`, PAD, middle + 4, {
                italic: true,
                color: MUTED,
              })}
            </g>
          );
        }
        const from = x(strike.days.start);
        const to = x(strike.days.end + 1);
        const at = strike.days.start === strike.days.end ? x(strike.days.start) : (from + to) / 2;
        const color = isSelected ? SELECTED : INK;
        // Beside the band, not over it, when the day is not known.
        const labelAt = at > PAD + plot * 0.6 ? Math.min(at, from) - 12 : Math.max(at, to) + 12;
        return (
          <g
            key={strike.event.id}
            opacity={dimmed ? 0.45 : 1}
            onClick={() => onSelect(strike.event.id)}
            style={{ cursor: 'pointer' }}
          >
            <rect x={PAD} y={y + 2} width={plot} height={STRIKE_ROW - 4} fill="transparent" />
            {strike.days.start !== strike.days.end && (
              <g>
                <rect
                  x={from}
                  y={middle - 9}
                  width={Math.max(2, to - from)}
                  height={18}
                  fill={color}
                  fillOpacity={0.12}
                  stroke={color}
                  strokeDasharray="3 2"
                />
              </g>
            )}
            <path
              d={markerPath('diamond', isSelected ? 14 : 11)}
              transform={`translate(${at} ${middle})`}
              fill={isSelected ? SELECTED : '#ffffff'}
              stroke={color}
              strokeWidth={2}
            />
            {label(compact ? shortPlace(strike) : strike.placeText, labelAt, middle - 3, {
              bold: true,
              color,
            })}
            {label(
              `${strike.dateText}${strike.absence === null ? '' : ` · ${compact ? shortAbsence(strike) : strike.absence}`}`,
              labelAt,
              middle + 11,
              { size: 11, color: MUTED },
            )}
          </g>
        );
      })}

      {/* The report: a line across every row. */}
      {model.publications.map((publication) => {
        const at = x(publication.day);
        return (
          <g key={publication.event.id}>
            <line
              x1={at}
              x2={at}
              y1={TOP - 6}
              y2={axisTop}
              stroke={REPORT}
              strokeWidth={2}
              strokeDasharray="6 3"
            />
            {label(
              `${compact ? 'Report' : publication.event.label}, ${formatDate(isoDay(publication.day))}`,
              side(at, 4),
              TOP - 12,
              { size: 11, bold: true, color: '#a33f00' },
            )}
          </g>
        );
      })}
      {/* The articles' publication dates. */}
      <text x={PAD} y={articlesTop + 12} fontSize={11} fill={MUTED}>
        {model.articles.length > 0 ? 'Articles published' : 'No article gives a publication date'}
      </text>
      {articleMarks.map(({ article, level }) => {
        const style = outletStyle(styles, article.outletId);
        return (
          <path
            key={article.articleId}
            d={markerPath(style.marker, 9)}
            transform={`translate(${x(article.day)} ${articlesTop + 24 + level * 12})`}
            fill={style.color}
            stroke={INK}
            strokeWidth={0.75}
          >
            <title>{`${article.label}, ${formatDate(isoDay(article.day))}`}</title>
          </path>
        );
      })}
    </svg>
  );
}
