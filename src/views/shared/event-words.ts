import type { DatePrecision, Event } from '../../corpus/schema.ts';

// Spelled out here rather than by Intl: ICU versions differ ("Sep" or "Sept"), and an exported
// chart should read the same from every browser.
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A date as a person reads it, no more precise than it is known: "29 Nov 2015", "Nov 2015", "2015". */
export function formatDate(iso: string, precision: DatePrecision = 'day'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const year = String(date.getUTCFullYear());
  if (precision === 'year') return year;
  const month = `${MONTHS[date.getUTCMonth()] ?? ''} ${year}`;
  return precision === 'month' ? month : `${date.getUTCDate()} ${month}`;
}

/**
 * Where an event happened, as a person reads it: "Northbay (Lakeland governorate)", "Mill quarter,
 * Northbay (Lakeland governorate)", "Northbay" when the place is its governorate's namesake, or
 * null when the event has no place.
 */
export function placeText(event: Pick<Event, 'place'>): string | null {
  if (!event.place) return null;
  const { name, governorate } = event.place;
  return governorate && governorate !== name ? `${name} (${governorate} governorate)` : name;
}
