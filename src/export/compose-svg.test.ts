// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, wrapText, type ExportParts } from './compose-svg.ts';

const parts: ExportParts = {
  title: 'Arvel market strike: civilians killed',
  subtitle: 'Outlets disagree: 49 in Wire Desk (article a1); 46 in article a3.',
  filters: ['Event: Arvel market strike', 'Search: “<market> & co”'],
  legend: [
    { swatch: '<rect width="16" height="16" fill="#0072b2"/>', label: 'Wire Desk' },
    { swatch: '<rect width="16" height="16" fill="none" stroke="#000"/>', label: 'not reported' },
  ],
  chart: {
    markup:
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="10" height="10"/></svg>',
    width: 600,
    height: 200,
  },
  source: 'Source: Wire Desk. Corpus: Fixture.',
  style: {
    fontFamily: '"Inter", sans-serif',
    textColor: '#0f172a',
    mutedColor: '#475569',
    background: '#ffffff',
  },
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('composeSvg', () => {
  it('makes a well-formed SVG that carries title, finding, filters, legend and source', () => {
    const { svg, width, height } = composeSvg(parts);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Arvel market strike: civilians killed');
    expect(texts.join(' ')).toContain('Outlets disagree: 49');
    expect(texts).toContain('Event: Arvel market strike');
    expect(texts).toContain('Search: “<market> & co”');
    expect(texts).toContain('Wire Desk');
    expect(texts).toContain('not reported');
    expect(texts).toContain('Source: Wire Desk. Corpus: Fixture.');
    expect(doc.querySelector('title')?.textContent).toBe(parts.title);
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(200 + 100);
    expect(doc.documentElement.getAttribute('width')).toBe(String(width));
    expect(doc.documentElement.getAttribute('font-family')).toBe('"Inter", sans-serif');
  });

  it('draws on an opaque background and keeps the chart inside the frame', () => {
    const doc = parse(composeSvg(parts).svg);
    const background = doc.documentElement.querySelector(':scope > rect');
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    const chart = doc.querySelector('g > svg');
    expect(chart?.getAttribute('width')).toBe('600');
  });

  it('writes notes under the legend, each wrapped to the image’s width', () => {
    const note = 'an invented rule that is long enough to need several lines '.repeat(4).trim();
    const doc = parse(composeSvg({ ...parts, notes: [note, 'a second rule'] }).svg);
    const texts = [...doc.querySelectorAll('text[font-size="12"]')].map((t) => t.textContent ?? '');
    // Wrapped: no line holds it all, and its lines read as it, in order.
    expect(texts).not.toContain(note);
    expect(texts.join(' ')).toContain(note);
    expect(texts.at(-1)).toBe('a second rule');
  });

  it('wraps a long title instead of letting it run off the image', () => {
    const long = composeSvg({ ...parts, title: 'word '.repeat(80).trim() });
    const titleLines = [...parse(long.svg).querySelectorAll('text[font-size="18"]')];
    expect(titleLines.length).toBeGreaterThan(1);
  });
});

describe('wrapText', () => {
  it('breaks between words within the width', () => {
    const measure = (text: string) => text.length;
    expect(wrapText('one two three four', 9, 12, false, measure)).toEqual([
      'one two',
      'three',
      'four',
    ]);
    expect(wrapText('unbreakableword x', 5, 12, false, measure)).toEqual(['unbreakableword', 'x']);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
