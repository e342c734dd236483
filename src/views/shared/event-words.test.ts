import { describe, expect, it } from 'vitest';
import { formatDate, placeText } from './event-words.ts';

describe('formatDate', () => {
  it('formats no more precisely than the date is known', () => {
    expect(formatDate('2015-11-29')).toBe('29 Nov 2015');
    expect(formatDate('2015-10-01', 'month')).toBe('Oct 2015');
    expect(formatDate('2015-10-01', 'year')).toBe('2015');
  });
});

describe('placeText', () => {
  it('names the governorate after the place, unless the place is its namesake', () => {
    const place = (name: string, governorate: string | null) => ({
      place: { name, aliases: [], governorate, country: null, coordinates: null },
    });
    expect(placeText(place('Fernhill', 'Lakeland'))).toBe('Fernhill (Lakeland governorate)');
    expect(placeText(place('Lakeland', 'Lakeland'))).toBe('Lakeland');
    expect(placeText(place('Fernhill', null))).toBe('Fernhill');
    expect(placeText({ place: null })).toBeNull();
  });
});
