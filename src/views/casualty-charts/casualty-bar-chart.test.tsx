// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/schema.ts';
import { DEFAULT_FILTERS } from '../../filters/filters.ts';
import { outletStyles } from '../shared/outlet-colors.ts';
import { CasualtyBarChart, valueAxis, wrapWords } from './casualty-bar-chart.tsx';
import { casualtyModel } from './casualty-data.ts';
import { casualtyFixture } from '../../test-support/casualty-fixture.ts';

function draw(key: string, width: number, corpus: Corpus = casualtyFixture) {
  const chart = casualtyModel(corpus, DEFAULT_FILTERS).charts.find((c) => c.key === key);
  if (!chart) throw new Error(`no chart ${key}`);
  const { container } = render(
    <CasualtyBarChart chart={chart} styles={outletStyles(corpus.outlets)} width={width} />,
  );
  const svg = container.querySelector('svg')!;
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
  return { svg, texts };
}

const number = (element: Element | null, name: string) => Number(element?.getAttribute(name));

describe('CasualtyBarChart: vague amounts', () => {
  it('draws a vague amount as its words in its own lane, under the axis, never as a bar', () => {
    const { svg, texts } = draw('campaign/civilians/killed', 640);
    // One bar: "at least 200". "Hundreds" is no bar at all.
    expect(svg.querySelectorAll('[data-mark="bar"]')).toHaveLength(1);
    const vague = svg.querySelectorAll('[data-mark="vague"]');
    expect(vague).toHaveLength(1);
    expect(texts).toContain('hundreds (vague)');
    expect(texts.some((t) => t?.startsWith('Without a number'))).toBe(true);
    const axis = svg.querySelector('[data-mark="axis"]');
    expect(number(vague[0]!, 'y')).toBeGreaterThan(number(axis, 'y1'));
  });

  it('gives a vague amount the same mark whatever number a convention puts on it', () => {
    const atTwoHundred = draw('campaign/civilians/killed', 640).svg;
    const corpus = structuredClone(casualtyFixture);
    corpus.figures.find((f) => f.id === 'w1-f6')!.low = 5000;
    const atFiveThousand = draw('campaign/civilians/killed', 640, corpus).svg;
    const mark = (svg: SVGSVGElement) => svg.querySelector('[data-mark="vague"]')?.outerHTML;
    expect(mark(atFiveThousand)).toBe(mark(atTwoHundred));
    // The axis is set by the numbers alone: the convention moves nothing.
    const ticks = (svg: SVGSVGElement) =>
      [...svg.querySelectorAll('text')]
        .map((t) => t.textContent)
        .filter((t) => /^[\d,]+$/.test(t ?? ''));
    expect(ticks(atFiveThousand)).toEqual(ticks(atTwoHundred));
    expect(ticks(atTwoHundred).at(-1)).not.toBe('5,000');
  });
});

describe('CasualtyBarChart: words', () => {
  it('writes an attribution in full, wrapped, never cut, at phone and desktop widths', () => {
    const full = 'per the health directorate of the province and two local monitoring groups';
    for (const width of [320, 1000]) {
      const { texts } = draw('market/civilians/killed', width);
      expect(texts.join(' ')).toContain(full);
      expect(texts.join(' ')).not.toContain('…');
    }
  });

  it('shows the parts a total includes beside it, and "not reported" without a bar', () => {
    const { svg, texts } = draw('market/civilians/killed', 640);
    expect(texts).toContain('of which 12 children');
    expect(texts.filter((t) => t === '49')).toHaveLength(2);
    expect(texts).toContain('46');
    expect(svg.querySelectorAll('[data-mark="bar"]')).toHaveLength(3);
  });

  it('draws bars to scale: 49 longer than 46, from the same start', () => {
    const { svg } = draw('market/civilians/killed', 640);
    const bars = [...svg.querySelectorAll('[data-mark="bar"]')];
    const widths = bars.map((b) => number(b, 'width'));
    expect(new Set(bars.map((b) => number(b, 'x'))).size).toBe(1);
    expect(widths[0]! / widths[2]!).toBeCloseTo(49 / 46, 5);
  });
});

describe('CasualtyBarChart: drawn with recharts', () => {
  it('is one recharts surface, each row label a category tick that never runs into the next row', () => {
    for (const width of [320, 640, 1000]) {
      const { svg } = draw('market/civilians/killed', width);
      expect(svg).toHaveClass('recharts-surface');
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      expect(svg).not.toHaveAttribute('tabindex');
      const ticks = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')];
      const rows = [...svg.querySelectorAll('.recharts-yAxis-tick-labels > g')].map((tick) =>
        [...tick.querySelectorAll('text')].map((t) => number(t, 'y')),
      );
      expect(rows).toHaveLength(3);
      expect(ticks.map((t) => t.textContent).join(' ')).toContain(
        'per the health directorate of the province and two local monitoring groups',
      );
      // The last row ends above the value axis: the chart is as tall as its tallest label needs.
      const axis = number(svg.querySelector('[data-mark="axis"]'), 'y1');
      expect(Math.max(...rows.flat()) + 7).toBeLessThanOrEqual(axis);
      const bars = [...svg.querySelectorAll('[data-mark="bar"]')];
      rows.forEach((lines, index) => {
        const next = rows[index + 1];
        // A line is 14 px high, centred on its y.
        if (next) expect(Math.max(...lines) + 7).toBeLessThanOrEqual(Math.min(...next) - 7);
        const bar = bars[index]!;
        if (next)
          expect(number(bar, 'y') + number(bar, 'height')).toBeLessThan(Math.min(...next) - 7);
        expect(number(bar, 'y')).toBeGreaterThan(Math.min(...lines) - 7);
      });
    }
  });
});

describe('helpers', () => {
  it('wraps words into lines no longer than the width allows, never splitting a word', () => {
    const lines = wrapWords('per Mohammed Quvani al-Ghavel, a local media activist', 120, 11);
    expect(lines.join(' ')).toBe('per Mohammed Quvani al-Ghavel, a local media activist');
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(Math.floor(120 / (11 * 0.56)));
  });

  it('ends the value axis on a round tick at or past the largest value', () => {
    expect(valueAxis(331, 3)).toEqual({ end: 400, ticks: [0, 200, 400] });
    expect(valueAxis(244, 5)).toEqual({ end: 250, ticks: [0, 50, 100, 150, 200, 250] });
    expect(valueAxis(0.5, 5)).toEqual({ end: 1, ticks: [0, 1] });
  });
});
