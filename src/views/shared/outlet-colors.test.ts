import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import { OKABE_ITO, markerPath, outletStyle, outletStyles } from './outlet-colors.ts';

describe('outletStyles', () => {
  it('gives each outlet an Okabe–Ito colour by its place in the corpus', () => {
    const styles = outletStyles(fixtureCorpus.outlets);
    expect(styles.get('wire-desk')?.color).toBe(OKABE_ITO.blue);
    expect(styles.get('daily-reprint')?.color).toBe(OKABE_ITO.vermillion);
    expect(styles.get('unidentified-a3')?.color).toBe(OKABE_ITO.green);
  });

  it('never gives two of 28 outlets the same colour and marker', () => {
    const outlets = Array.from({ length: 28 }, (_, i) => ({ id: `outlet-${i}` }));
    const styles = [...outletStyles(outlets).values()];
    const looks = new Set(styles.map((s) => `${s.color}/${s.marker}`));
    expect(looks.size).toBe(28);
    expect(styles.every((s) => s.color !== OKABE_ITO.black)).toBe(true);
  });

  it('draws an unknown outlet grey rather than borrowing a colour', () => {
    const styles = outletStyles(fixtureCorpus.outlets);
    const unknown = outletStyle(styles, 'nobody');
    expect(unknown.outletId).toBe('nobody');
    expect(Object.values(OKABE_ITO).slice(0, 7)).not.toContain(unknown.color);
  });
});

describe('markerPath', () => {
  it('draws a closed path for every marker', () => {
    for (const marker of ['circle', 'square', 'diamond', 'triangle'] as const) {
      expect(markerPath(marker, 10)).toMatch(/^M .* Z$/);
    }
  });
});
