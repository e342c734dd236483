import type { Origin } from '../../corpus/schema.ts';
import type { CellStance } from '../../filters/filters.ts';

/** How each stance is drawn: a shape and an Okabe–Ito colour, so neither alone carries meaning. */
const SHAPES: Record<CellStance, { className: string; draw: string }> = {
  // A disc: the outlet says it in its own voice.
  asserts: { className: 'fill-oi-blue stroke-slate-900', draw: 'M10 3a7 7 0 1 0 0.01 0Z' },
  // A diamond: the outlet reports it as someone's claim.
  attributes: {
    className: 'fill-oi-orange stroke-slate-900',
    draw: 'M10 2.5 17.5 10 10 17.5 2.5 10Z',
  },
  // A cross: the outlet reports a denial or rebuttal.
  disputes: {
    className: 'fill-oi-vermillion stroke-slate-900',
    draw: 'M5.5 4 10 8.5 14.5 4 16 5.5 11.5 10 16 14.5 14.5 16 10 11.5 5.5 16 4 14.5 8.5 10 4 5.5Z',
  },
  // A hollow ring: explicitly not reported, never an empty cell.
  'not-reported': {
    className: 'fill-none stroke-slate-500',
    draw: 'M10 4.5a5.5 5.5 0 1 0 0.01 0Z',
  },
};

interface Props {
  stance: CellStance;
  /** A machine-proposed link gets a dashed frame; reviewed and unreported cells none. */
  origin?: Origin | null;
  size?: number;
}

/** The matrix's mark for a stance; decorative (aria-hidden): the words are always said elsewhere. */
export function StanceMark({ stance, origin = null, size = 20 }: Props) {
  const shape = SHAPES[stance];
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      className="shrink-0"
    >
      {origin === 'auto' && (
        <rect
          x="0.75"
          y="0.75"
          width="18.5"
          height="18.5"
          rx="3"
          className="fill-none stroke-slate-700"
          strokeWidth="1.5"
          strokeDasharray="2.5 2"
        />
      )}
      <path d={shape.draw} className={shape.className} strokeWidth="1.25" />
    </svg>
  );
}
