// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { inlineSvgStyles, toRgb } from './inline-styles.ts';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function mount(markup: string, css: string): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  document.body.innerHTML = markup;
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

describe('inlineSvgStyles', () => {
  it('carries the style sheet into the copy, so it looks the same without it', () => {
    const svg = mount(
      `<svg width="200" height="100" class="chart">
         <g class="bars"><rect class="bar" width="10" height="10"/></g>
         <text class="label">49</text>
       </svg>`,
      `.chart { font-family: Inter, sans-serif; }
       .bar { fill: rgb(0, 114, 178); stroke: rgb(0, 0, 0); stroke-width: 1px; }
       .label { fill: rgb(51, 65, 85); font-weight: 700; }`,
    );
    const copy = inlineSvgStyles(svg);
    const rect = copy.querySelector('rect');
    const text = copy.querySelector('text');
    expect(rect?.getAttribute('style')).toContain('fill: rgb(0, 114, 178)');
    expect(rect?.getAttribute('style')).toContain('stroke: rgb(0, 0, 0)');
    expect(text?.getAttribute('style')).toContain('font-weight: 700');
    expect(copy.getAttribute('style')).toContain('font-family: Inter, sans-serif');
    expect(copy.querySelector('[class]')).toBeNull();
    expect(copy.getAttribute('width')).toBe('200');
    expect(copy.getAttribute('viewBox')).toBe('0 0 200 100');
    // The page itself is untouched.
    expect(svg.querySelector('rect')?.getAttribute('class')).toBe('bar');
  });

  it('drops what the page hides', () => {
    const svg = mount(
      `<svg width="10" height="10"><rect class="gone" width="1" height="1"/><circle r="1"/></svg>`,
      `.gone { display: none; }`,
    );
    const copy = inlineSvgStyles(svg);
    expect(copy.querySelector('rect')).toBeNull();
    expect(copy.querySelector('circle')).not.toBeNull();
  });
});

describe('toRgb', () => {
  it('passes through colours every SVG reader knows', () => {
    expect(toRgb('#0072b2')).toBe('#0072b2');
    expect(toRgb('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(toRgb('none')).toBe('none');
    expect(toRgb('url("#hatch")')).toBe('url("#hatch")');
  });
});
