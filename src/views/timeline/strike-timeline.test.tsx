// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { strikeFixture } from './strike-fixture.ts';
import { StrikeTimeline, strikesTable } from './strike-timeline.tsx';
import { timelineModel } from './timeline-data.ts';

function renderView(filters: Partial<Filters> = {}) {
  const setFilters = vi.fn();
  const current = { ...DEFAULT_FILTERS, view: 'timeline' as const, ...filters };
  render(<StrikeTimeline corpus={strikeFixture} filters={current} setFilters={setFilters} />);
  const lastUpdate = () => {
    const update = setFilters.mock.lastCall?.[0] as ((f: Filters) => Filters) | undefined;
    return update?.(current);
  };
  return { setFilters, lastUpdate };
}

describe('StrikeTimeline', () => {
  it('draws the timeline with its summary as the text alternative', () => {
    renderView();
    const drawing = screen.getByRole('img');
    expect(drawing).toHaveAccessibleName(expect.stringContaining('3 strikes: al-Ghantu'));
    expect(drawing.textContent).toContain('al-Ghantu (Homs governorate)');
    expect(drawing.textContent).toContain('Oct 2015 (day not known)');
    expect(drawing.textContent).toContain('no article mentions it');
  });

  it('lists each strike with its figures and who mentions it', () => {
    renderView();
    const ghantu = screen.getByRole('listitem', { name: 'al-Ghantu residential strike' });
    expect(ghantu).toHaveTextContent('children killed: at least 32; dozens (vague)');
    expect(ghantu).toHaveTextContent('Not mentioned byWire Desk (article a1)');
    const aleppo = screen.getByRole('listitem', { name: 'Aleppo strike' });
    expect(aleppo).toHaveTextContent('Mentioned byno article shown');
  });

  it('says whose figure it is when the article gives it to someone', () => {
    const corpus = structuredClone(strikeFixture);
    const figure = corpus.figures.find((f) => f.eventId === 'al-ghantu')!;
    figure.attributedTo = 'a local doctor';
    render(
      <StrikeTimeline
        corpus={corpus}
        filters={{ ...DEFAULT_FILTERS, view: 'timeline' }}
        setFilters={vi.fn()}
      />,
    );
    const ghantu = screen.getByRole('listitem', { name: 'al-Ghantu residential strike' });
    expect(within(ghantu).getByText(/, per a local doctor:/)).toHaveTextContent(
      new RegExp(`in .*\\(article ${figure.articleId}\\), per a local doctor:`),
    );
  });

  it('selects a strike for every view, and selecting it again clears it', async () => {
    const user = userEvent.setup();
    const first = renderView();
    const select = screen.getByRole('button', { name: 'Select strike (Ariha market strike)' });
    expect(select).toHaveAttribute('aria-pressed', 'false');
    await user.click(select);
    expect(first.lastUpdate()?.event).toBe('ariha-market');
  });

  it('shows the selected strike as pressed, with a way back to every event', async () => {
    const user = userEvent.setup();
    const { lastUpdate } = renderView({ event: 'ariha-market' });
    const ariha = screen.getByRole('listitem', { name: 'Ariha market strike' });
    const select = within(ariha).getByRole('button', { name: /Select strike/ });
    expect(select).toHaveAttribute('aria-pressed', 'true');
    await user.click(select);
    expect(lastUpdate()?.event).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show every event' }));
    expect(lastUpdate()?.event).toBeNull();
  });
});

describe('strikesTable', () => {
  it('has a row per strike with its figures and mentions', () => {
    const table = strikesTable(timelineModel(strikeFixture, DEFAULT_FILTERS));
    expect(table.rows.map((r) => [r.event, r.figures, r.mentionedBy, r.notMentionedBy])).toEqual([
      [
        'al-ghantu',
        'children killed: at least 32; dozens (vague); women killed: 11',
        'a2, a3',
        'a1',
      ],
      ['aleppo-strike', null, null, 'a1, a2, a3'],
      ['ariha-market', 'civilians killed: 49; people killed: 46', 'a1, a3', 'a2'],
    ]);
  });
});
