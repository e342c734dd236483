import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import {
  DEFAULT_FILTERS,
  isUnfiltered,
  parseFilters,
  serializeFilters,
  type Filters,
} from './filters.ts';

describe('parseFilters / serializeFilters', () => {
  it('reads an empty query as the default view and writes it back as nothing', () => {
    const { filters, dropped } = parseFilters('');
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(dropped).toEqual([]);
    expect(serializeFilters(filters)).toBe('');
  });

  it('round-trips every field', () => {
    const filters: Filters = {
      project: 'k7Q-x_2',
      view: 'charts',
      outlets: ['wire-desk', 'daily-reprint'],
      claims: ['toll-200-civilians'],
      categories: ['casualties', 'denial'],
      stances: ['attributes', 'not-reported'],
      q: 'market & "Arvel"',
      event: 'arvel-market',
      sort: 'disagreement',
      cell: { claimId: 'may-be-war-crimes', articleId: 'a3' },
      article: 'a3',
      highlight: { start: 12, end: 40 },
    };
    const search = serializeFilters(filters);
    expect(parseFilters(`?${search}`, fixtureCorpus)).toEqual({ filters, dropped: [] });
  });

  it('keeps the project through a change of filters, first in the query', () => {
    const { filters } = parseFilters('?view=timeline&project=p9Z');
    const search = serializeFilters({ ...filters, q: 'bridge', view: 'matrix' });
    expect(search).toBe('project=p9Z&q=bridge');
    expect(serializeFilters({ ...filters, project: null })).toBe('view=timeline');
  });

  it('drops a project id of the wrong shape, and says so', () => {
    const { filters, dropped } = parseFilters('?project=../../etc');
    expect(filters.project).toBeNull();
    expect(dropped).toEqual(['unknown project "../../etc"']);
  });

  it('accepts repeated keys as well as comma lists, without duplicates', () => {
    const { filters } = parseFilters('outlets=wire-desk&outlets=a3-x,wire-desk');
    expect(filters.outlets).toEqual(['wire-desk', 'a3-x']);
  });

  it('drops ids the corpus does not hold, and says which', () => {
    const { filters, dropped } = parseFilters(
      'claims=toll-200-civilians,no-such-claim&outlets=ghost&event=nowhere&cell=nope~a1&article=a9',
      fixtureCorpus,
    );
    expect(filters.claims).toEqual(['toll-200-civilians']);
    expect(filters.outlets).toEqual([]);
    expect(filters.event).toBeNull();
    expect(filters.cell).toBeNull();
    expect(filters.article).toBeNull();
    expect(dropped).toEqual([
      'unknown outlet "ghost"',
      'unknown claim "no-such-claim"',
      'unknown cell "nope~a1"',
      'unknown event "nowhere"',
      'unknown article "a9"',
    ]);
  });

  it('falls back to defaults for values of the wrong shape', () => {
    const { filters, dropped } = parseFilters(
      'view=pie&sort=random&stances=maybe&categories=gossip&hl=9-3',
    );
    expect(filters.view).toBe('matrix');
    expect(filters.highlight).toBeNull();
    expect(filters.sort).toBe('category');
    expect(filters.stances).toEqual([]);
    expect(filters.categories).toEqual([]);
    expect(dropped).toHaveLength(5);
  });

  it('treats the tab and sort as view, not as filters', () => {
    expect(isUnfiltered({ ...DEFAULT_FILTERS, view: 'charts', sort: 'coverage' })).toBe(true);
    expect(isUnfiltered({ ...DEFAULT_FILTERS, q: 'Arvel' })).toBe(false);
    expect(isUnfiltered({ ...DEFAULT_FILTERS, event: 'campaign' })).toBe(false);
  });
});
