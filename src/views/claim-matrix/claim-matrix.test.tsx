// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS } from '../../filters/filters.ts';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import { ClaimMatrix } from './claim-matrix.tsx';

describe('ClaimMatrix', () => {
  // jsdom has no media queries: the page is taken as a wide one.
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
  });

  it('says a story without claims has none, rather than blaming filters nobody set', () => {
    const corpus = { ...fixtureCorpus, claims: [], evidence: [] };
    render(<ClaimMatrix corpus={corpus} filters={DEFAULT_FILTERS} setFilters={vi.fn()} />);
    expect(screen.getByText(/This story has no claims yet/)).toBeInTheDocument();
    expect(screen.queryByText(/match the filters/)).toBeNull();
  });

  it('says the filters hide the claims when they do', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'words that no claim or passage holds' };
    render(<ClaimMatrix corpus={fixtureCorpus} filters={filters} setFilters={vi.fn()} />);
    expect(screen.getByText(/No claims match the filters/)).toBeInTheDocument();
  });
});
