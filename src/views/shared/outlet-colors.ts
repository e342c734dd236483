import type { Outlet } from '../../corpus/schema.ts';

/**
 * The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008): eight colours that stay
 * distinct under the common colour-vision deficiencies. Same values as the `oi-*` theme colours.
 */
export const OKABE_ITO = {
  blue: '#0072b2',
  vermillion: '#d55e00',
  green: '#009e73',
  purple: '#cc79a7',
  orange: '#e69f00',
  sky: '#56b4e9',
  yellow: '#f0e442',
  black: '#000000',
} as const;

/** Ink for outlines, arrows and labels drawn over a chart (slate-800, slate-600). */
export const INK = '#1e293b';
export const MUTED_INK = '#475569';

/** A marker drawn beside an outlet's colour, so outlets differ by shape as well as by hue. */
export type OutletMarker = 'circle' | 'square' | 'diamond' | 'triangle';

/** How one outlet is drawn in every chart. */
export interface OutletStyle {
  outletId: string;
  /** Fill colour, a hex string. */
  color: string;
  /** Okabe–Ito name of the colour, for a legend a screen reader reads. */
  colorName: keyof typeof OKABE_ITO;
  marker: OutletMarker;
}

// Darkest first: the first outlets get the colours with the most contrast against white. Black is
// left out because it is the colour of text and outlines.
const ORDER: (keyof typeof OKABE_ITO)[] = [
  'blue',
  'vermillion',
  'green',
  'purple',
  'orange',
  'sky',
  'yellow',
];
const MARKERS: OutletMarker[] = ['circle', 'square', 'diamond', 'triangle'];

/**
 * Gives each outlet a colour and a marker by its place in the corpus's outlet list, so an outlet
 * looks the same in every chart whatever the filters hide; no two of the first 28 outlets share
 * both colour and marker.
 */
export function outletStyles(outlets: readonly Pick<Outlet, 'id'>[]): Map<string, OutletStyle> {
  const styles = new Map<string, OutletStyle>();
  outlets.forEach((outlet, index) => {
    const colorName = ORDER[index % ORDER.length] ?? 'blue';
    const marker = MARKERS[Math.floor(index / ORDER.length) % MARKERS.length] ?? 'circle';
    styles.set(outlet.id, { outletId: outlet.id, color: OKABE_ITO[colorName], colorName, marker });
  });
  return styles;
}

const UNKNOWN_STYLE: Omit<OutletStyle, 'outletId'> = {
  color: '#6b7280',
  colorName: 'black',
  marker: 'circle',
};

/** The style of one outlet; an outlet missing from the list is drawn grey, never with another's colour. */
export function outletStyle(styles: Map<string, OutletStyle>, outletId: string): OutletStyle {
  return styles.get(outletId) ?? { ...UNKNOWN_STYLE, outletId };
}

/** SVG path data for a marker of the given size centred on (0, 0). */
export function markerPath(marker: OutletMarker, size: number): string {
  const r = size / 2;
  switch (marker) {
    case 'circle':
      return `M ${-r} 0 A ${r} ${r} 0 1 0 ${r} 0 A ${r} ${r} 0 1 0 ${-r} 0 Z`;
    case 'square':
      return `M ${-r} ${-r} H ${r} V ${r} H ${-r} Z`;
    case 'diamond':
      return `M 0 ${-r * 1.2} L ${r * 1.2} 0 L 0 ${r * 1.2} L ${-r * 1.2} 0 Z`;
    case 'triangle':
      return `M 0 ${-r * 1.15} L ${r * 1.1} ${r * 0.85} L ${-r * 1.1} ${r * 0.85} Z`;
  }
}
