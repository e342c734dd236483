// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { strikeFixture } from '../timeline/strike-fixture.ts';
import { CasualtyCharts } from './casualty-charts.tsx';

function renderView(filters: Partial<Filters> = {}) {
  const setFilters = vi.fn();
  const current = { ...DEFAULT_FILTERS, view: 'charts' as const, ...filters };
  render(<CasualtyCharts corpus={strikeFixture} filters={current} setFilters={setFilters} />);
  return { setFilters, current };
}

describe('CasualtyCharts', () => {
  it('draws a chart per event and group, each with its finding as its text alternative', () => {
    renderView({ event: 'ariha-market' });
    const charts = screen.getAllByRole('img');
    expect(charts.map((c) => c.getAttribute('aria-labelledby'))).toHaveLength(2);
    const civilians = screen.getByRole('figure', { name: 'civilians killed' });
    expect(within(civilians).getByRole('img')).toHaveAccessibleName(
      'civilians killed Only Wire Desk (article a1) reports it: 49. Not reported in Daily Reprint (article a2, inferred) and Unidentified outlet (article a3). Wire Desk (article a1) attributes 49 to Amnesty International.',
    );
    // The chart itself says "not reported", never draws a zero.
    const drawn = within(civilians).getByRole('img').textContent;
    expect(drawn).toContain('49');
    expect(drawn?.match(/not reported/g)).toHaveLength(2);
  });

  it('draws a vague figure as vague and a bound with its qualifier', () => {
    renderView({ event: 'al-ghantu' });
    const children = screen.getByRole('figure', { name: 'children killed' });
    const drawn = within(children).getByRole('img').textContent ?? '';
    expect(drawn).toContain('at least 32');
    expect(drawn).toContain('dozens (vague)');
    expect(drawn).not.toContain('24');
  });

  it('shows the data table on demand, each value linked to its source', async () => {
    const user = userEvent.setup();
    const { setFilters, current } = renderView({ event: 'ariha-market' });
    const civilians = screen.getByRole('figure', { name: 'civilians killed' });
    const toggle = within(civilians).getByRole('button', { name: /Show data table/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = within(civilians).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Wire Desk (article a1)49exact'),
      expect.stringContaining('Daily Reprint (article a2, inferred)not reportednot reported'),
      expect.stringContaining('Unidentified outlet (article a3)not reported'),
    ]);
    const link = within(table).getByRole('link', { name: '“49 civilians” in article a1' });
    const figure = strikeFixture.figures.find((f) => f.id === 'a1-f3')!;
    expect(link).toHaveAttribute(
      'href',
      `?view=charts&event=ariha-market&article=a1&hl=${figure.start}-${figure.end}`,
    );
    await user.click(link);
    const update = setFilters.mock.calls[0]![0] as (f: Filters) => Filters;
    expect(update(current)).toMatchObject({
      article: 'a1',
      highlight: { start: figure.start, end: figure.end },
    });
  });

  it('says so when the filters leave no figures', () => {
    renderView({ categories: ['legal-assessment'] });
    expect(screen.getByText('No casualty figures for what the filters show.')).toBeVisible();
  });
});
