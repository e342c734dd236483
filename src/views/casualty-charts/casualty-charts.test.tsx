// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { CasualtyCharts } from './casualty-charts.tsx';
import { casualtyFixture } from '../../test-support/casualty-fixture.ts';

function renderView(filters: Partial<Filters> = {}) {
  const setFilters = vi.fn();
  const current = { ...DEFAULT_FILTERS, view: 'charts' as const, ...filters };
  render(<CasualtyCharts corpus={casualtyFixture} filters={current} setFilters={setFilters} />);
  return { setFilters, current };
}

const follows = (a: Node, b: Node) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('CasualtyCharts', () => {
  it('leads with the totals, the disagreement first, each chart with its finding as its text alternative', () => {
    renderView();
    const view = screen.getByRole('region', { name: 'Casualty figures' });
    const sections = within(view)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(sections).toEqual([
      'How figures are drawn',
      'Outlets',
      expect.stringMatching(/^Kafr Town market strike/),
      expect.stringMatching(/^The air campaign/),
      'Other numbers in the articles',
    ]);
    const [market] = screen.getAllByRole('figure');
    expect(within(market!).getByRole('img')).toHaveAccessibleName(
      'civilians killed All 3 articles disagree: 49; 46.',
    );
  });

  it('lists accounts, method counts and wider counts apart, after every chart, never as a chart', () => {
    renderView();
    const heading = screen.getByRole('heading', { name: 'Other numbers in the articles' });
    for (const figure of screen.getAllByRole('figure')) expect(follows(figure, heading)).toBe(true);
    const others = heading.closest('section')!;
    expect(others).toHaveTextContent(
      "“40 bodies” — a witness's account, per Samir Haddad · in Wire One (article w1)",
    );
    expect(others).toHaveTextContent('“around 300,000 lives” — a wider count');
    expect(others).toHaveTextContent("“six attacks” — the report's method: attacks documented");
    expect(others).toHaveTextContent('“three missiles” — a count of missiles, not of people');
    // No chart is about bodies, missiles, attacks or the war.
    expect(
      screen.getAllByRole('figure').map((f) => f.getAttribute('aria-labelledby')),
    ).toHaveLength(2);
    expect(screen.queryByRole('figure', { name: /people|attacks|other/ })).toBeNull();
  });

  it('keeps each finding true of the whole corpus under an outlet filter, and says what is hidden', () => {
    renderView({ outlets: ['reprint-daily'] });
    const [market] = screen.getAllByRole('figure');
    const name = within(market!).getByRole('img').getAttribute('aria-labelledby');
    expect(name).toBeTruthy();
    expect(within(market!).getByRole('img')).toHaveAccessibleName(
      'civilians killed In the whole corpus, all 3 articles disagree: 49; 46. Shown: 1 outlet; 2 hidden by the filter.',
    );
    expect(market).not.toHaveTextContent(/Only Reprint Daily/);
  });

  it('draws a vague amount in words, never its conventional number', () => {
    renderView({ event: 'campaign' });
    const [campaign] = screen.getAllByRole('figure');
    const drawing = within(campaign!).getByRole('img');
    expect(drawing).toHaveTextContent('at least 200');
    // The row of "hundreds" (its mark, its words, its hover title) holds no number.
    const row = drawing.querySelector('[data-mark="vague"]')!.closest('g')!.parentElement!;
    expect(row).toHaveTextContent('hundreds (vague)');
    expect(row.textContent).not.toMatch(/\d{2,}/);
  });

  it('shows the data table on demand, each value linked to its source, parts beside their totals', async () => {
    const user = userEvent.setup();
    const { setFilters, current } = renderView({ event: 'market' });
    const [market] = screen.getAllByRole('figure');
    const toggle = within(market!).getByRole('button', { name: /Show data table/ });
    await user.click(toggle);
    const table = within(market!).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining(
        'Wire One (article w1)49exacttotal, of which 12 childrenthe civil defence',
      ),
      expect.stringContaining('Reprint Daily (article w2, inferred)49exacttotal—'),
      expect.stringContaining(
        'Unidentified outlet (article w3)46exacttotalthe health directorate of the province and two local monitoring groups',
      ),
    ]);
    const link = within(table).getByRole('link', { name: '“49 civilians” in article w1' });
    const figure = casualtyFixture.figures.find((f) => f.id === 'w1-f1')!;
    expect(link).toHaveAttribute(
      'href',
      `?view=charts&event=market&article=w1&hl=${figure.start}-${figure.end}`,
    );
    await user.click(link);
    const update = setFilters.mock.calls[0]![0] as (f: Filters) => Filters;
    expect(update(current)).toMatchObject({ article: 'w1', highlight: { start: figure.start } });
  });

  it('says so when the filters leave no figures', () => {
    renderView({ categories: ['legal-assessment'] });
    expect(screen.getByText('No casualty figures for what the filters show.')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Other numbers in the articles' })).toBeNull();
  });
});
