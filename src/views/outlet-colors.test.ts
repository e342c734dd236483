// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureCorpus } from '../corpus/fixtures/fixture-corpus.ts';
import { LEGEND_KEY } from '../export/chart-to-svg.ts';
import { DEFAULT_FILTERS } from '../filters/filters.ts';
import { CasualtyCharts } from './casualty-charts/casualty-charts.tsx';
import { OKABE_ITO, markerPath, outletStyle, outletStyles } from './outlet-colors.ts';
import { StrikeTimeline } from './timeline/strike-timeline.tsx';

describe('outletStyles', () => {
  it('gives each outlet an Okabe–Ito colour by its place in the corpus', () => {
    const styles = outletStyles(fixtureCorpus.outlets);
    expect(styles.get('wire-desk')?.color).toBe(OKABE_ITO.blue);
    expect(styles.get('daily-reprint')?.color).toBe(OKABE_ITO.vermillion);
    expect(styles.get('unidentified-a3')?.color).toBe(OKABE_ITO.green);
  });

  it.each([
    ['casualty charts', CasualtyCharts, 'charts'],
    ['strike timeline', StrikeTimeline, 'timeline'],
  ] as const)(
    'keeps an outlet the same whichever outlets a chart shows: the %s',
    (_, View, view) => {
      // How the chart's legend draws Daily Reprint, the second outlet of the corpus, when the outlet
      // filter shows it with the first, with the third, and alone.
      const looks = [
        ['wire-desk', 'daily-reprint'],
        ['daily-reprint', 'unidentified-a3'],
        ['daily-reprint'],
      ].map((outlets) => {
        const filters = { ...DEFAULT_FILTERS, view, outlets };
        const { container, unmount } = render(
          createElement(View, { corpus: fixtureCorpus, filters, setFilters: vi.fn() }),
        );
        const swatch = container.querySelector(`[${LEGEND_KEY}="daily-reprint"] path`);
        const look = { fill: swatch?.getAttribute('fill'), marker: swatch?.getAttribute('d') };
        unmount();
        return look;
      });
      // Its colour by its place in the corpus, and the same marker, in each.
      expect(looks[0]?.fill).toBe(OKABE_ITO.vermillion);
      expect(looks[0]?.marker).toMatch(/^M /);
      expect(looks).toEqual([looks[0], looks[0], looks[0]]);
    },
  );

  it('never gives two of 28 outlets the same colour and marker', () => {
    const outlets = Array.from({ length: 28 }, (_, i) => ({ id: `outlet-${i}` }));
    const styles = [...outletStyles(outlets).values()];
    const looks = new Set(styles.map((s) => `${s.color}/${s.marker}`));
    expect(looks.size).toBe(28);
    expect(styles.every((s) => s.color !== OKABE_ITO.black)).toBe(true);
  });

  it('draws an unknown outlet grey rather than borrowing a colour', () => {
    const styles = outletStyles(fixtureCorpus.outlets);
    const unknown = outletStyle(styles, 'nobody');
    expect(unknown.outletId).toBe('nobody');
    expect(Object.values(OKABE_ITO).slice(0, 7)).not.toContain(unknown.color);
  });
});

describe('markerPath', () => {
  it('draws a closed path for every marker', () => {
    for (const marker of ['circle', 'square', 'diamond', 'triangle'] as const) {
      expect(markerPath(marker, 10)).toMatch(/^M .* Z$/);
    }
  });
});
