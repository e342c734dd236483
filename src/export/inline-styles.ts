// The presentation properties that decide how an SVG looks. Computed values are copied onto the
// clone so it looks the same without the page's style sheets (Tailwind classes, CSS variables).
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'text-decoration-line',
  'visibility',
  'paint-order',
  'stop-color',
  'stop-opacity',
] as const;

// Written on a child only when it differs from its parent; the rest are never inherited.
const NOT_INHERITED = new Set(['opacity', 'stop-color', 'stop-opacity', 'text-decoration-line']);
const DEFAULTS: Record<string, string> = {
  opacity: '1',
  'stop-opacity': '1',
  'text-decoration-line': 'none',
  'stop-color': 'rgb(0, 0, 0)',
};
const COLOR_PROPERTIES = new Set(['fill', 'stroke', 'stop-color']);

const rgbCache = new Map<string, string>();

/**
 * A colour as `rgb()`/`rgba()` that every SVG reader understands. The page's colours are `oklch()`
 * (Tailwind 4), which older viewers and editors do not read; the browser converts them by painting
 * one pixel. `none`, `url(#…)` and values already in rgb or hex pass through.
 */
export function toRgb(color: string): string {
  if (/^(rgba?\(|#|none$|url\(|transparent$|currentcolor$)/i.test(color.trim())) return color;
  const cached = rgbCache.get(color);
  if (cached) return cached;
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return color;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 255] = context.getImageData(0, 0, 1, 1).data;
  const rgb =
    a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
  rgbCache.set(color, rgb);
  return rgb;
}

function copyStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  if (style.display === 'none') {
    target.remove();
    return;
  }
  const declarations: string[] = [];
  for (const property of PROPERTIES) {
    let value = style.getPropertyValue(property).trim();
    if (value === '') continue;
    if (NOT_INHERITED.has(property)) {
      if (value === DEFAULTS[property]) continue;
    } else if (parent && parent.getPropertyValue(property).trim() === value) {
      continue;
    }
    if (COLOR_PROPERTIES.has(property)) value = toRgb(value);
    declarations.push(`${property}: ${value}`);
  }
  target.removeAttribute('class');
  if (declarations.length > 0) target.setAttribute('style', declarations.join('; '));
  else target.removeAttribute('style');

  const sources = [...source.children];
  const targets = [...target.children];
  sources.forEach((child, i) => {
    const copy = targets[i];
    if (copy) copyStyles(child, copy, style);
  });
}

/**
 * A copy of an SVG element that looks the same on its own: every element carries its computed
 * presentation styles (CSS variables and oklch colours resolved to rgb), hidden elements are
 * dropped, classes are removed, and the root has the pixel width and height it is drawn at.
 */
export function inlineSvgStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  copyStyles(source, clone, null);
  const box = source.getBoundingClientRect();
  const width = Math.round(box.width) || Number(source.getAttribute('width')) || 0;
  const height = Math.round(box.height) || Number(source.getAttribute('height')) || 0;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return clone;
}
