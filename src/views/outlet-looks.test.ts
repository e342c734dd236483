// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import { LEGEND_KEY } from '../export/chart-to-svg.ts';
import { DEFAULT_FILTERS } from '../filters/filters.ts';
import { CasualtyCharts } from './casualty-charts/casualty-charts.tsx';
import { OKABE_ITO } from './shared/outlet-colors.ts';
import { StrikeTimeline } from './timeline/strike-timeline.tsx';

// Two views drawn side by side: a test across view folders, so it sits above them all.
describe('an outlet in every chart', () => {
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
});
