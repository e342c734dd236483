import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { markerPath, outletStyle, type OutletStyle } from '../outlet-colors.ts';
import type { CasualtyChart, ChartRow } from './casualty-data.ts';
import { formatCount } from './figure-value.ts';
import {
  FigureBar,
  INK,
  MUTED_INK,
  MarkDefs,
  OPEN_END,
  markIds,
  useSvgId,
} from './figure-marks.tsx';

const ROW = 40;
/** On a phone the row labels go above the bars, which then get the full width. */
const STACKED_ROW = 52;
const STACKED_LABEL = 16;
const AXIS = 30;
const MARGIN = { top: 6, right: 10, bottom: 4, left: 4 };

interface Datum {
  key: string;
  value: number;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** The smallest 1, 2 or 5 × 10ⁿ at least `value`, so the axis ends on a round number. */
export function niceCeil(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

function clip(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}…` : text;
}

interface CasualtyBarChartProps {
  chart: CasualtyChart;
  styles: Map<string, OutletStyle>;
  /** Outlet names by id, for the row labels. */
  outletNames: Map<string, string>;
  /** Width in px to draw at. */
  width: number;
}

/**
 * A horizontal bar chart of what each visible article cites for one event and group: one row per
 * article (more when it cites several values), the bar drawn by the figure's kind and coloured by
 * outlet, with the value as written at its end. The chart has no text alternative of its own: its
 * caller gives one.
 */
export function CasualtyBarChart({ chart, styles, outletNames, width }: CasualtyBarChartProps) {
  const chartId = useSvgId();
  const outletIds = [...new Set(chart.rows.map((r) => r.outletId))];
  const colorIndex = new Map(outletIds.map((id, index) => [id, index]));
  const narrow = width < 480;
  const rowHeight = narrow ? STACKED_ROW : ROW;
  const axisWidth = narrow ? 0 : width >= 720 ? 260 : 200;
  const plot = Math.max(80, width - axisWidth - MARGIN.left - MARGIN.right);
  const maxEnd = Math.max(1, ...chart.rows.map((r) => r.high ?? r.low ?? 0));
  // Leave room after the longest bar for its open end and its label ("hundreds (vague)").
  const labelSpace = Math.min(plot * 0.55, (narrow ? 110 : 130) + OPEN_END);
  const domainMax = niceCeil((maxEnd * plot) / (plot - labelSpace));
  const height = chart.rows.length * rowHeight + AXIS + MARGIN.top + MARGIN.bottom;
  const data: Datum[] = chart.rows.map((row) => ({ key: row.key, value: row.low ?? 0 }));
  const rowOf = new Map(chart.rows.map((row) => [row.key, row]));

  const describe = (row: ChartRow) => {
    const name = (outletNames.get(row.outletId) ?? row.outletId).replace(/ \(article [^)]*\)$/, '');
    const detail = [`article ${row.articleId}`, row.attributedTo ? `per ${row.attributedTo}` : null]
      .filter(Boolean)
      .join(' · ');
    const title = `${row.articleLabel}${row.attributedTo ? `, per ${row.attributedTo}` : ''}`;
    return { name, detail, title, style: outletStyle(styles, row.outletId) };
  };

  /** Two lines to the left of the bar: the outlet, then the article and whose figure it is. */
  const renderTick = ({ x: tickX, y: tickY, payload }: TickProps) => {
    const [x, y] = [Number(tickX ?? 0), Number(tickY ?? 0)];
    const row = rowOf.get(String(payload?.value));
    if (!row) return <g />;
    const { name, detail, title, style } = describe(row);
    const left = x - axisWidth + 6;
    return (
      <g>
        <title>{title}</title>
        <path
          d={markerPath(style.marker, 9)}
          transform={`translate(${left + 5} ${y - 6})`}
          fill={style.color}
          stroke={INK}
          strokeWidth={0.75}
        />
        <text
          x={left + 14}
          y={y - 6}
          dominantBaseline="central"
          fontSize={12}
          fontWeight={600}
          fill={INK}
        >
          {clip(name, Math.floor((axisWidth - 26) / 6.8))}
        </text>
        <text x={left + 14} y={y + 8} dominantBaseline="central" fontSize={11} fill={MUTED_INK}>
          {clip(detail, Math.floor((axisWidth - 26) / 5.5))}
        </text>
      </g>
    );
  };

  /** One line above the bar, for narrow charts. */
  const labelAbove = (row: ChartRow, left: number, top: number) => {
    const { name, detail, title, style } = describe(row);
    const room = Math.floor((plot - 14) / 6.2);
    const shownName = clip(name, room);
    const shownDetail = clip(` · ${detail}`, Math.max(0, room - shownName.length));
    return (
      <g>
        <title>{title}</title>
        <path
          d={markerPath(style.marker, 9)}
          transform={`translate(${left + 5} ${top + 8})`}
          fill={style.color}
          stroke={INK}
          strokeWidth={0.75}
        />
        <text x={left + 14} y={top + 8} dominantBaseline="central" fontSize={12} fill={INK}>
          <tspan fontWeight={600}>{shownName}</tspan>
          {shownDetail.length > 3 && (
            <tspan fontSize={11} fill={MUTED_INK}>
              {shownDetail}
            </tspan>
          )}
        </text>
      </g>
    );
  };

  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={MARGIN}
      barCategoryGap={0}
      accessibilityLayer={false}
      // The caller's wrapper is the image and carries the text alternative.
      role="presentation"
    >
      <MarkDefs chartId={chartId} colors={outletIds.map((id) => outletStyle(styles, id).color)} />
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis
        type="number"
        domain={[0, domainMax]}
        allowDecimals={false}
        tickCount={narrow ? 3 : 6}
        tickFormatter={(value: number) => formatCount(value)}
        tick={{ fontSize: 11, fill: MUTED_INK }}
        stroke={MUTED_INK}
        height={AXIS}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={axisWidth}
        hide={narrow}
        interval={0}
        tickLine={false}
        stroke={MUTED_INK}
        tick={renderTick}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: {
          x?: number;
          y?: number;
          width?: number;
          height?: number;
          value?: unknown;
          payload?: unknown;
          background?: { width?: number };
        }) => {
          const datum = props.payload as Datum | undefined;
          const row = datum ? rowOf.get(datum.key) : undefined;
          if (!row) return <g />;
          const value = typeof props.value === 'number' ? props.value : (row.low ?? 0);
          const barWidth = props.width ?? 0;
          const scale =
            value > 0 && barWidth > 0
              ? barWidth / value
              : (props.background?.width ?? plot) / domainMax;
          const [x, y, height] = [props.x ?? 0, props.y ?? 0, props.height ?? rowHeight];
          return (
            <g>
              {narrow && labelAbove(row, x, y)}
              <FigureBar
                row={row}
                ids={markIds(chartId, colorIndex.get(row.outletId) ?? 0)}
                color={outletStyle(styles, row.outletId).color}
                x={x}
                y={narrow ? y + STACKED_LABEL : y}
                height={narrow ? height - STACKED_LABEL : height}
                scale={scale}
                label={row.valueText}
              />
            </g>
          );
        }}
      />
    </BarChart>
  );
}
