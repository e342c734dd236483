import type { Origin } from '../../corpus/schema.ts';
import { GLYPH_STROKE_WIDTH, REVIEWED_MARK, STANCE_GLYPHS } from '../../export/stance-glyphs.ts';
import type { CellStance } from '../../filters/filters.ts';

interface Props {
  stance: CellStance;
  /** A reviewed link gets a tick beside its mark; a machine-proposed one nothing (the legend says). */
  origin?: Origin | null;
  size?: number;
}

/** The matrix's mark for a stance; decorative (aria-hidden): the words are always said elsewhere. */
export function StanceMark({ stance, origin = null, size = 20 }: Props) {
  const glyph = STANCE_GLYPHS[stance];
  const reviewed = origin === 'reviewed';
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={reviewed ? size * 1.65 : size}
      height={size}
      viewBox={reviewed ? '0 0 33 20' : '0 0 20 20'}
      className="shrink-0"
    >
      <path
        d={glyph.path}
        fill={glyph.fill}
        stroke={glyph.stroke}
        strokeWidth={GLYPH_STROKE_WIDTH}
      />
      {reviewed && (
        <path
          d={REVIEWED_MARK.path}
          transform="translate(20 3.5) scale(0.65)"
          fill="none"
          stroke={REVIEWED_MARK.stroke}
          strokeWidth={REVIEWED_MARK.strokeWidth}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

/** The tick beside a reviewed link's mark; decorative: the cell's label says "reviewed". */
export function ReviewedMark({ size = 13 }: { size?: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      className="shrink-0"
    >
      <path
        d={REVIEWED_MARK.path}
        fill="none"
        stroke={REVIEWED_MARK.stroke}
        strokeWidth={REVIEWED_MARK.strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
