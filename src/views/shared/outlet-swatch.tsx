import { INK, markerPath, type OutletStyle } from './outlet-colors.ts';

/** An outlet's colour and marker at legend size (16×16). */
export function OutletSwatch({ style }: { style: OutletStyle }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shrink-0">
      <path
        d={markerPath(style.marker, 11)}
        transform="translate(8 8)"
        fill={style.color}
        stroke={INK}
        strokeWidth={0.75}
      />
    </svg>
  );
}
