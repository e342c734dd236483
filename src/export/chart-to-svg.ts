import {
  composeSvg,
  type ExportStyle,
  type ExportedSvg,
  type LegendEntry,
  type TextMeasure,
} from './compose-svg.ts';
import { inlineSvgStyles, toRgb } from './inline-styles.ts';

/** What an exported chart says about itself besides its drawing. */
export interface ChartExportMeta {
  title: string;
  subtitle?: string | null;
  filters: readonly string[];
  source: string;
}

/** Marks a legend entry on the page: its value is the label; it holds an `<svg>` swatch. */
export const LEGEND_ENTRY = 'data-legend-entry';
/** What a legend entry stands for (a figure kind, an outlet id). */
export const LEGEND_KEY = 'data-legend-key';

/** The page's font and colours, read from the document, with rgb colours. */
export function pageStyle(): ExportStyle {
  const body = getComputedStyle(document.body);
  const muted = getComputedStyle(document.documentElement).getPropertyValue('--color-slate-600');
  return {
    fontFamily: body.fontFamily || 'sans-serif',
    textColor: toRgb(body.color || '#0f172a'),
    mutedColor: toRgb(muted.trim() || '#475569'),
    background: '#ffffff',
  };
}

/** Measures text with the page's font on a canvas; undefined where there is no canvas. */
export function canvasMeasure(fontFamily: string): TextMeasure | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  return (text, fontSize, bold) => {
    context.font = `${bold ? '700 ' : ''}${fontSize}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

/** The legend entries under `root`, each swatch copied with its styles inlined. */
export function legendEntries(root: Element | null): LegendEntry[] {
  if (!root) return [];
  const serializer = new XMLSerializer();
  return [...root.querySelectorAll(`[${LEGEND_ENTRY}]`)].flatMap((entry) => {
    const swatch = entry.querySelector('svg');
    const label = (entry.getAttribute(LEGEND_ENTRY) || entry.textContent).trim();
    if (!swatch || label === '') return [];
    const copy = inlineSvgStyles(swatch);
    copy.setAttribute('width', '16');
    copy.setAttribute('height', '16');
    const key = entry.getAttribute(LEGEND_KEY) ?? undefined;
    return [{ swatch: serializer.serializeToString(copy), label, key }];
  });
}

/**
 * A chart on the page as a self-contained SVG document: the chart's own `<svg>` with its computed
 * styles inlined, framed with its title, the active filters, the legend (HTML legends sit outside
 * the chart's `<svg>`: read them with `legendEntries`) and the source line, in the page's font and
 * colours.
 */
export function chartToSvg(
  chart: SVGSVGElement,
  legend: readonly LegendEntry[],
  meta: ChartExportMeta,
): ExportedSvg {
  const copy = inlineSvgStyles(chart);
  const style = pageStyle();
  return composeSvg({
    ...meta,
    legend,
    chart: {
      markup: new XMLSerializer().serializeToString(copy),
      width: Number(copy.getAttribute('width')),
      height: Number(copy.getAttribute('height')),
    },
    style,
    measure: canvasMeasure(style.fontFamily),
  });
}
