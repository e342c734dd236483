// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../corpus/pipeline/build-corpus.ts';
import { DEFAULT_FILTERS } from '../../filters/filters.ts';
import { draftsToFiles } from '../../project/project-files.ts';
import { SourceReader } from './source-reader.tsx';

function corpusOfOnePage() {
  const written = draftsToFiles({
    title: 'Orchard fire',
    drafts: [
      {
        key: 'a',
        source: 'orchard-fire.html',
        text: 'Fire swept through the Denholt orchards on Tuesday, the fire brigade said.\n',
        title: 'Orchard fire',
        outlet: 'Denholt Gazette',
        published: '2021-08-10',
        url: null,
        byline: null,
        evidence: [{ proposes: 'outlet', from: 'og:site_name', value: 'Denholt Gazette' }],
      },
    ],
  });
  if (!written.ok) throw new Error('expected the draft to be written');
  const built = buildCorpus(written.files);
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
  return built.corpus;
}

describe('SourceReader, an outlet named by its page', () => {
  it('shows the page’s metadata as what names the outlet, apart from the article’s words', () => {
    const corpus = corpusOfOnePage();
    const filters = { ...DEFAULT_FILTERS, article: '001' };
    render(<SourceReader corpus={corpus} filters={filters} setFilters={vi.fn()} />);
    expect(
      screen.getByText(
        /og:site_name “Denholt Gazette” \(article 001; from outside the article’s words\): The page’s own metadata names its publisher/u,
      ),
    ).toBeInTheDocument();
  });
});
