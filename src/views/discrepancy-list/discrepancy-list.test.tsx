// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { strikeFixture } from '../../test-support/strike-fixture.ts';
import { DiscrepancyList } from './discrepancy-list.tsx';

function renderView(filters: Partial<Filters> = {}) {
  const setFilters = vi.fn();
  const current = { ...DEFAULT_FILTERS, view: 'discrepancies' as const, ...filters };
  render(<DiscrepancyList corpus={strikeFixture} filters={current} setFilters={setFilters} />);
  return { setFilters, current };
}

describe('DiscrepancyList', () => {
  it('groups discrepancies by kind and sets the sides side by side', () => {
    renderView();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Different totals for the same event, group and outcome (2)',
      'A hedge dropped (1)',
    ]);
    const arvel = screen.getByRole('listitem', { name: 'Arvel market strike: killed' });
    expect(
      within(arvel)
        .getAllByRole('mark')
        .map((m) => m.textContent),
    ).toEqual(['49 civilians', '46 people']);
  });

  it('links each side to its source', async () => {
    const user = userEvent.setup();
    const { setFilters, current } = renderView();
    const link = screen.getByRole('link', {
      name: 'Open in the source — Unidentified outlet (article a3): “46 people”',
    });
    await user.click(link);
    const item = strikeFixture.figures.find((f) => f.id === 'a3-f1')!;
    const update = setFilters.mock.calls[0]![0] as (f: Filters) => Filters;
    expect(update(current)).toMatchObject({
      article: 'a3',
      highlight: { start: item.start, end: item.end },
      view: 'discrepancies',
    });
  });

  it('heads responses at different times as responses that differ, never as contradictory', () => {
    const corpus = structuredClone(strikeFixture);
    const text = (id: string) => corpus.articles.find((a) => a.id === id)!.text;
    const side = (articleId: string, quote: string, note: string) => {
      const start = text(articleId).indexOf(quote);
      return { articleId, start, end: start + quote.length, quote, note };
    };
    corpus.discrepancies.push({
      kind: 'response',
      subject:
        'Defence Ministry: “no immediate comment” in article a1, a rejection of the report in article a3: a difference in timing, not a contradiction',
      claimId: null,
      eventId: null,
      items: [
        side('a1', 'Rulvia denies targeting civilians.', 'article a1: no immediate comment'),
        side(
          'a3',
          '"The report is fake," the Defence Ministry said.',
          'article a3: rejects the report',
        ),
      ],
    });
    render(
      <DiscrepancyList
        corpus={corpus}
        filters={{ ...DEFAULT_FILTERS, view: 'discrepancies' }}
        setFilters={vi.fn()}
      />,
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toContain('Responses that differ (1)');
    expect(headings.join(' ')).not.toMatch(/contradictory/i);
    expect(
      screen.getByRole('listitem', { name: /a difference in timing, not a contradiction$/ }),
    ).toHaveTextContent('Says: article a3: rejects the report');
  });

  it('narrows to the chosen event and says when nothing is left', () => {
    renderView({ event: 'alvina-strike' });
    expect(
      screen.getByText('No discrepancies among the articles and claims the filters show.'),
    ).toBeVisible();
  });
});
