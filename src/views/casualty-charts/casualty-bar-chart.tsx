import type { ReactNode, SVGProps } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  XAxis,
  YAxis,
  type BarShapeProps,
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatCount } from '../../wording/figure-wording.ts';
import {
  INK,
  MUTED_INK,
  markerPath,
  outletStyle,
  type OutletStyle,
} from '../shared/outlet-colors.ts';
import type { CasualtyChart, ChartRow } from './casualty-data.ts';
import {
  BAR_HEIGHT,
  FigureBar,
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

/** What a row's hover title says: the article, whose figure it is, and the figure. */
function rowTitle(row: ChartRow): string {
  return [row.articleLabel, row.attributedTo ? `per ${row.attributedTo}` : null, row.valueText]
    .filter(Boolean)
    .join(', ');
}

/** One row laid out: its words, and where its mark sits from the top of its band. */
interface Layout {
  row: ChartRow;
  label: Line[];
  notes: string[];
  /** Height of the row's content, without the gap between rows. */
  height: number;
  /** From the top of the row's content to the middle of its mark's lane. */
  middle: number;
}

/** The geometry of one chart at one width: the same numbers recharts is given, and the lane under it. */
interface Geometry {
  narrow: boolean;
  /** Width of the category (row label) axis; the value axis starts after it. */
  labelAxis: number;
  plotLeft: number;
  counted: Layout[];
  vague: Layout[];
  /** Where each vague row starts, in the lane under the axis. */
  vagueTops: number[];
  /** Height of every category band of the recharts chart: the tallest counted row and a gap. */
  band: number;
  hasNumbers: boolean;
  /** Where the value axis is drawn, and where the vague lane's heading starts. */
  axisY: number;
  laneTop: number;
  height: number;
  domainMax: number;
  ticks: number[];
}

function geometry(chart: CasualtyChart, width: number): Geometry {
  const narrow = width < NARROW;
  const labelWidth = narrow ? width - PAD.left - PAD.right : width >= 720 ? 250 : 190;
  const labelAxis = narrow ? 2 : labelWidth + 12;
  const plotLeft = PAD.left + labelAxis;
  const plot = Math.max(80, width - plotLeft - PAD.right);

  const layOut = (row: ChartRow): Layout => {
    const label = labelLines(row, labelWidth - 14, narrow);
    const notes = noteLines(row, plot);
    const lane = row.kind === 'vague' ? VAGUE_HEIGHT + 6 : BAR_HEIGHT + 10;
    const labelHeight = label.length * LINE;
    const markHeight = lane + notes.length * LINE;
    return {
      row,
      label,
      notes,
      height: narrow ? labelHeight + markHeight : Math.max(labelHeight, markHeight),
      middle: (narrow ? labelHeight : 0) + lane / 2,
    };
  };
  const counted = chart.rows.filter((r) => r.kind !== 'vague').map(layOut);
  const vague = chart.rows.filter((r) => r.kind === 'vague').map(layOut);

  // Recharts gives every category the same height: that of the tallest row, so no label is cut.
  const band = Math.max(0, ...counted.map((l) => l.height)) + ROW_GAP;
  const hasNumbers = counted.some((l) => l.row.low !== null);
  const axisY = PAD.top - ROW_GAP / 2 + counted.length * band;
  const laneTop = counted.length > 0 ? axisY + (hasNumbers ? AXIS : 0) : PAD.top;
  const vagueTops: number[] = [];
  let laneEnd = laneTop + LANE_HEADING;
  for (const layout of vague) {
    vagueTops.push(laneEnd);
    laneEnd += layout.height + ROW_GAP;
  }
  const height = Math.ceil((vague.length > 0 ? laneEnd : axisY + AXIS) + PAD.bottom);

  // Leave room after the longest bar for its open end and its value ("at least 200").
  const maxEnd = Math.max(1, ...counted.map((l) => l.row.high ?? l.row.low ?? 0));
  const labelSpace = Math.max(
    ...counted.map(
      ({ row: r }) =>
        r.valueText.length * charWidth(12, true) + (r.kind === 'lower-bound' ? OPEN_END : 0) + 12,
    ),
    40,
  );
  const { end: domainMax, ticks } = valueAxis(
    (maxEnd * plot) / Math.max(plot - labelSpace, plot * 0.35),
    narrow ? 3 : 5,
  );
  return {
    narrow,
    labelAxis,
    plotLeft,
    counted,
    vague,
    vagueTops,
    band,
    hasNumbers,
    axisY,
    laneTop,
    height,
    domainMax,
    ticks,
  };
}

/** A row's label lines from (`x`, `top`), the outlet's marker before the first. */
function RowLabel({
  layout,
  style,
  x,
  top,
}: {
  layout: Layout;
  style: OutletStyle;
  x: number;
  top: number;
}) {
  return (
    <g>
      {layout.label.map((line, index) => {
        const y = top + LINE / 2 + index * LINE;
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
      })}
    </g>
  );
}

/** The notes under a row's mark, from `top`. */
function RowNotes({ notes, x, top }: { notes: readonly string[]; x: number; top: number }) {
  return notes.map((note, index) => (
    <text
      key={index}
      x={x}
      y={top + LINE / 2 + index * LINE}
      dominantBaseline="central"
      fontSize={11}
      fill={MUTED_INK}
    >
      {note}
    </text>
  ));
}

interface RowTickProps extends Partial<YAxisTickContentProps> {
  layouts: Map<string, Layout>;
  styles: Map<string, OutletStyle>;
  band: number;
}

/**
 * The category axis tick: a row's outlet, article and attribution, wrapped over as many lines as
 * they need (the band is sized for the tallest), from the left edge of the chart; on a phone they
 * run over the plot, above the bar.
 */
function RowTick({ layouts, styles, band, payload, y }: RowTickProps) {
  const layout = layouts.get(String(payload?.value));
  if (!layout) return <g />;
  const top = Number(y) - band / 2 + ROW_GAP / 2;
  return (
    <g>
      <title>{rowTitle(layout.row)}</title>
      <RowLabel
        layout={layout}
        style={outletStyle(styles, layout.row.outletId)}
        x={PAD.left}
        top={top}
      />
    </g>
  );
}

/** A value axis tick, its first one starting at the axis's start rather than centred on it. */
function ValueTick({ x, y, payload }: Partial<XAxisTickContentProps>) {
  const value = Number(payload?.value ?? 0);
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      // Recharts places a tick 8 px under the axis (tick size and margin): the baseline sits 14 px under it.
      dy={6}
      textAnchor={value === 0 ? 'start' : 'middle'}
      fontSize={11}
      fill={MUTED_INK}
    >
      {formatCount(value)}
    </text>
  );
}

/** The value axis line, marked so tests find it (recharts passes `data-*` attributes through). */
const AXIS_LINE: SVGProps<SVGLineElement> = { stroke: MUTED_INK, ...{ 'data-mark': 'axis' } };

interface Datum {
  key: string;
  /** The bar's recharts value: its low end (where it starts to be unsure); 0 for "not reported", drawn as words. */
  value: number;
}

interface CasualtyBarChartProps {
  chart: CasualtyChart;
  styles: Map<string, OutletStyle>;
  /** Width in px to draw at. */
  width: number;
}

/**
 * A chart of what each visible article cites for one event, group and outcome, drawn with recharts
 * into one `<svg>` (so an export is the same drawing): a row per article, the bar drawn by the
 * figure's kind (a custom bar shape) and coloured by outlet, the value as written at its end, the
 * parts a total includes under it, and the outlet, article and attribution beside it (a custom
 * category tick), wrapped and never cut. Vague amounts have their own lane under the value axis,
 * as words, not lengths, drawn as plain SVG in the same `<svg>`. The chart has no text alternative
 * of its own: its caller gives one.
 */
export function CasualtyBarChart({ chart, styles, width }: CasualtyBarChartProps) {
  const chartId = useSvgId();
  const outletIds = [...new Set(chart.rows.map((r) => r.outletId))];
  const colorIndex = new Map(outletIds.map((id, index) => [id, index]));
  const g = geometry(chart, width);
  const layouts = new Map(g.counted.map((l) => [l.row.key, l]));
  const data: Datum[] = g.counted.map((l) => ({ key: l.row.key, value: l.row.low ?? 0 }));
  const axisHeight = g.hasNumbers ? AXIS : 0;
  const margin = {
    top: PAD.top - ROW_GAP / 2,
    right: PAD.right,
    left: PAD.left,
    bottom: g.height - g.axisY - axisHeight,
  };

  const shape = (props: BarShapeProps): ReactNode => {
    const layout = layouts.get((props.payload as Datum | undefined)?.key ?? '');
    if (!layout) return <g />;
    const { row } = layout;
    // px per unit, from recharts' own scale: a bar's length over its value, else the plot's width.
    const value = typeof props.value === 'number' ? props.value : 0;
    const scale =
      value > 0 && props.width > 0
        ? props.width / value
        : (props.background?.width ?? width - g.plotLeft - PAD.right) / g.domainMax;
    const top = props.y + ROW_GAP / 2;
    const middle = top + layout.middle;
    return (
      <g>
        <title>{rowTitle(row)}</title>
        <FigureBar
          row={row}
          ids={markIds(chartId, colorIndex.get(row.outletId) ?? 0)}
          color={outletStyle(styles, row.outletId).color}
          x={props.x}
          middle={middle}
          scale={scale}
        />
        <RowNotes notes={layout.notes} x={props.x} top={middle + BAR_HEIGHT / 2 + 4} />
      </g>
    );
  };

  return (
    <BarChart
      width={width}
      height={g.height}
      data={data}
      layout="vertical"
      margin={margin}
      barCategoryGap={0}
      accessibilityLayer={false}
      // The caller's wrapper is the image and carries the text alternative.
      aria-hidden="true"
      {...{ focusable: 'false' }}
    >
      <MarkDefs chartId={chartId} colors={outletIds.map((id) => outletStyle(styles, id).color)} />
      {g.hasNumbers && <CartesianGrid horizontal={false} stroke="#e2e8f0" />}
      <XAxis
        type="number"
        domain={[0, g.domainMax]}
        ticks={g.ticks}
        interval={0}
        allowDecimals={false}
        hide={axisHeight === 0}
        height={AXIS}
        tickLine={false}
        tick={<ValueTick />}
        axisLine={AXIS_LINE}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={g.labelAxis}
        hide={g.counted.length === 0}
        interval={0}
        axisLine={false}
        tickLine={false}
        tick={<RowTick layouts={layouts} styles={styles} band={g.band} />}
      />
      {g.counted.length > 0 && <Bar dataKey="value" isAnimationActive={false} shape={shape} />}
      {g.vague.length > 0 && <VagueLane geometry={g} width={width} styles={styles} />}
    </BarChart>
  );
}

/**
 * The vague amounts, under the value axis and apart from it: each row's label and its words in a
 * dashed frame, never a length. Plain SVG in the chart's `<svg>`, placed by the same geometry.
 */
function VagueLane({
  geometry: g,
  width,
  styles,
}: {
  geometry: Geometry;
  width: number;
  styles: Map<string, OutletStyle>;
}) {
  const rows = g.vague.map((layout, index) => {
    const rowTop = g.vagueTops[index] ?? g.laneTop;
    const style = outletStyle(styles, layout.row.outletId);
    const markX = g.plotLeft;
    const middle = rowTop + layout.middle;
    return (
      <g key={layout.row.key}>
        <title>{rowTitle(layout.row)}</title>
        <RowLabel layout={layout} style={style} x={PAD.left} top={rowTop} />
        <VagueMark words={layout.row.valueText} color={style.color} x={markX} middle={middle} />
        <RowNotes notes={layout.notes} x={markX} top={middle + VAGUE_HEIGHT / 2 + 4} />
      </g>
    );
  });
  return (
    <g>
      <line
        x1={PAD.left}
        x2={width - PAD.right}
        y1={g.laneTop + 4}
        y2={g.laneTop + 4}
        stroke="#cbd5e1"
      />
      <text
        x={PAD.left}
        y={g.laneTop + LANE_HEADING / 2 + 2}
        dominantBaseline="central"
        fontSize={11}
        fontWeight={600}
        fill={MUTED_INK}
      >
        {g.narrow
          ? 'Without a number (not to scale)'
          : 'Without a number: vague words, not drawn to scale'}
      </text>
      {rows}
    </g>
  );
}
