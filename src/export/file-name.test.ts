import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from './file-name.ts';

describe('exportFileName', () => {
  it('names a file after what it shows', () => {
    expect(
      exportFileName(['casualties', 'al-Gharlo', 'children killed', '2015-10-15'], 'png'),
    ).toBe('casualties-al-gharlo-children-killed-2015-10-15.png');
  });

  it('skips empty and repeated parts and drops accents and punctuation', () => {
    expect(exportFileName(['Timeline', null, '', 'Ḥovṭ: “market”', 'timeline'], 'svg')).toBe(
      'timeline-hovt-market.svg',
    );
    expect(exportFileName([], 'csv')).toBe('export.csv');
  });

  it('keeps names short', () => {
    const name = exportFileName(['x'.repeat(300)], 'json');
    expect(name.length).toBeLessThanOrEqual(101);
    expect(name.endsWith('.json')).toBe(true);
  });
});

describe('slug', () => {
  it('lower-cases and joins words with dashes', () => {
    expect(slug('  Arvel market strike!  ')).toBe('arvel-market-strike');
  });
});
