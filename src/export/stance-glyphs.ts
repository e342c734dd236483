import type { CellStance } from '../filters/filters.ts';

/** How a stance is drawn: a path in a 20×20 box with its fill and outline. */
export interface StanceGlyph {
  path: string;
  fill: string;
  stroke: string;
  label: string;
}

/**
 * The claim matrix's marks, one drawing for the page (StanceMark, its legend) and for every export:
 * a blue disc for asserts, an orange diamond for attributes, a vermillion cross for disputes, a
 * hollow grey ring for not reported. Okabe–Ito colours, so shape and colour each tell the stance.
 */
export const STANCE_GLYPHS: Record<CellStance, StanceGlyph> = {
  // A disc: the outlet says it in its own voice.
  asserts: {
    path: 'M10 3a7 7 0 1 0 0.01 0Z',
    fill: '#0072b2',
    stroke: '#0f172a',
    label: 'asserts',
  },
  // A diamond: the outlet reports it as someone's claim.
  attributes: {
    path: 'M10 2.5 17.5 10 10 17.5 2.5 10Z',
    fill: '#e69f00',
    stroke: '#0f172a',
    label: 'attributes',
  },
  // A cross: the outlet reports a denial or rebuttal.
  disputes: {
    path: 'M5.5 4 10 8.5 14.5 4 16 5.5 11.5 10 16 14.5 14.5 16 10 11.5 5.5 16 4 14.5 8.5 10 4 5.5Z',
    fill: '#d55e00',
    stroke: '#0f172a',
    label: 'disputes',
  },
  // A hollow ring: explicitly not reported, never an empty cell.
  'not-reported': {
    path: 'M10 4.5a5.5 5.5 0 1 0 0.01 0Z',
    fill: 'none',
    stroke: '#64748b',
    label: 'not reported',
  },
};

/**
 * The mark of a reviewed link, a tick in a 20×20 box drawn beside the stance's mark: a curator
 * confirmed, corrected or added the link. Every other link is the machine's proposal, said once in
 * the legend rather than on nearly every cell.
 */
export const REVIEWED_MARK = {
  path: 'M3.5 10.5 8 15 16.5 5',
  stroke: '#0f172a',
  strokeWidth: 2.5,
  label: 'reviewed by a curator',
} as const;

/** Every glyph's outline width. */
export const GLYPH_STROKE_WIDTH = 1.25;
