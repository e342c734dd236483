// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from './page-metadata.ts';

const doc = (head: string) =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html');
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata', () => {
  it('reads JSON-LD given as a list, with a publisher named by reference', () => {
    const { statements, unreadable } = readPageMetadata(
      doc(
        ld([
          { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Upland Herald' },
          {
            '@type': 'ReportageNewsArticle',
            headline: 'Snow closes the pass',
            author: 'Ines Varga',
            publisher: { '@id': '#org' },
          },
        ]),
      ),
    );
    expect(unreadable).toEqual([]);
    expect(statements).toEqual([
      {
        proposes: 'title',
        from: 'JSON-LD ReportageNewsArticle headline',
        value: 'Snow closes the pass',
      },
      {
        proposes: 'outlet',
        from: 'JSON-LD ReportageNewsArticle publisher.name',
        value: 'The Upland Herald',
      },
      { proposes: 'byline', from: 'JSON-LD ReportageNewsArticle author.name', value: 'Ines Varga' },
    ]);
  });

  it('reads no JSON-LD node that is not an article', () => {
    const { statements } = readPageMetadata(
      doc(ld({ '@type': 'WebSite', name: 'A site', headline: 'No' })),
    );
    expect(statements).toEqual([]);
  });

  it('matches meta names without regard to case, and skips empty ones', () => {
    const { statements } = readPageMetadata(
      doc(
        '<meta name="og:site_name" content=" "><meta property="OG:Site_Name" content="Vale Radio">',
      ),
    );
    expect(statements).toEqual([{ proposes: 'outlet', from: 'og:site_name', value: 'Vale Radio' }]);
  });

  it('lists a JSON-LD block that is not JSON as unreadable', () => {
    const { unreadable } = readPageMetadata(
      doc('<script type="application/ld+json">{ nope</script>'),
    );
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatch(/^JSON-LD block 1 of 1 .* is not valid JSON/u);
  });
});
