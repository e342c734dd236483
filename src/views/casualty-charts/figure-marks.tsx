import { useId } from 'react';
import { INK, MUTED_INK } from '../shared/outlet-colors.ts';
import type { ChartRow } from './casualty-data.ts';

/** An id usable in SVG `url(#…)` references: React's ids carry characters some readers reject. */
export function useSvgId(): string {
  return `m${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** The ids of the patterns and gradients one outlet's marks use in one chart. */
export function markIds(chartId: string, outletIndex: number) {
  return {
    hatch: `${chartId}-hatch-${outletIndex}`,
    fade: `${chartId}-fade-${outletIndex}`,
  };
}

/**
 * The patterns behind the qualifier marks in one colour: diagonal hatching for approximate and a
 * fade for an open end. Drawn inside each chart's `<svg>`, so an exported chart
 * carries them.
 */
export function MarkDefs({ chartId, colors }: { chartId: string; colors: readonly string[] }) {
  return (
    <defs>
      {colors.map((color, index) => {
        const ids = markIds(chartId, index);
        return (
          <g key={ids.hatch}>
            <pattern
              id={ids.hatch}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#ffffff" />
              <rect width="3" height="6" fill={color} />
            </pattern>
            <linearGradient id={ids.fade} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0" stopColor={color} stopOpacity="0.85" />
              <stop offset="1" stopColor={color} stopOpacity="0" />
            </linearGradient>
          </g>
        );
      })}
    </defs>
  );
}

/** Length in px of the fade and arrow past the end of an open-ended bar. */
export const OPEN_END = 26;

interface FigureBarProps {
  row: ChartRow;
  ids: ReturnType<typeof markIds>;
  color: string;
  /** Where value 0 is, and the middle of the bar's lane. */
  x: number;
  middle: number;
  /** px per unit of the value axis. */
  scale: number;
}

/** Height in px of a bar. */
export const BAR_HEIGHT = 14;

/**
 * One bar drawn so its qualifier shows: solid for exact, solid with a lighter stretch for a range,
 * solid then a fade and an arrow for "at least", hatched for approximate, and the words "not
 * reported" for a gap, with the value as written after it. Never a bar of zero length for a figure
 * that is not reported, and never a bar for a vague amount (see `VagueMark`).
 */
export function FigureBar({ row, ids, color, x, middle, scale }: FigureBarProps) {
  const top = middle - BAR_HEIGHT / 2;
  const text = (at: number, italic = false) => (
    <text
      x={at + 6}
      y={middle}
      dominantBaseline="central"
      fontSize={12}
      fontStyle={italic ? 'italic' : undefined}
      fontWeight={italic ? undefined : 600}
      fill={italic ? MUTED_INK : INK}
    >
      {row.valueText}
    </text>
  );

  if (row.kind === 'not-reported' || row.kind === 'vague' || row.low === null) {
    return (
      <g>
        <line
          x1={x}
          x2={x + 18}
          y1={middle}
          y2={middle}
          stroke={MUTED_INK}
          strokeWidth={1.5}
          strokeDasharray="3 3"
        />
        {text(x + 16, true)}
      </g>
    );
  }

  const end = x + row.low * scale;
  const width = Math.max(1, end - x);
  const outline = { stroke: INK, strokeWidth: 1 };
  switch (row.kind) {
    case 'exact':
      return (
        <g>
          <rect
            data-mark="bar"
            x={x}
            y={top}
            width={width}
            height={BAR_HEIGHT}
            fill={color}
            {...outline}
          />
          {text(x + width)}
        </g>
      );
    case 'range':
    case 'approximate': {
      const high = row.high !== null && row.high > row.low ? x + row.high * scale : end;
      const fill = row.kind === 'approximate' ? `url(#${ids.hatch})` : color;
      return (
        <g>
          <rect
            data-mark="bar"
            x={x}
            y={top}
            width={width}
            height={BAR_HEIGHT}
            fill={fill}
            {...outline}
          />
          {high > end && (
            <g>
              <rect
                x={end}
                y={top + BAR_HEIGHT * 0.2}
                width={high - end}
                height={BAR_HEIGHT * 0.6}
                fill={`url(#${ids.hatch})`}
                {...outline}
              />
              <line x1={high} x2={high} y1={top} y2={top + BAR_HEIGHT} {...outline} />
            </g>
          )}
          {text(high)}
        </g>
      );
    }
    case 'lower-bound': {
      const tip = end + OPEN_END;
      return (
        <g>
          <rect
            x={end}
            y={top}
            width={OPEN_END - 6}
            height={BAR_HEIGHT}
            fill={`url(#${ids.fade})`}
          />
          <rect
            data-mark="bar"
            x={x}
            y={top}
            width={width}
            height={BAR_HEIGHT}
            fill={color}
            {...outline}
          />
          <path
            d={`M ${end} ${middle} H ${tip - 1} M ${tip - 7} ${middle - 5} L ${tip - 1} ${middle} L ${tip - 7} ${middle + 5}`}
            fill="none"
            stroke={INK}
            strokeWidth={1.5}
          />
          {text(tip)}
        </g>
      );
    }
  }
}

/** Height in px of the label of a vague amount. */
export const VAGUE_HEIGHT = 20;

/** Width in px of a vague amount's label, for the given words at 12 px. */
export function vagueMarkWidth(words: string): number {
  return Math.ceil(words.length * 12 * 0.6) + 32;
}

/**
 * A vague amount ("hundreds", "dozens") as its words in a dashed, rounded frame, after a dot of
 * the outlet's colour: a label, not a length. It sits in its own lane, away from the value axis, so nothing
 * about it reads as a number.
 */
export function VagueMark({
  words,
  color,
  x,
  middle,
}: {
  words: string;
  color: string;
  x: number;
  middle: number;
}) {
  return (
    <g>
      <rect
        data-mark="vague"
        x={x}
        y={middle - VAGUE_HEIGHT / 2}
        width={vagueMarkWidth(words)}
        height={VAGUE_HEIGHT}
        rx={VAGUE_HEIGHT / 2}
        fill="#ffffff"
        stroke={INK}
        strokeWidth={1.25}
        strokeDasharray="4 3"
      />
      <circle cx={x + 11} cy={middle} r={4} fill={color} stroke={INK} strokeWidth={0.75} />
      <text
        x={x + 20}
        y={middle}
        dominantBaseline="central"
        fontSize={12}
        fontStyle="italic"
        fontWeight={600}
        fill={INK}
      >
        {words}
      </text>
    </g>
  );
}

/** The mark of one kind of figure at legend size (16×16), in a neutral colour. */
export function KindSwatch({ kind }: { kind: ChartRow['kind'] }) {
  const color = '#64748b';
  const chartId = useSvgId();
  const ids = markIds(chartId, 0);
  const common = { x: 1, y: 4, height: 8, stroke: INK, strokeWidth: 1 };
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shrink-0">
      <MarkDefs chartId={chartId} colors={[color]} />
      {kind === 'exact' && <rect {...common} width={14} fill={color} />}
      {kind === 'range' && (
        <g>
          <rect {...common} width={8} fill={color} />
          <rect x={9} y={5.5} width={6} height={5} fill={`url(#${ids.hatch})`} stroke={INK} />
        </g>
      )}
      {kind === 'approximate' && <rect {...common} width={14} fill={`url(#${ids.hatch})`} />}
      {kind === 'lower-bound' && (
        <g>
          <rect {...common} width={8} fill={color} />
          <path d="M 9 8 H 15 M 12 5 L 15 8 L 12 11" fill="none" stroke={INK} strokeWidth={1.5} />
        </g>
      )}
      {kind === 'vague' && (
        <rect
          x={1}
          y={3}
          width={14}
          height={10}
          rx={5}
          fill="#ffffff"
          stroke={INK}
          strokeWidth={1.25}
          strokeDasharray="3 2"
        />
      )}
      {kind === 'not-reported' && (
        <line
          x1={1}
          x2={15}
          y1={8}
          y2={8}
          stroke={MUTED_INK}
          strokeWidth={1.5}
          strokeDasharray="3 3"
        />
      )}
    </svg>
  );
}
