// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../export/to-csv.ts';
import { roleFixture, strikeFixture } from '../../test-support/strike-fixture.ts';
import { StrikeTimeline, strikesTable } from './strike-timeline.tsx';
import { timelineModel } from './timeline-data.ts';

function renderView(filters: Partial<Filters> = {}, corpus = strikeFixture) {
  const setFilters = vi.fn();
  const current = { ...DEFAULT_FILTERS, view: 'timeline' as const, ...filters };
  render(<StrikeTimeline corpus={corpus} filters={current} setFilters={setFilters} />);
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
    expect(drawing).toHaveAccessibleName(expect.stringContaining('3 strikes: al-Gharlo'));
    expect(drawing.textContent).toContain('al-Gharlo (Hovt governorate)');
    expect(drawing.textContent).toContain('Oct 2015 (day not known)');
    expect(drawing.textContent).toContain('no article mentions it');
  });

  it('lists each strike with its figures and who mentions it', () => {
    renderView();
    const gharlo = screen.getByRole('listitem', { name: 'al-Gharlo residential strike' });
    expect(gharlo).toHaveTextContent('children killed: at least 32; dozens (vague)');
    expect(gharlo).toHaveTextContent('Not mentioned byWire Desk (article a1)');
    const alvina = screen.getByRole('listitem', { name: 'Alvina strike' });
    expect(alvina).toHaveTextContent('Totals citednone: no article gives a toll for it');
    expect(alvina).toHaveTextContent('Mentioned byno article mentions it');
  });

  it('says when the totals are in articles the filters hide', () => {
    renderView({ outlets: ['wire-desk'] });
    const gharlo = screen.getByRole('listitem', { name: 'al-Gharlo residential strike' });
    expect(gharlo).toHaveTextContent(
      'Totals citednone in the articles shown (3 in articles the filters hide)',
    );
    expect(gharlo).toHaveTextContent(
      'Mentioned bynot mentioned in the 1 article shown; 2 articles hidden by the filters mention it',
    );
  });

  it('says a strike named only in a photo caption is named there, on the list and in the drawing', () => {
    renderView({}, roleFixture);
    const alvina = screen.getByRole('listitem', { name: 'Alvina strike' });
    expect(alvina).toHaveTextContent('Mentioned bynamed only in a photo caption of article a3');
    expect(alvina).toHaveTextContent(
      'Named in a photo caption of Unidentified outlet (article a3), set aside as boilerplate:',
    );
    expect(alvina).not.toHaveTextContent('no article mentions it');
    const drawing = screen.getByRole('img');
    expect(drawing.textContent).toContain(
      '3 Nov 2015 · named only in a photo caption of article a3',
    );
    expect(drawing.textContent).not.toContain('no article mentions it');
    expect(drawing).toHaveAccessibleName(
      expect.stringContaining('(named only in a photo caption of article a3)'),
    );
  });

  it("shows a witness's count and a method count apart, never as the strike's toll", () => {
    renderView({}, roleFixture);
    const arvel = screen.getByRole('listitem', { name: 'Arvel market strike' });
    // The capital is CSS (first-letter), not text.
    expect(arvel).toHaveTextContent(
      'Totals citedcivilians killed: 4949 in Wire Desk (article a1), per Amberly International',
    );
    expect(arvel).toHaveTextContent(
      "Other numbers, not the toll“12 bodies”: a witness's account, per Sami Haddad, in Wire Desk (article a1)“6 strikes”: the report's method: strikes documented, per Amberly International, in Wire Desk (article a1)",
    );
    const totals = within(arvel).getByText('Totals cited').nextElementSibling;
    expect(totals).not.toHaveTextContent('12');
    const gharlo = screen.getByRole('listitem', { name: 'al-Gharlo residential strike' });
    expect(gharlo).toHaveTextContent(
      '32 in Daily Reprint (article a2, inferred), part of its total “at least 46 civilians”:',
    );
  });

  it('says whose figure it is when the article gives it to someone', () => {
    const corpus = structuredClone(strikeFixture);
    const figure = corpus.figures.find((f) => f.eventId === 'al-gharlo')!;
    figure.attributedTo = 'a local doctor';
    render(
      <StrikeTimeline
        corpus={corpus}
        filters={{ ...DEFAULT_FILTERS, view: 'timeline' }}
        setFilters={vi.fn()}
      />,
    );
    const gharlo = screen.getByRole('listitem', { name: 'al-Gharlo residential strike' });
    expect(within(gharlo).getByText(/, per a local doctor:/)).toHaveTextContent(
      new RegExp(`in .*\\(article ${figure.articleId}(, inferred)?\\), per a local doctor:`),
    );
  });

  it('selects a strike for every view, and selecting it again clears it', async () => {
    const user = userEvent.setup();
    const first = renderView();
    const select = screen.getByRole('button', { name: 'Select strike (Arvel market strike)' });
    expect(select).toHaveAttribute('aria-pressed', 'false');
    await user.click(select);
    expect(first.lastUpdate()?.event).toBe('arvel-market');
  });

  it('shows the selected strike as pressed, with a way back to every event', async () => {
    const user = userEvent.setup();
    const { lastUpdate } = renderView({ event: 'arvel-market' });
    const arvel = screen.getByRole('listitem', { name: 'Arvel market strike' });
    const select = within(arvel).getByRole('button', { name: /Select strike/ });
    expect(select).toHaveAttribute('aria-pressed', 'true');
    await user.click(select);
    expect(lastUpdate()?.event).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show every event' }));
    expect(lastUpdate()?.event).toBeNull();
  });
});

describe('strikesTable', () => {
  it('has a row per strike with its totals and mentions', () => {
    const table = strikesTable(timelineModel(strikeFixture, DEFAULT_FILTERS), strikeFixture);
    expect(table.rows.map((r) => [r.event, r.range, r.mentionedBy, r.notMentionedBy])).toEqual([
      [
        'al-gharlo',
        'children killed: at least 32; dozens (vague); women killed: 11',
        'a2, a3',
        'a1',
      ],
      ['alvina-strike', null, null, 'a1, a2, a3'],
      ['arvel-market', 'civilians killed: 49; people killed: 46', 'a1, a3', 'a2'],
    ]);
  });

  it('keeps each figure with its article and attribution in the CSV, and the boilerplate mention', () => {
    const csv = toCsv(strikesTable(timelineModel(roleFixture, DEFAULT_FILTERS), roleFixture));
    const [header, ...rows] = parse(csv);
    const at = (name: string) => header?.indexOf(name) ?? -1;
    const arvel = rows.find((r) => r[at('Event')] === 'arvel-market');
    expect(arvel?.[at('Totals cited (article, attribution)')]).toBe(
      'civilians killed: 49 (article a1, per Amberly International); people killed: 46 (article a3)',
    );
    expect(arvel?.[at('Other numbers, not the toll')]).toBe(
      "“12 bodies” (article a1, a witness's account, per Sami Haddad); “6 strikes” (article a1, the report's method: strikes documented, per Amberly International)",
    );
    const gharlo = rows.find((r) => r[at('Event')] === 'al-gharlo');
    expect(gharlo?.[at('Totals cited (article, attribution)')]).toContain(
      '32 (article a2, part of its total “at least 46 civilians”)',
    );
    const alvina = rows.find((r) => r[at('Event')] === 'alvina-strike');
    expect(alvina?.[at('Named in boilerplate')]).toBe('article a3: a photo caption');
    expect(alvina?.[at('When no article shown mentions it')]).toBe(
      'named only in a photo caption of article a3',
    );
    expect(alvina?.[at('Not mentioned by')]).toBe('a1, a2');
  });
});
