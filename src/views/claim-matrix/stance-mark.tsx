import type { Origin } from '../../corpus/schema.ts';
import { AUTO_FRAME, GLYPH_STROKE_WIDTH, STANCE_GLYPHS } from '../../export/stance-glyphs.ts';
import type { CellStance } from '../../filters/filters.ts';

interface Props {
  stance: CellStance;
  /** A machine-proposed link gets a dashed frame; reviewed and unreported cells none. */
  origin?: Origin | null;
  size?: number;
}

/** The matrix's mark for a stance; decorative (aria-hidden): the words are always said elsewhere. */
export function StanceMark({ stance, origin = null, size = 20 }: Props) {
  const glyph = STANCE_GLYPHS[stance];
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
          x={AUTO_FRAME.x}
          y={AUTO_FRAME.y}
          width={AUTO_FRAME.size}
          height={AUTO_FRAME.size}
          rx={AUTO_FRAME.radius}
          fill="none"
          stroke={AUTO_FRAME.stroke}
          strokeWidth={AUTO_FRAME.strokeWidth}
          strokeDasharray={AUTO_FRAME.dash}
        />
      )}
      <path
        d={glyph.path}
        fill={glyph.fill}
        stroke={glyph.stroke}
        strokeWidth={GLYPH_STROKE_WIDTH}
      />
    </svg>
  );
}
