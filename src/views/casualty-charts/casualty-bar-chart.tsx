import type { ReactNode } from 'react';
import { formatCount } from '../figure-wording.ts';
import { markerPath, outletStyle, type OutletStyle } from '../outlet-colors.ts';
import type { CasualtyChart, ChartRow } from './casualty-data.ts';
import {
  BAR_HEIGHT,
  FigureBar,
  INK,
  MUTED_INK,
  MarkDefs,
  OPEN_END,
  VAGUE_HEIGHT,
  VagueMark,
  markIds,
  useSvgId,
} from './figure-marks.tsx';

/** Below this width the row labels go above the bars, which then get the full width. */
const NARROW = 480;
const LINE = 14;
const ROW_GAP = 10;
const AXIS = 24;
const LANE_HEADING = 26;
const PAD = { top: 6, right: 12, bottom: 6, left: 4 };

/** Text widths are estimated from the character count, generously, so a line never overflows. */
const charWidth = (size: number, bold: boolean) => size * (bold ? 0.62 : 0.56);

/** Splits text into lines of at most `width` px; a word longer than a line gets a line of its own. */
export function wrapWords(text: string, width: number, size: number, bold = false): string[] {
  const chars = Math.max(8, Math.floor(width / charWidth(size, bold)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && next.length > chars) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at least `value`, so the axis ends on a round number. */
export function niceCeil(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/**
 * The value axis for values up to `max`: whole-number ticks on a round step (1, 2, 2.5 or 5 × 10ⁿ),
 * about `count` of them, ending on the first tick at or past `max`.
 */
export function valueAxis(max: number, count: number): { end: number; ticks: number[] } {
  const step = Math.max(1, niceCeil(max / Math.max(1, count)));
  const end = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= end + 1e-9; value += step) ticks.push(value);
  return { end, ticks };
}

interface Line {
  text: string;
  bold?: boolean;
  muted?: boolean;
  size: number;
}

/** The words beside a row: the outlet, the article, and whose figure it is, wrapped, never cut. */
function labelLines(row: ChartRow, width: number, narrow: boolean): Line[] {
  const { outlet, detail } = row.labelParts;
  const lines: Line[] = [];
  const joined = `${outlet} · ${detail}`;
  if (narrow && joined.length * charWidth(12, true) <= width) {
    lines.push({ text: joined, bold: true, size: 12 });
  } else {
    for (const text of wrapWords(outlet, width, 12, true))
      lines.push({ text, bold: true, size: 12 });
    for (const text of wrapWords(detail, width, 11)) lines.push({ text, muted: true, size: 11 });
  }
  if (row.attributedTo !== null) {
    for (const text of wrapWords(`per ${row.attributedTo}`, width, 11)) {
      lines.push({ text, muted: true, size: 11 });
    }
  }
  return lines;
}

/** The note under a bar: the parts given with a total, or the total a part belongs to. */
function noteLines(row: ChartRow, width: number): string[] {
  const note = row.parts ?? row.partOf;
  return note === null ? [] : wrapWords(note, width, 11);
}

interface Layout {
  row: ChartRow;
  top: number;
  height: number;
  label: Line[];
  notes: string[];
  /** The middle of the bar's lane. */
  middle: number;
}

interface CasualtyBarChartProps {
  chart: CasualtyChart;
  styles: Map<string, OutletStyle>;
  /** Width in px to draw at. */
  width: number;
}

/**
 * A chart of what each visible article cites for one event, group and outcome, drawn as plain SVG
 * (so an export is the same drawing): a row per article, the bar drawn by the figure's kind and
 * coloured by outlet, the value as written at its end, the parts a total includes under it, and
 * the outlet, article and attribution beside it, wrapped and never cut. Vague amounts have their
 * own lane under the axis, as words, not lengths. The chart has no text alternative of its own: its
 * caller gives one.
 */
export function CasualtyBarChart({ chart, styles, width }: CasualtyBarChartProps) {
  const chartId = useSvgId();
  const outletIds = [...new Set(chart.rows.map((r) => r.outletId))];
  const colorIndex = new Map(outletIds.map((id, index) => [id, index]));
  const narrow = width < NARROW;
  const labelWidth = narrow ? width - PAD.left - PAD.right : width >= 720 ? 250 : 190;
  const plotLeft = narrow ? PAD.left + 2 : PAD.left + labelWidth + 12;
  const plot = Math.max(80, width - plotLeft - PAD.right);

  const counted = chart.rows.filter((r) => r.kind !== 'vague');
  const vague = chart.rows.filter((r) => r.kind === 'vague');

  const layOut = (rows: readonly ChartRow[], start: number): { rows: Layout[]; end: number } => {
    let y = start;
    const laid = rows.map((row) => {
      const label = labelLines(row, narrow ? labelWidth - 14 : labelWidth - 14, narrow);
      const notes = noteLines(row, narrow ? plot : plot);
      const laneHeight = row.kind === 'vague' ? VAGUE_HEIGHT + 6 : BAR_HEIGHT + 10;
      const labelHeight = label.length * LINE;
      const markHeight = laneHeight + notes.length * LINE;
      const height = narrow ? labelHeight + markHeight : Math.max(labelHeight, markHeight);
      const middle = narrow ? y + labelHeight + laneHeight / 2 : y + laneHeight / 2;
      const layout = { row, top: y, height, label, notes, middle };
      y += height + ROW_GAP;
      return layout;
    });
    return { rows: laid, end: y };
  };

  const top = PAD.top;
  const countedLayout = layOut(counted, top);
  const hasNumbers = counted.some((r) => r.low !== null);
  const axisY = countedLayout.end - ROW_GAP / 2;
  const vagueStart = (counted.length > 0 ? axisY + (hasNumbers ? AXIS : 0) : top) + LANE_HEADING;
  const vagueLayout = layOut(vague, vague.length > 0 ? vagueStart : countedLayout.end);
  const height = Math.ceil((vague.length > 0 ? vagueLayout.end : axisY + AXIS) + PAD.bottom);

  // Leave room after the longest bar for its open end and its value ("at least 200").
  const maxEnd = Math.max(1, ...counted.map((r) => r.high ?? r.low ?? 0));
  const labelSpace = Math.max(
    ...counted.map(
      (r) =>
        r.valueText.length * charWidth(12, true) + (r.kind === 'lower-bound' ? OPEN_END : 0) + 12,
    ),
    40,
  );
  const { end: domainMax, ticks } = valueAxis(
    (maxEnd * plot) / Math.max(plot - labelSpace, plot * 0.35),
    narrow ? 3 : 5,
  );
  const scale = plot / domainMax;

  const drawLabel = (layout: Layout): ReactNode => {
    const style = outletStyle(styles, layout.row.outletId);
    const x = narrow ? PAD.left : PAD.left;
    return layout.label.map((line, index) => {
      const y = layout.top + LINE / 2 + index * LINE;
      return (
        <g key={index}>
          {index === 0 && (
            <path
              d={markerPath(style.marker, 9)}
              transform={`translate(${x + 5} ${y})`}
              fill={style.color}
              stroke={INK}
              strokeWidth={0.75}
            />
          )}
          <text
            x={x + 14}
            y={y}
            dominantBaseline="central"
            fontSize={line.size}
            fontWeight={line.bold ? 600 : undefined}
            fill={line.muted ? MUTED_INK : INK}
          >
            {line.text}
          </text>
        </g>
      );
    });
  };

  const drawRow = (layout: Layout): ReactNode => {
    const { row } = layout;
    const color = outletStyle(styles, row.outletId).color;
    const notesTop = layout.middle + (row.kind === 'vague' ? VAGUE_HEIGHT : BAR_HEIGHT) / 2 + 4;
    return (
      <g key={row.key}>
        <title>
          {[row.articleLabel, row.attributedTo ? `per ${row.attributedTo}` : null, row.valueText]
            .filter(Boolean)
            .join(', ')}
        </title>
        {drawLabel(layout)}
        {row.kind === 'vague' ? (
          <VagueMark words={row.valueText} color={color} x={plotLeft} middle={layout.middle} />
        ) : (
          <FigureBar
            row={row}
            ids={markIds(chartId, colorIndex.get(row.outletId) ?? 0)}
            color={color}
            x={plotLeft}
            middle={layout.middle}
            scale={scale}
          />
        )}
        {layout.notes.map((note, index) => (
          <text
            key={index}
            x={plotLeft}
            y={notesTop + LINE / 2 + index * LINE}
            dominantBaseline="central"
            fontSize={11}
            fill={MUTED_INK}
          >
            {note}
          </text>
        ))}
      </g>
    );
  };

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <MarkDefs chartId={chartId} colors={outletIds.map((id) => outletStyle(styles, id).color)} />
      {counted.length > 0 && hasNumbers && (
        <g>
          {ticks.map((tick) => (
            <line
              key={tick}
              x1={plotLeft + tick * scale}
              x2={plotLeft + tick * scale}
              y1={top}
              y2={axisY}
              stroke="#e2e8f0"
            />
          ))}
          <line
            data-mark="axis"
            x1={plotLeft}
            x2={plotLeft + plot}
            y1={axisY}
            y2={axisY}
            stroke={MUTED_INK}
          />
          {ticks.map((tick) => (
            <text
              key={tick}
              x={plotLeft + tick * scale}
              y={axisY + 14}
              textAnchor={tick === 0 ? 'start' : 'middle'}
              fontSize={11}
              fill={MUTED_INK}
            >
              {formatCount(tick)}
            </text>
          ))}
        </g>
      )}
      {countedLayout.rows.map(drawRow)}
      {vague.length > 0 && (
        <g>
          <line
            x1={PAD.left}
            x2={width - PAD.right}
            y1={vagueStart - LANE_HEADING + 4}
            y2={vagueStart - LANE_HEADING + 4}
            stroke="#cbd5e1"
          />
          <text
            x={PAD.left}
            y={vagueStart - LANE_HEADING / 2 + 2}
            dominantBaseline="central"
            fontSize={11}
            fontWeight={600}
            fill={MUTED_INK}
          >
            {narrow
              ? 'Without a number (not to scale)'
              : 'Without a number: vague words, not drawn to scale'}
          </text>
          {vagueLayout.rows.map(drawRow)}
        </g>
      )}
    </svg>
  );
}
