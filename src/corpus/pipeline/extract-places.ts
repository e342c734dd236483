import { escapeRegExp } from './text-patterns.ts';
import type { ExtractPlaces, PlaceMention } from './types.ts';

/**
 * Place names are proper nouns: they match as the catalogue writes them, in capitals (captions,
 * datelines: "RIVERTOWN"), or with a capital first letter at a sentence start ("Al-Belvo"), but
 * never inside a longer word ("Tarsan" does not name "Tarsa", "Tal-Tarsa" does not name "Tarsa").
 */

function variants(name: string): string[] {
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  return [...new Set([name, capitalised, name.toUpperCase()])];
}

/** Compiles a name to a pattern that only matches it as whole words. */
export function placePattern(name: string): RegExp {
  const alternatives = variants(name.trim())
    .map((v) => escapeRegExp(v).replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
    'gu',
  );
}

/**
 * Every mention of an event's place name or alias in the sentences, in text order, each span
 * verbatim. Where a longer name covers a shorter one ("Tarsa market", "Tarsa"), only the longer
 * counts; a name shared by several events gives one mention per event.
 */
export const extractPlaces: ExtractPlaces = (text, sentences, context) => {
  const names = context.events.flatMap((event) =>
    event.place
      ? [...new Set([event.place.name, ...event.place.aliases])]
          .filter((name) => name.trim().length > 0)
          .map((name) => ({ eventId: event.id, pattern: placePattern(name) }))
      : [],
  );
  const mentions: PlaceMention[] = [];
  for (const sentence of sentences) {
    const found: PlaceMention[] = [];
    for (const { eventId, pattern } of names) {
      for (const match of sentence.quote.matchAll(pattern)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        found.push({ start, end, quote: text.slice(start, end), eventId });
      }
    }
    // Longest first, then keep those no longer mention of another place covers.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: PlaceMention[] = [];
    for (const mention of found) {
      const covered = kept.some(
        (k) =>
          mention.start >= k.start &&
          mention.end <= k.end &&
          !(k.start === mention.start && k.end === mention.end),
      );
      const duplicate = kept.some(
        (k) => k.start === mention.start && k.end === mention.end && k.eventId === mention.eventId,
      );
      if (!covered && !duplicate) kept.push(mention);
    }
    kept.sort((a, b) => a.start - b.start || a.eventId.localeCompare(b.eventId));
    mentions.push(...kept);
  }
  return mentions;
};
