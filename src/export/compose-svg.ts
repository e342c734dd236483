/** One legend entry of an exported image: an SVG swatch in a 16×16 box and its label. */
export interface LegendEntry {
  /** SVG markup drawn with its top-left corner at (0, 0), at most 16 wide and 16 high. */
  swatch: string;
  label: string;
  /** What the entry stands for (a figure kind, an outlet id), to pick the entries one chart needs. */
  key?: string;
}

/** Everything an exported image carries besides the chart itself. */
export interface ExportParts {
  title: string;
  /** The chart's finding or a short description, under the title. */
  subtitle?: string | null;
  /** The active filters, one line each. */
  filters: readonly string[];
  legend: readonly LegendEntry[];
  /** Rules the legend's marks rest on (how a grade is given), one wrapped paragraph each. */
  notes?: readonly string[];
  /** A full `<svg>` element, its styles inlined, with the width and height it is drawn at. */
  chart: { markup: string; width: number; height: number };
  /** Outlets and corpus, in one line (wrapped as needed). */
  source: string;
  style: ExportStyle;
  /** Measures a line of text in px; without it, widths are estimated from the character count. */
  measure?: TextMeasure;
}

/** The page's fonts and colours, so the image looks like the dashboard. */
export interface ExportStyle {
  fontFamily: string;
  textColor: string;
  mutedColor: string;
  background: string;
}

export type TextMeasure = (text: string, fontSize: number, bold: boolean) => number;

/** An SVG document ready to save, with the size it is drawn at. */
export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 24;
const MIN_WIDTH = 520;
const SWATCH = 16;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const estimate: TextMeasure = (text, fontSize, bold) =>
  text.length * fontSize * (bold ? 0.6 : 0.55);

/** Splits text into lines no wider than `width`; a word longer than a line gets a line of its own. */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  bold: boolean,
  measure: TextMeasure = estimate,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Frames a chart as a self-contained SVG document: a white background, the title, the subtitle and
 * the active filters above the chart, the legend, any notes and the source line below it, all in
 * the page's fonts and colours. Nothing in it refers to anything outside it.
 */
export function composeSvg(parts: ExportParts): ExportedSvg {
  const measure = parts.measure ?? estimate;
  const width = Math.ceil(Math.max(parts.chart.width + 2 * PAD, MIN_WIDTH));
  const inner = width - 2 * PAD;
  const { style } = parts;
  const out: string[] = [];
  let y = PAD;

  const text = (line: string, size: number, options: { bold?: boolean; muted?: boolean } = {}) => {
    y += size;
    out.push(
      `<text x="${PAD}" y="${y}" font-size="${size}"${options.bold ? ' font-weight="700"' : ''}` +
        ` fill="${escapeXml(options.muted ? style.mutedColor : style.textColor)}">${escapeXml(line)}</text>`,
    );
    y += Math.round(size * 0.35);
  };
  const paragraph = (
    content: string,
    size: number,
    options: { bold?: boolean; muted?: boolean } = {},
  ) => {
    for (const line of wrapText(content, inner, size, options.bold ?? false, measure)) {
      text(line, size, options);
    }
  };

  paragraph(parts.title, 18, { bold: true });
  if (parts.subtitle) {
    y += 4;
    paragraph(parts.subtitle, 13);
  }
  y += 4;
  for (const line of parts.filters) paragraph(line, 12, { muted: true });
  y += 12;

  out.push(`<g transform="translate(${PAD} ${y})">${parts.chart.markup}</g>`);
  y += parts.chart.height + 12;

  if (parts.legend.length > 0) {
    let x = 0;
    const rowHeight = 22;
    y += 4;
    for (const entry of parts.legend) {
      const labelWidth = measure(entry.label, 12, false);
      const itemWidth = SWATCH + 6 + labelWidth;
      if (x > 0 && x + itemWidth > inner) {
        x = 0;
        y += rowHeight;
      }
      out.push(
        `<g transform="translate(${PAD + x} ${y})">${entry.swatch}` +
          `<text x="${SWATCH + 6}" y="12.5" font-size="12" fill="${escapeXml(style.textColor)}">` +
          `${escapeXml(entry.label)}</text></g>`,
      );
      x += itemWidth + 18;
    }
    y += rowHeight + 6;
  }

  if (parts.notes && parts.notes.length > 0) {
    for (const note of parts.notes) paragraph(note, 12);
    y += 8;
  }

  paragraph(parts.source, 11, { muted: true });
  const height = Math.ceil(y + PAD - 4);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"` +
    ` viewBox="0 0 ${width} ${height}" font-family="${escapeXml(style.fontFamily)}">` +
    `<title>${escapeXml(parts.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(style.background)}"/>` +
    out.join('') +
    `</svg>`;
  return { svg, width, height };
}
